import Foundation
import Testing
@testable import Docket
@testable import DocketExtract
@testable import DocketLedger
@testable import DocketModel
import DocketReport

/// The ledger across runs, on a corpus document (read from ../shared) plus a progress notice written for the test.
@Suite(.enabled(if: Fixtures.hasShared, "needs ../shared (or DOCKET_SHARED)"), .serialized)
struct LedgerTests {
    static let plan = "003-guofa-cujin-jiuye-ruogan-yijian.txt"
    /// A progress notice written for this test about two of the plan's tasks.
    static let notice = """
    关于促进就业若干措施落实情况的督查通报
    经督查，现将有关措施落实情况通报如下：
    1. 加大稳岗支持力度。人力资源社会保障部已完成稳岗返还资金拨付。
    2. 发挥政府性融资担保机构作用支持小微企业。财政部正在推进，进度缓慢。
    国务院督查室
    2019年6月30日
    """

    func compiler() throws -> Compiler { Compiler(style: try StyleSet(directory: Fixtures.styles)) }

    func setUp() throws -> (inputs: URL, out: URL) {
        let inputs = Fixtures.tempDir("ledger-in"), out = Fixtures.tempDir("ledger-out")
        try FileManager.default.copyItem(atPath: Fixtures.sharedPath("corpus/docs/" + Self.plan), toPath: inputs.appendingPathComponent(Self.plan).path)
        return (inputs, out)
    }

    func run(_ inputs: URL, _ out: URL, asOf: Day) throws -> (CompileSummary, [InputResult]) {
        try compiler().compile(inputs: inputs.path, out: out.path, asOf: asOf, referenceDate: nil, ledgerPath: Compiler.defaultLedger(out: out.path))
    }

    func checklist(_ out: URL, _ unit: String) throws -> String {
        try String(contentsOf: out.appendingPathComponent("checklists/\(unit).md"), encoding: .utf8)
    }

    @Test func aTaskMovesFromOpenToDoneAcrossTwoRunsAndIsTicked() throws {
        let (inputs, out) = try setUp()
        let day = Day(year: 2019, month: 7, day: 1)!
        _ = try run(inputs, out, asOf: day)
        #expect(try checklist(out, "人力资源社会保障部").contains("- [ ] 加大稳岗支持力度。"))
        try Self.notice.write(to: inputs.appendingPathComponent("notice.txt"), atomically: true, encoding: .utf8)
        _ = try run(inputs, out, asOf: day)
        let hr = try checklist(out, "人力资源社会保障部")
        #expect(hr.contains("- [x] 加大稳岗支持力度。"), "the notice closed the task")
        #expect(hr.contains("进展：已完成"))
        let fin = try checklist(out, "财政部")
        #expect(fin.contains("状态：滞后"), "the newer status of the second task")
        let changes = try String(contentsOf: out.appendingPathComponent("changes.txt"), encoding: .utf8)
        #expect(changes.contains("销号"))
        #expect(try String(contentsOf: out.appendingPathComponent("graph.dot"), encoding: .utf8).contains("跟进"))
        // docket diff tells the same from the ledger.
        let runs = try Ledger(path: Compiler.defaultLedger(out: out.path), version: Extractor.version).runs(limit: 2)
        #expect(runs.count == 2)
        #expect(Compiler.changes(from: runs[1].tasks, to: runs[0].tasks).contains { $0.kind == "closed" })
    }

    @Test func aCorrectionSurvivesAReRun() throws {
        let (inputs, out) = try setUp()
        let day = Day(year: 2019, month: 7, day: 1)!
        let first = try run(inputs, out, asOf: day).1
        let task = try #require(first.first?.extraction?.tasks.first)
        try """
        # corrections made by the secretariat
        [[correction]]
        task = "\(task.id)"
        deadline = "2019-09-30"
        lead = ["人力资源社会保障部", "财政部"]
        """.write(to: inputs.appendingPathComponent("corrections.toml"), atomically: true, encoding: .utf8)
        _ = try run(inputs, out, asOf: day)
        // Re-extract: another input changes, the plan is read again from the ledger; the correction still holds.
        try Self.notice.write(to: inputs.appendingPathComponent("notice.txt"), atomically: true, encoding: .utf8)
        _ = try run(inputs, out, asOf: day)
        let fin = try checklist(out, "财政部")
        #expect(fin.contains("2019-09-30"))
        #expect(fin.contains("已人工更正：lead、deadline"))
        let facts = try String(contentsOf: out.appendingPathComponent("report.xml"), encoding: .utf8)
        #expect(facts.contains("date=\"2019-09-30\""))
    }

