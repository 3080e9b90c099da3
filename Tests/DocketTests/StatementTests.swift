import Foundation
import Testing
@testable import Docket
@testable import DocketExtract
@testable import DocketModel
import DocketReport
import DocketXML

/// Targets and problems a document states: kept for the reports, never tasks (texts written for the test).
@Suite struct StatementTests {
    let extractor = Extractor()

    func extract(_ text: String) throws -> DocumentExtraction {
        extractor.extract(try Fixtures.document(text), referenceDate: Day(year: 2025, month: 7, day: 1))
    }

    static let summary = """
    某县水务局2025年上半年工作总结
    一、上半年工作情况
    完成农村供水管网改造12公里，新建蓄水池3座。
    二、存在的问题
    回顾上半年工作，仍存在一些不足。一是水源调蓄能力不足，枯水期供水紧张。二是管网老化，漏损率偏高。
    三、下半年工作打算
    （一）加快水源工程建设，年底前完成二号水库除险加固。（县水利工程站负责）
    （二）推进管网改造，9月底前完成城区老旧管网更换。
    某县水务局
    2025年7月1日
    """

    @Test func aSectionOfProblemsGivesOneProblemPerPartAndNoTask() throws {
        let x = try extract(Self.summary)
        #expect(x.problems.map(\.text) == ["水源调蓄能力不足，枯水期供水紧张。", "管网老化，漏损率偏高。"])
        #expect(x.problems.allSatisfy { $0.section == ["存在的问题"] && $0.parent != nil })
        #expect(x.tasks.count == 2, "the problems are no tasks; the plans are")
        #expect(!x.tasks.contains { $0.text.contains("管网老化") })
        #expect(x.targets.isEmpty)
    }

    @Test func targetsUnderTheirHeadingOrOpenedByTheirWordAreKept() throws {
        let plan = """
        某市节水行动实施方案
        一、主要目标
        到2027年，全市万元地区生产总值用水量比2020年下降16%，农田灌溉水有效利用系数提高到0.6以上。
        二、重点任务
        （一）推进农业节水增效，年底前完成高效节水灌溉面积2万亩。（市农业农村局负责）
        某市人民政府办公室
        2025年3月1日
        """
        let x = try extract(plan)
        #expect(x.targets.map(\.text) == ["到2027年，全市万元地区生产总值用水量比2020年下降16%，农田灌溉水有效利用系数提高到0.6以上。"])
        #expect(x.tasks.map(\.lead) == [["市农业农村局"]])
        let report = try extract("某县人民政府工作报告\n今年经济社会发展的主要预期目标是：地区生产总值增长5%左右，城镇新增就业3000人以上。\n2025年1月10日\n")
        #expect(report.targets.count == 1 && report.targets.first?.text.hasPrefix("今年经济社会发展的主要预期目标是") == true)
        let listed = try extract("某县人民政府工作报告\n主要目标：一是地区生产总值增长5%左右。二是城镇新增就业3000人以上。\n2025年1月10日\n")
        #expect(listed.targets.map(\.text) == ["地区生产总值增长5%左右。", "城镇新增就业3000人以上。"], "each target once")
    }

    @Test func theReportsListTheProblemsWithTheirSourceAndTheXMLIsValid() throws {
        let x = try extract(Self.summary)
        let report = Compiler.report([InputResult(path: "t.txt", extraction: x, diagnostics: [])], asOf: Day(year: 2025, month: 7, day: 2)!)
        #expect(report.problems.map(\.place) == ["第5段", "第5段"] && report.hasProblems && !report.hasTargets)
        let style = try StyleSet(directory: Fixtures.styles)
        let md = try MarkdownWriter(style: style).render(report)
        #expect(md.contains("## 存在的问题\n\n- 水源调蓄能力不足，枯水期供水紧张。（t 第5段）\n"))
        #expect(!md.contains("## 目标"), "no targets, no heading")
        let html = try HTMLWriter(style: style).render(report)
        #expect(html.contains("<section id=\"problems\">") && html.contains("<li>管网老化，漏损率偏高。"))
        let xml = try XMLWriter(style: style).render(report)
        #expect(xml.contains("<problem document=\"t\" place=\"第5段\">管网老化，漏损率偏高。</problem>"))
        #expect(RelaxNG.validate(xml: xml, schema: style.schema).isEmpty)
        let json = try FactsJSON(x).encoded()
        #expect(json.contains("\"problems\" : [") && json.contains("\"targets\" : ["))
    }

