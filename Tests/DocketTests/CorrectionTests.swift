import Foundation
import Testing
@testable import Docket
@testable import DocketModel
import DocketReport

/// Corrections that name no task of the batch are said, not silently dropped (texts written for the test).
@Suite struct CorrectionTests {
    @Test func aCorrectionOfNoTaskIsAWarningAndAMergeIntoNoTaskKeepsTheTask() throws {
        let inputs = Fixtures.tempDir("corr-in"), out = Fixtures.tempDir("corr-out")
        try "某市工作会议纪要\n会议要求，一要市水利局抓好水厂建设。二要市财政局年底前完成资金拨付。\n2025年9月30日\n"
            .write(to: inputs.appendingPathComponent("纪要.txt"), atomically: true, encoding: .utf8)
        try """
        [[correction]]
        task = "纪要#t9"
        status = "done"

        [[correction]]
        task = "纪要#t2"
        merge = "纪要#t7"

        [[correction]]
        task = "纪要#t1"
        status = "done"
        """.write(to: inputs.appendingPathComponent("corrections.toml"), atomically: true, encoding: .utf8)
        let compiler = Compiler(style: try StyleSet(directory: Fixtures.styles))
        let (summary, _) = try compiler.compile(inputs: inputs.path, out: out.path, asOf: Day(year: 2025, month: 12, day: 1)!,
                                                referenceDate: nil, ledgerPath: nil)
        #expect(summary.batchDiagnostics.map(\.id) == ["correction.unknown-task", "correction.unknown-task"])
        #expect(summary.batchDiagnostics.map(\.message).joined().contains("纪要#t9"))
        #expect(summary.batchDiagnostics.map(\.message).joined().contains("纪要#t7"))
        #expect(summary.batchDiagnostics.allSatisfy { $0.file.hasSuffix("corrections.toml") })
        #expect(summary.tasks == 2, "the task merged into no task is kept")
        let checklist = try String(contentsOf: out.appendingPathComponent("checklists/市水利局.md"), encoding: .utf8)
        #expect(checklist.contains("- [x] 市水利局抓好水厂建设"), "the correction that names a task is applied")
    }
}