    @Test func tasksBecomeOverdueAndDueSoonCountsWorkingDays() throws {
        let inputs = Fixtures.tempDir("ledger-in"), out = Fixtures.tempDir("ledger-out")
        try "关于国庆前后工作安排的通知\n一、9月30日前完成设备检修。（市水利局负责）\n二、10月14日前完成秋季巡查。（市水利局负责）\n2025年9月1日\n"
            .write(to: inputs.appendingPathComponent("plan.txt"), atomically: true, encoding: .utf8)
        // As of 2025-09-29: the first is due in 1 working day (soon); the second is 5 working days after the
        // National Day holiday, counting the swapped working Saturday 2025-10-11 (调休), so it is due soon as of 10-08? Not yet.
        let (s1, _) = try run(inputs, out, asOf: Day(year: 2025, month: 9, day: 29)!)
        #expect(s1.overdue == 0)
        var md = try String(contentsOf: out.appendingPathComponent("report.md"), encoding: .utf8)
        #expect(md.contains("即将到期 1 项"))
        // As of 2025-10-08 (a holiday): 10-09, 10-10, 10-11 (调休), 10-13, 10-14 are 5 working days: due soon.
        let (s2, _) = try run(inputs, out, asOf: Day(year: 2025, month: 10, day: 8)!)
        #expect(s2.overdue == 1)
        md = try String(contentsOf: out.appendingPathComponent("report.md"), encoding: .utf8)
        #expect(md.contains("逾期 1 项，即将到期 1 项"))
        // Without the swapped Saturday it would be 4 working days to 10-14 as of 10-09: the calendar decides.
        #expect(WorkingDayCalendar.standard.workingDays(from: Day(year: 2025, month: 10, day: 8)!, to: Day(year: 2025, month: 10, day: 14)!) == 5)
    }

    @Test func anUnchangedSecondRunExtractsNothingAndChangesNoByte() throws {
        let (inputs, out) = try setUp()
        try Self.notice.write(to: inputs.appendingPathComponent("notice.txt"), atomically: true, encoding: .utf8)
        let day = Day(year: 2019, month: 7, day: 1)!
        let (first, _) = try run(inputs, out, asOf: day)
        #expect(first.extracted == 2)
        let before = try snapshot(out)
        let (second, _) = try run(inputs, out, asOf: day)
        #expect(second.extracted == 0, "unchanged files come from the ledger")
        let after = try snapshot(out)
        #expect(before.keys.sorted() == after.keys.sorted())
        for (k, v) in before { #expect(after[k] == v, "\(k) changed") }
    }

    @Test func aRunKilledMidwayLeavesLedgerAndOutputsAsTheyWere() throws {
        let binary = Fixtures.packageRoot.appendingPathComponent(".build/debug/docket")
        try #require(FileManager.default.fileExists(atPath: binary.path), "build the docket executable first (swift build)")
        let (inputs, out) = try setUp()
        _ = try run(inputs, out, asOf: Day(year: 2019, month: 7, day: 1)!)
        let before = try snapshot(out)
        // A large second batch, so that the kill lands while it is still reading and extracting.
        let docs = Fixtures.sharedPath("corpus/docs")
        for i in 0..<60 {
            for n in try FileManager.default.contentsOfDirectory(atPath: docs) where n.hasSuffix(".txt") {
                try FileManager.default.copyItem(atPath: docs + "/" + n, toPath: inputs.appendingPathComponent("\(i)-\(n)").path)
            }
        }
        let p = Process()
        p.executableURL = binary
        p.arguments = ["compile", inputs.path, "--out", out.path, "--as-of", "2019-07-01"]
        p.standardError = FileHandle.nullDevice
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        Thread.sleep(forTimeInterval: 0.8)
        let stillRunning = p.isRunning
        kill(p.processIdentifier, SIGKILL)
        p.waitUntilExit()
        #expect(stillRunning, "the run finished before it could be killed; make the batch larger")
        let after = try snapshot(out)
        #expect(before.keys.sorted() == after.keys.sorted(), "no output appeared or vanished")
        for (k, v) in before { #expect(after[k] == v, "\(k) changed") }
    }

    /// Every file under a folder (temporary files excluded) and its bytes.
    func snapshot(_ dir: URL) throws -> [String: Data] { Fixtures.files(under: dir) }
}