    /// The facts of a document as a ledger stored them before targets and problems were kept.
    struct OldExtraction: Codable {
        var path: String
        var name: String
        var document: DocumentFacts
        var sections: [SectionFact]
        var tasks: [TaskFact]
        var metrics: [OldMetric]
        var diagnostics: [Diagnostic]
    }

    /// A metric as stored before its clause was kept.
    struct OldMetric: Codable {
        var text: String
        var value: String
        var unit: String
        var qualifier: String?
        var range: SourceRange
    }

    @Test func factsStoredBeforeStatementsStillDecode() throws {
        let x = try extract(Self.summary)
        #expect(x.metrics.count == 2)
        let old = OldExtraction(path: x.path, name: x.name, document: x.document, sections: x.sections, tasks: x.tasks,
                                metrics: x.metrics.map { OldMetric(text: $0.text, value: $0.value, unit: $0.unit, qualifier: $0.qualifier, range: $0.range) },
                                diagnostics: x.diagnostics)
        let binary = try BinaryCoding.decode(DocumentExtraction.self, from: try BinaryCoding.encode(old))
        #expect(binary.tasks.count == x.tasks.count && binary.problems.isEmpty && binary.targets.isEmpty)
        #expect(binary.metrics.map(\.text) == x.metrics.map(\.text) && binary.metrics.allSatisfy { $0.clause.isEmpty })
        let json = try JSONDecoder().decode(DocumentExtraction.self, from: try JSONEncoder().encode(old))
        #expect(json.tasks.count == x.tasks.count && json.problems.isEmpty)
        let now = try BinaryCoding.decode(DocumentExtraction.self, from: try BinaryCoding.encode(x))
        #expect(now.problems == x.problems, "and new facts keep them")
    }

    @Test func aFigureIsShownInItsClauseAndThousandsStayInTheNumber() throws {
        let x = try extract("某县国资局2024年工作总结\n截至目前，区属国企合计资产总额1,132.92亿元、同比增长3.56%。全年新增就业1200人，完成率102%。\n2024年12月18日\n")
        #expect(x.metrics.map(\.text) == ["1,132.92亿元", "3.56%", "1200人", "102%"])
        #expect(x.metrics.first?.value == "1,132.92")
        #expect(x.metrics.map(\.clause) == ["截至目前，区属国企合计资产总额1,132.92亿元、同比增长3.56%", "截至目前，区属国企合计资产总额1,132.92亿元、同比增长3.56%",
                                            "全年新增就业1200人", "完成率102%"],
                "a short clause joined on by a comma says when (截至目前); a longer one is a figure of its own")
        let report = Compiler.report([InputResult(path: "t.txt", extraction: x, diagnostics: [])], asOf: Day(year: 2025, month: 1, day: 1)!)
        #expect(report.metrics.map(\.clauses) == [["截至目前，区属国企合计资产总额1,132.92亿元、同比增长3.56%", "全年新增就业1200人", "完成率102%"]],
                "each clause once")
        let style = try StyleSet(directory: Fixtures.styles)
        #expect(try MarkdownWriter(style: style).render(report).contains("## 主要数据\n\n### 某县国资局2024年工作总结（t）\n\n- 截至目前，"))
        let xml = try XMLWriter(style: style).render(report)
        #expect(xml.contains("<metric document=\"t\">全年新增就业1200人</metric>"))
        #expect(RelaxNG.validate(xml: xml, schema: style.schema).isEmpty)
    }

    @Test func aReviewThatTurnsToItsProblemsStatesThemWithoutWhatFollows() throws {
        let x = try extract("""
        某县文旅局2024年工作总结
        一、2024年工作情况
        全年接待游客320万人次，旅游收入增长8%。在取得成绩的同时，我们也看到还存在一些困难和问题：一是景区配套设施陈旧；二是旅游产品同质化明显。对此，我们将加快补齐短板。
        二、2025年工作计划
        （一）提升景区服务，年底前完成游客中心改造。
        某县文旅局
        2024年12月20日
        """)
        #expect(x.problems.map(\.text) == ["景区配套设施陈旧；", "旅游产品同质化明显。"])
        #expect(x.tasks.map(\.text) == ["提升景区服务，年底前完成游客中心改造。"])
    }
}
