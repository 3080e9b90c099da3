import Foundation
import Testing
@testable import Docket
@testable import DocketExtract
@testable import DocketLedger
@testable import DocketModel
import DocketReport

/// Re-runs over a ledger: outputs whose bytes did not change are kept in place, the task snapshot is stored
/// compactly, and only the last two runs keep theirs.
@Suite(.serialized)
struct IncrementalTests {
    /// The inode of a file: it changes when the file is replaced, not when it is kept.
    func inode(_ path: String) throws -> UInt64 {
        var st = stat()
        try #require(stat(path, &st) == 0, "\(path) exists")
        return UInt64(st.st_ino)
    }

    /// Stages one file with `bytes` over `old` (nil: no file in place), through a sink of `buffer` bytes.
    func stage(_ bytes: [UInt8], over old: [UInt8]?, buffer: Int) throws -> (changed: Bool, result: [UInt8], written: [String]) {
        let dir = Fixtures.tempDir("staged")
        let final = dir.appendingPathComponent("out.txt")
        if let old { try Data(old).write(to: final) }
        let staging = AtomicFiles.Staging(root: dir)
        let file = try staging.file(for: "out.txt")
        let sink = file.sink(bufferSize: buffer)
        for chunk in stride(from: 0, to: bytes.count, by: 3) {
            sink.append(Array(bytes[chunk..<min(bytes.count, chunk + 3)]))
            try sink.flushIfFull()
        }
        try sink.flush()
        try file.finish()
        let written = try staging.commit(pruning: [])
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty, "no temporary file is left behind")
        return (file.changed, Array(try Data(contentsOf: final)), written)
    }

    @Test func aStagedFileIsWrittenOnlyWhenItsBytesDiffer() throws {
        let text = Array("任务清单：市水利局\n- [ ] 年底前完成。\n".utf8)
        for buffer in [1, 4, 7, 1 << 20] {
            let same = try stage(text, over: text, buffer: buffer)
            #expect(!same.changed, "equal bytes keep the file in place (buffer \(buffer))")
            #expect(same.result == text)
            #expect(same.written == ["out.txt"], "a kept file still counts as an output")
            // Differing late, early, shorter, longer, and no file in place: the new bytes, whole.
            var late = text
            late[late.count - 2] = 0x21
            let cases: [([UInt8], [UInt8]?)] = [(late, text), (text, late), (Array(text.dropLast(5)), text),
                                                (text, Array(text.dropLast(5))), (text, nil), ([], text), ([], nil)]
            for (new, old) in cases {
                let r = try stage(new, over: old, buffer: buffer)
                #expect(r.changed, "buffer \(buffer): a different file is written")
                #expect(r.result == new, "buffer \(buffer): the new bytes, with the matched prefix copied")
            }
        }
    }

    @Test func theTaskSnapshotRoundTripsAwkwardText() throws {
        let tasks = [
            "a#t1": TaskSnapshot(text: "含\t制表符\n换行\\反斜杠\r\u{1F}分隔", status: "done", deadline: "2025-12-31",
                                 lead: ["市水利局", "市\t财政局"], support: [], overdue: false),
            "a#t2": TaskSnapshot(text: "", status: nil, deadline: nil, lead: [], support: ["甲", "乙", "丙"], overdue: true),
            "b#t10": TaskSnapshot(text: "结尾反斜杠\\", status: "delayed", deadline: "ongoing", lead: [],
                                  support: ["\\"], overdue: false),
        ]
        let text = SnapshotText.encode(tasks)
        #expect(SnapshotText.decode(text) == tasks)
        #expect(SnapshotText.encode(try #require(SnapshotText.decode(text))) == text, "encoding is deterministic")
        #expect(SnapshotText.decode("{\"a\":1}") == nil, "JSON is not this format")
        #expect(SnapshotText.decode(SnapshotText.header + "x\ty\n") == nil, "a short line is refused")
    }

    @Test func onlyTheLastTwoRunsKeepTheirSnapshotsAndOldJSONIsStillRead() throws {
        let path = Fixtures.tempDir("ledger-runs").appendingPathComponent("l.sqlite").path
        let ledger = try Ledger(path: path, version: "v")
        func tasks(_ n: Int) -> [String: TaskSnapshot] {
            ["x#t\(n)": TaskSnapshot(text: "任务\(n)", status: nil, deadline: nil, lead: [], support: [], overdue: false)]
        }
        for n in 1...4 { try ledger.record(documents: [], inputsKey: "k\(n)", asOf: "2025-01-0\(n)", tasks: tasks(n)) }
        let headers = try ledger.runHeaders(limit: 10)
        #expect(headers.map(\.inputsKey) == ["k4", "k3", "k2", "k1"])
        #expect(try ledger.snapshot(ofRun: headers[0].id) == tasks(4))
        #expect(try ledger.snapshot(ofRun: headers[1].id) == tasks(3))
        #expect(try ledger.snapshot(ofRun: headers[2].id).isEmpty, "older snapshots are dropped")
        #expect(try ledger.runs(limit: 2).map(\.tasks) == [tasks(4), tasks(3)])
        // A ledger written before the compact format stored the snapshot as JSON.
        let json = String(decoding: try JSONEncoder().encode(tasks(9)), as: UTF8.self)
        try ledger.overwriteSnapshotForTesting(run: headers[0].id, text: json)
        #expect(try ledger.snapshot(ofRun: headers[0].id) == tasks(9))
    }

    @Test func aDamagedRememberedRowIsAWarningNotAStop() throws {
        let inputs = Fixtures.tempDir("damaged-in"), out = Fixtures.tempDir("damaged-out")
        let a = inputs.appendingPathComponent("a.txt"), b = inputs.appendingPathComponent("b.txt")
        try "关于春季检查的通知\n一、3月31日前完成设备检修。（市水利局负责）\n2019年3月1日\n".write(to: a, atomically: true, encoding: .utf8)
        try "关于秋季检查的通知\n一、10月31日前完成管网巡查。（市城管局负责）\n2019年9月1日\n".write(to: b, atomically: true, encoding: .utf8)
        let compiler = Compiler(style: try StyleSet(directory: Fixtures.styles))
        let day = Day(year: 2019, month: 12, day: 1)!
        let ledgerPath = Compiler.defaultLedger(out: out.path)
        _ = try compiler.compile(inputs: inputs.path, out: out.path, asOf: day, referenceDate: nil, ledgerPath: ledgerPath)
        // Both files leave the folder; one remembered row is damaged.
        try Ledger(path: ledgerPath, version: Extractor.version).overwriteFactsForTesting(path: a.path, bytes: Array("DKB1\u{7}\u{9}".utf8))
        try FileManager.default.removeItem(at: a)
        try FileManager.default.removeItem(at: b)
        try "关于冬季检查的通知\n一、12月31日前完成防冻检查。（市水利局负责）\n2019年11月1日\n"
            .write(to: inputs.appendingPathComponent("c.txt"), atomically: true, encoding: .utf8)
        let (summary, _) = try compiler.compile(inputs: inputs.path, out: out.path, asOf: day, referenceDate: nil, ledgerPath: ledgerPath)
        #expect(summary.batchDiagnostics.map(\.id) == ["ledger.unreadable-facts"])
        #expect(summary.batchDiagnostics.first?.file == a.path, "the diagnostic names the document")
        let report = try String(contentsOf: out.appendingPathComponent("report.md"), encoding: .utf8)
        #expect(report.contains("完成管网巡查"), "the intact remembered document is still reported")
        #expect(report.contains("完成防冻检查"))
        #expect(!report.contains("完成设备检修"), "the damaged one is left out")
    }

    /// Reads the ledger's corpus plan from ../shared.
    @Test(.enabled(if: Fixtures.hasShared, "needs ../shared (or DOCKET_SHARED)"))
    func aNewDocumentRewritesOnlyTheOutputsItChanges() throws {
        let inputs = Fixtures.tempDir("incr-in"), out = Fixtures.tempDir("incr-out"), fresh = Fixtures.tempDir("incr-fresh")
        try FileManager.default.copyItem(atPath: Fixtures.sharedPath("corpus/docs/" + LedgerTests.plan),
                                         toPath: inputs.appendingPathComponent(LedgerTests.plan).path)
        try "关于春季检查的通知\n一、3月31日前完成设备检修。（市水利局负责）\n2019年3月1日\n"
            .write(to: inputs.appendingPathComponent("spring.txt"), atomically: true, encoding: .utf8)
        let compiler = Compiler(style: try StyleSet(directory: Fixtures.styles))
        let day = Day(year: 2019, month: 7, day: 1)!
        _ = try compiler.compile(inputs: inputs.path, out: out.path, asOf: day, referenceDate: nil,
                                 ledgerPath: Compiler.defaultLedger(out: out.path))
        let planFacts = out.appendingPathComponent("facts/" + (LedgerTests.plan as NSString).deletingPathExtension + ".json").path
        let untouched = out.appendingPathComponent("checklists/市水利局.md").path
        let touched = out.appendingPathComponent("checklists/人力资源社会保障部.md").path
        let before = (try inode(planFacts), try inode(untouched), try inode(touched), try inode(out.appendingPathComponent("report.html").path))
        try LedgerTests.notice.write(to: inputs.appendingPathComponent("notice.txt"), atomically: true, encoding: .utf8)
        _ = try compiler.compile(inputs: inputs.path, out: out.path, asOf: day, referenceDate: nil,
                                 ledgerPath: Compiler.defaultLedger(out: out.path))
        #expect(try inode(planFacts) == before.0, "the facts of an unchanged document are kept in place")
        #expect(try inode(untouched) == before.1, "a checklist the notice does not touch is kept in place")
        #expect(try inode(touched) != before.2, "the checklist whose task the notice closed is rewritten")
        #expect(try inode(out.appendingPathComponent("report.html").path) != before.3, "the report changed")
        #expect(try String(contentsOfFile: touched, encoding: .utf8).contains("- [x] 加大稳岗支持力度。"))
        // The outputs are those a run from scratch writes (the ledger's changes aside).
        _ = try compiler.compile(inputs: inputs.path, out: fresh.path, asOf: day, referenceDate: nil, ledgerPath: nil)
        let a = Fixtures.files(under: out), b = Fixtures.files(under: fresh)
        for (name, bytes) in b where name.hasPrefix("checklists/") || name.hasPrefix("facts/") || name == "tasks.csv" {
            #expect(a[name] == bytes, "\(name) equals a fresh run's")
        }
        #expect(Set(a.keys.filter { $0.hasPrefix("checklists/") }) == Set(b.keys.filter { $0.hasPrefix("checklists/") }))
    }

    @Test func aForgottenDocumentIsNoLongerReportedAndTheListSaysWhatIsRemembered() throws {
        let inputs = Fixtures.tempDir("forget-in"), out = Fixtures.tempDir("forget-out")
        let sub = inputs.appendingPathComponent("2019")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        try "关于春季检查的通知\n一、3月31日前完成设备检修。（市水利局负责）\n2019年3月1日\n"
            .write(to: inputs.appendingPathComponent("spring.txt"), atomically: true, encoding: .utf8)
        try "关于秋季检查的通知\n一、10月31日前完成管网巡查。（市城管局负责）\n2019年9月1日\n"
            .write(to: sub.appendingPathComponent("autumn.txt"), atomically: true, encoding: .utf8)
        try "关于冬季检查的通知\n一、12月31日前完成防冻检查。（市水利局负责）\n2019年11月1日\n"
            .write(to: sub.appendingPathComponent("winter.txt"), atomically: true, encoding: .utf8)
        let compiler = Compiler(style: try StyleSet(directory: Fixtures.styles))
        let day = Day(year: 2019, month: 12, day: 1)!
        let ledgerPath = Compiler.defaultLedger(out: out.path)
        _ = try compiler.compile(inputs: inputs.path, out: out.path, asOf: day, referenceDate: nil, ledgerPath: ledgerPath)
        let ledger = try Ledger(path: ledgerPath, version: Extractor.version)
        let listed = try ledger.remembered()
        #expect(listed.map(\.title) == ["关于秋季检查的通知", "关于冬季检查的通知", "关于春季检查的通知"])
        #expect(listed.map(\.tasks) == [1, 1, 1])
        #expect(listed.first?.date == Day(year: 2019, month: 9, day: 1))
        #expect(listed.last?.path == inputs.appendingPathComponent("spring.txt").path)
        // The files leave the folder; the ledger still reports them until they are forgotten.
        try FileManager.default.removeItem(at: sub)
        try FileManager.default.removeItem(at: inputs.appendingPathComponent("spring.txt"))
        #expect(try ledger.forget(paths: [sub.path]).count == 2, "a folder forgets every document under it")
        #expect(try ledger.forget(paths: [sub.path]).isEmpty)
        let (summary, _) = try compiler.compile(inputs: inputs.path, out: out.path, asOf: day, referenceDate: nil, ledgerPath: ledgerPath)
        #expect(summary.tasks == 1, "only the remembered spring notice is reported")
        let report = try String(contentsOf: out.appendingPathComponent("report.md"), encoding: .utf8)
        #expect(report.contains("完成设备检修") && !report.contains("完成管网巡查") && !report.contains("完成防冻检查"))
    }

    @Test func theLedgerCommandListsAndForgets() throws {
        let binary = Fixtures.packageRoot.appendingPathComponent(".build/debug/docket")
        try #require(FileManager.default.fileExists(atPath: binary.path), "build the docket executable first (swift build)")
        let inputs = Fixtures.tempDir("ledger-cli-in"), out = Fixtures.tempDir("ledger-cli-out")
        let file = inputs.appendingPathComponent("spring.txt")
        try "关于春季检查的通知\n一、3月31日前完成设备检修。（市水利局负责）\n2019年3月1日\n".write(to: file, atomically: true, encoding: .utf8)
        let ledgerPath = Compiler.defaultLedger(out: out.path)
        _ = try Compiler(style: try StyleSet(directory: Fixtures.styles))
            .compile(inputs: inputs.path, out: out.path, asOf: Day(year: 2019, month: 12, day: 1)!, referenceDate: nil, ledgerPath: ledgerPath)
        func docket(_ args: [String]) throws -> (Int32, String) {
            let p = Process(), pipe = Pipe()
            p.executableURL = binary
            p.arguments = args + ["--ledger", ledgerPath]
            p.standardOutput = pipe
            p.standardError = FileHandle.nullDevice
            try p.run()
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            p.waitUntilExit()
            return (p.terminationStatus, String(decoding: data, as: UTF8.self))
        }
        let key = "../" + inputs.lastPathComponent + "/spring.txt"
        #expect(try docket(["ledger", "list"]) == (0, "\(key)\t2019-03-01\t1\t关于春季检查的通知\n"))
        let (status, text) = try docket(["ledger", "forget", key])
        #expect(status == 0 && text.hasPrefix("已移除\t\(key)\t(文件仍在"), "named as the list shows it; the file is still there")
        #expect(try docket(["ledger", "forget", file.path]).0 == 1, "nothing left to forget")
        #expect(try docket(["ledger", "list"]) == (0, "无记录\n"))
    }
}
