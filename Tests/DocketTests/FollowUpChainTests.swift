import Foundation
import Testing
@testable import Docket
@testable import DocketGraph
@testable import DocketModel
import DocketReport

/// A notice that follows up a follow-up (texts written for the test).
@Suite struct FollowUpChainTests {
    func result(_ name: String, _ text: String) throws -> InputResult {
        let x = Pipeline().extractor.extract(try Fixtures.document(text, name: name), referenceDate: nil)
        return InputResult(path: name, extraction: x, diagnostics: [])
    }

    @Test func everyReportInAChainIsShownUnderTheFirstItemAndTheNewestStatusWins() throws {
        let plan = try result("plan.txt", "关于水利重点工作的分工方案\n一、完成城区第二水厂扩建工程主体建设，6月底前具备通水条件。（市水利局负责）\n2026年1月5日\n")
        let first = try result("notice1.txt", "关于水利重点工作推进情况的督查通报\n1. 完成城区第二水厂扩建工程主体建设。市水利局正在推进主体建设。\n2026年4月1日\n")
        let second = try result("notice2.txt", "关于水利重点工作推进情况的第二次督查通报\n1. 完成城区第二水厂扩建工程主体建设。市水利局已完成主体建设。\n2026年7月1日\n")
        let report = Compiler.report([plan, first, second], asOf: Day(year: 2026, month: 7, day: 2)!)
        let planTask = try #require(report.tasks.first { $0.id == "plan#t1" })
        #expect(!planTask.isReport)
        #expect(planTask.progress.count == 2, "both notices are shown under the item, even the one that follows the other")
        #expect(planTask.status == "done", "the newest report decides")
        // Every task is in the HTML page: the item with data-task-id, each report with data-report-id.
        let html = try HTMLWriter(style: try StyleSet(directory: Fixtures.styles)).render(report)
        for t in report.tasks where t.isReport { #expect(html.contains("data-report-id=\"\(t.id)\""), "\(t.id) is shown") }
    }

    @Test func aNoticesShortTitlesFindTheMinutesTasksByTheirHeadingsAndUnits() throws {
        let minutes = try result("minutes.txt", """
        某县人民政府常务会议纪要
        2025年8月12日，县长主持召开县政府常务会议。现将会议议定事项纪要如下：
        一、关于城区供水管网改造问题
        会议同意县水利局提出的改造方案。由县水利局牵头，县财政局配合，于10月底前完成一期工程招标。
        二、关于项目资金拨付
        县财政局：负责统筹安排项目资金，确保8月底前拨付到位。
        县审计局：负责资金使用情况审计，年底前形成审计报告。
        县人民政府办公室
        2025年8月13日
        """)
        let notice = try result("notice.txt", """
        关于县政府常务会议议定事项落实情况的督查通报
        现将有关情况通报如下：
        （一）城区供水管网改造一期工程招标。县水利局已于9月28日完成招标，已办结。
        （二）项目资金拨付。县财政局资金拨付进度滞后，目前仅拨付60%，未按期完成。
        （三）资金使用情况审计。县审计局正在开展审计。
        县政府督查室
        2025年10月15日
        """)
        let report = Compiler.report([minutes, notice], asOf: Day(year: 2025, month: 10, day: 20)!)
        func item(_ prefix: String) throws -> TaskRow { try #require(report.tasks.first { !$0.isReport && $0.text.hasPrefix(prefix) }) }
        #expect(try item("由县水利局牵头").status == "done")
        #expect(try item("负责统筹安排项目资金").status == "delayed", "the unit tells the two tasks under one heading apart")
        #expect(try item("负责资金使用情况审计").status == "in_progress")
        #expect(report.reviewLinks.isEmpty)
    }
}
