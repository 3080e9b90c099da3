import Foundation
import Testing
@testable import Docket
@testable import DocketModel
@testable import DocketReport

/// The inline SVG charts of the HTML report (texts written for the test).
@Suite struct ChartTests {
    func report(_ text: String) throws -> ReportModel {
        let doc = try Fixtures.document(text, name: "plan.txt")
        let x = Docket.Pipeline().extractor.extract(doc, referenceDate: nil)
        return Compiler.report([InputResult(path: "plan.txt", extraction: x, diagnostics: [])], asOf: Day(year: 2025, month: 7, day: 1)!)
    }

    @Test func bothChartsShareOneWidthAndTheStatusChartHasALegend() throws {
        let r = try report("""
        关于节水工作的分工方案
        一、3月31日前完成设备检修。（市水利局负责）
        二、10月31日前完成管网巡查。（某某市城市管理综合行政执法局第三执法大队负责）
        2025年1月1日
        """)
        let c = Charts(r)
        #expect(c.statusByUnit.contains("viewBox=\"0 0 360 "))
        #expect(c.dueByMonth.contains("viewBox=\"0 0 360 180\""))
        for label in ["已完成", "推进中", "未启动", "滞后", "未报告"] { #expect(c.statusByUnit.contains(">\(label)</text>")) }
        // A long name is cut with an ellipsis; the whole name is its tooltip.
        #expect(c.statusByUnit.contains("<title>某某市城市管理综合行政执法局第三执法大队</title>某某市城市管理综合行…</text>"))
        // Every bar's count sits inside the drawing (the tallest one too).
        let ys = c.dueByMonth.components(separatedBy: "<text ").dropFirst().compactMap { t -> Int? in
            guard let r = t.range(of: "y=\""), let e = t[r.upperBound...].firstIndex(of: "\"") else { return nil }
            return Int(t[r.upperBound..<e])
        }
        #expect(!ys.isEmpty && ys.allSatisfy { $0 >= 12 && $0 <= 180 })
    }

    @Test func manyMonthsAreLabelledEveryFew() throws {
        var lines = ["关于全年工作的分工方案"]
        for m in 1...12 { lines.append("\(m). 2025年\(m)月底前完成第\(m)项检查。（市水利局负责）") }
        for m in 1...12 { lines.append("\(m + 12). 2026年\(m)月底前完成第\(m + 12)项检查。（市水利局负责）") }
        lines.append("2024年12月1日")
        let c = Charts(try report(lines.joined(separator: "\n")))
        let labels = c.dueByMonth.components(separatedBy: "y=\"168\"").count - 1
        #expect(labels >= 6 && labels < 24, "24 months, labelled every few (\(labels))")
    }
}
