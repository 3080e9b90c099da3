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
}
