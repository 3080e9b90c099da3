import Foundation
import Testing
@testable import Docket
@testable import DocketExtract
@testable import DocketGraph
@testable import DocketLedger
@testable import DocketModel
import DocketReport

/// One document is one document however a run names its file, and two documents are two however alike their
/// file names (texts written for the test).
@Suite struct DocumentIdentityTests {
    static let minutes = "某市工作会议纪要\n会议要求，一要市水利局抓好水厂建设。二要市财政局年底前完成资金拨付。\n2025年9月30日\n"
    static let notice = "某市工作督查通报\n一、市水利局抓好水厂建设，已完成。\n二、市交通局年底前完成道路修复。\n2025年10月9日\n"

    func extraction(_ text: String, path: String) throws -> DocumentExtraction {
        let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        var x = Pipeline().extractor.extract(try Fixtures.document(text, name: name + ".txt"), referenceDate: nil)
        x.path = path
        return x
    }

    @Test func documentsThatShareANameAreToldApartOldestFirst() throws {
        let a = try extraction(Self.minutes, path: "in/b/纪要.txt")
        let b = try extraction(Self.notice, path: "in/a/纪要.txt")
        let c = try extraction(Self.notice, path: "in/纪要-2.txt")
        let d = try extraction(Self.minutes, path: "in/c/纪要.txt")
        #expect(a.tasks.first?.id == "纪要#t1")
        let named = DocumentNames.distinct([a, b, c, d])
        #expect(named.map(\.path) == [a, b, c, d].map(\.path), "the order is kept")
        #expect(named.map(\.name) == ["纪要", "纪要-4", "纪要-2", "纪要-3"],
                "the earliest document keeps the name (then the first path); the others skip a name another file has")
        #expect(named[3].tasks.map(\.id) == d.tasks.indices.map { "纪要-3#t\($0 + 1)" })
        for x in named {
            for t in x.tasks { #expect(t.id.hasPrefix(x.name + "#")); #expect(t.parent.map { $0.hasPrefix(x.name + "#") } ?? true) }
            for s in x.sections { #expect(s.id.hasPrefix(x.name + "#")) }
        }
        let ids = named.flatMap { $0.tasks.map(\.id) }
        #expect(Set(ids).count == ids.count, "every task id is unique")
        #expect(DocumentNames.distinct(named).map(\.name) == named.map(\.name), "distinct names stay as they are")
    }

    @Test func aGraphGivenOneIdTwiceNeitherLoopsNorLinksATaskToItself() throws {
        // Two documents named alike, linked without distinct names: the follow-up's two ends carry one id.
        let plan = try extraction(Self.minutes, path: "a/纪要.txt")
        let notice = try extraction(Self.notice, path: "b/纪要.txt")
        let ordered = TaskGraph.timeOrder([plan, notice])
        let links = FollowUpLinker.link(ordered)
        #expect(links.contains { $0.from == $0.to }, "the ids collide")
        let graph = TaskGraph(extractions: ordered, followUps: links)
        #expect(graph.tasks.allSatisfy { $0.reportsOn != $0.task.id })
    }

    @Test func twoFoldersWithOneFileNameGiveDistinctTasksAndTheNoticeClosesThePlansTask() throws {
        let inputs = Fixtures.tempDir("same-name-in"), out = Fixtures.tempDir("same-name-out")
        // The later notice's folder sorts first; the earlier minutes keep the name all the same.
        for (folder, text) in [("b", Self.minutes), ("a", Self.notice)] {
            let dir = inputs.appendingPathComponent(folder)
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            try text.write(to: dir.appendingPathComponent("纪要.txt"), atomically: true, encoding: .utf8)
        }
        let compiler = Compiler(style: try StyleSet(directory: Fixtures.styles))
        _ = try compiler.compile(inputs: inputs.path, out: out.path, asOf: Day(year: 2025, month: 12, day: 1)!, referenceDate: nil,
                                 ledgerPath: Compiler.defaultLedger(out: out.path))
        let xml = try String(contentsOf: out.appendingPathComponent("report.xml"), encoding: .utf8)
        #expect(xml.contains("id=\"纪要#t1\"") && xml.contains("id=\"纪要-2#t1\""))
        let checklist = try String(contentsOf: out.appendingPathComponent("checklists/市水利局.md"), encoding: .utf8)
        #expect(checklist.contains("- [x] 市水利局抓好水厂建设"), "the later notice reports the earlier task done")
        let facts = try String(contentsOf: out.appendingPathComponent("facts/纪要-2.json"), encoding: .utf8)
        #expect(facts.contains("\"纪要-2#t1\""), "a document's facts carry the name of their file")
        #expect(facts.contains("督查通报"), "the later document takes the second name")
        let first = try String(contentsOf: out.appendingPathComponent("facts/纪要.json"), encoding: .utf8)
        #expect(first.contains("会议纪要"), "the earlier document keeps the name, though its path sorts last")
    }

    @Test func oneFileNamedRelativelyAndAbsolutelyIsOneRememberedDocument() throws {
        let inputs = Fixtures.tempDir("key-in"), out = Fixtures.tempDir("key-out")
        let file = inputs.appendingPathComponent("纪要.txt")
        try Self.minutes.write(to: file, atomically: true, encoding: .utf8)
        let compiler = Compiler(style: try StyleSet(directory: Fixtures.styles))
        let ledgerPath = Compiler.defaultLedger(out: out.path)
        let day = Day(year: 2025, month: 12, day: 1)!
        _ = try compiler.compile(inputs: inputs.path, out: out.path, asOf: day, referenceDate: nil, ledgerPath: ledgerPath)
        // The same folder, as a path from the working folder (with a detour through `..`).
        let relative = relativePath(to: inputs.path) + "/../" + inputs.lastPathComponent
        #expect(!relative.hasPrefix("/"))
        let (summary, _) = try compiler.compile(inputs: relative, out: out.path, asOf: day, referenceDate: nil, ledgerPath: ledgerPath)
        #expect(summary.extracted == 0, "its facts come from the ledger")
        #expect(summary.tasks == 2, "and it is not remembered twice")
        let ledger = try Ledger(path: ledgerPath, version: Extractor.version)
        #expect(try ledger.documents().documents.map(\.path) == ["../" + inputs.lastPathComponent + "/纪要.txt"],
                "remembered by its path from the ledger's folder")
        #expect(ledger.path(forKey: "../" + inputs.lastPathComponent + "/纪要.txt") == file.path)
    }

    @Test func aCopyInASecondFolderIsLeftOutWithAWarning() throws {
        let inputs = Fixtures.tempDir("copy-in"), out = Fixtures.tempDir("copy-out")
        for folder in ["a", "b"] {
            let dir = inputs.appendingPathComponent(folder)
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            try Self.minutes.write(to: dir.appendingPathComponent("纪要-\(folder).txt"), atomically: true, encoding: .utf8)
        }
        let compiler = Compiler(style: try StyleSet(directory: Fixtures.styles))
        let (summary, _) = try compiler.compile(inputs: inputs.path, out: out.path, asOf: Day(year: 2025, month: 12, day: 1)!,
                                                referenceDate: nil, ledgerPath: nil)
        #expect(summary.tasks == 2, "the tasks are listed once")
        #expect(summary.batchDiagnostics.map(\.id) == ["input.duplicate"])
        #expect(summary.batchDiagnostics.first?.file.hasSuffix("b/纪要-b.txt") == true)
        #expect(summary.batchDiagnostics.first?.message.contains("a/纪要-a.txt") == true, "the warning names the file it copies")
    }

    @Test func theSameDocumentInAnotherFileIsLeftOutWithAWarning() throws {
        let inputs = Fixtures.tempDir("twin-in"), out = Fixtures.tempDir("twin-out")
        // The same text in UTF-8 and in UTF-16 with spaces of another width: other bytes, one document.
        try Self.minutes.write(to: inputs.appendingPathComponent("纪要.txt"), atomically: true, encoding: .utf8)
        try Self.minutes.replacingOccurrences(of: "，", with: "， ")
            .write(to: inputs.appendingPathComponent("纪要（转发）.txt"), atomically: true, encoding: .utf16)
        let compiler = Compiler(style: try StyleSet(directory: Fixtures.styles))
        let ledgerPath = Compiler.defaultLedger(out: out.path), day = Day(year: 2025, month: 12, day: 1)!
        let (summary, _) = try compiler.compile(inputs: inputs.path, out: out.path, asOf: day, referenceDate: nil, ledgerPath: ledgerPath)
        #expect(summary.tasks == 2)
        #expect(summary.batchDiagnostics.map(\.id) == ["input.same-document"])
        #expect(summary.batchDiagnostics.first?.file.hasSuffix("纪要（转发）.txt") == true)
        // The first file leaves the folder; the ledger's copy of it does not come back beside the other.
        try FileManager.default.removeItem(at: inputs.appendingPathComponent("纪要.txt"))
        let (second, _) = try compiler.compile(inputs: inputs.path, out: out.path, asOf: day, referenceDate: nil, ledgerPath: ledgerPath)
        #expect(second.tasks == 2 && second.batchDiagnostics.isEmpty)
        // A document that differs in one task is another document.
        try Self.minutes.replacingOccurrences(of: "资金拨付", with: "资金清算")
            .write(to: inputs.appendingPathComponent("纪要（修订）.txt"), atomically: true, encoding: .utf8)
        let (third, _) = try compiler.compile(inputs: inputs.path, out: out.path, asOf: day, referenceDate: nil, ledgerPath: ledgerPath)
        #expect(third.batchDiagnostics.isEmpty && third.tasks == 4)
    }

    @Test func aFileMovedBetweenRunsIsNotRememberedAtItsOldPlaceToo() throws {
        let inputs = Fixtures.tempDir("move-in"), out = Fixtures.tempDir("move-out")
        let old = inputs.appendingPathComponent("纪要.txt")
        try Self.minutes.write(to: old, atomically: true, encoding: .utf8)
        let compiler = Compiler(style: try StyleSet(directory: Fixtures.styles))
        let ledgerPath = Compiler.defaultLedger(out: out.path), day = Day(year: 2025, month: 12, day: 1)!
        _ = try compiler.compile(inputs: inputs.path, out: out.path, asOf: day, referenceDate: nil, ledgerPath: ledgerPath)
        let folder = inputs.appendingPathComponent("2025-09")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: old, to: folder.appendingPathComponent("会议纪要.txt"))
        let (summary, _) = try compiler.compile(inputs: inputs.path, out: out.path, asOf: day, referenceDate: nil, ledgerPath: ledgerPath)
        #expect(summary.tasks == 2, "the moved file stands for the one the ledger remembers")
        let report = try String(contentsOf: out.appendingPathComponent("report.md"), encoding: .utf8)
        #expect(report.contains("会议纪要"))
    }

    @Test func anOutputFolderInsideTheInputFolderIsNotReadBack() throws {
        let inputs = Fixtures.tempDir("nested-in")
        try Self.minutes.write(to: inputs.appendingPathComponent("纪要.txt"), atomically: true, encoding: .utf8)
        let out = inputs.appendingPathComponent("out")
        let compiler = Compiler(style: try StyleSet(directory: Fixtures.styles))
        let day = Day(year: 2025, month: 12, day: 1)!
        for _ in 0..<2 {
            let (summary, _) = try compiler.compile(inputs: inputs.path, out: inputs.path + "/./out/", asOf: day, referenceDate: nil,
                                                    ledgerPath: Compiler.defaultLedger(out: out.path))
            #expect(summary.documents == 1 && summary.tasks == 2 && summary.failed == 0,
                    "the reports and checklists of the first run are not inputs of the second")
        }
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("report.md").path))
        #expect(try compiler.inputs(at: inputs.path).count > 1, "without the output folder named, its files are inputs")
        #expect(try compiler.inputs(at: inputs.path, skipping: inputs.deletingLastPathComponent().path).count > 1,
                "an output folder that holds the input folder leaves the inputs alone")
        #expect(throws: CompileError.self, "an output folder that is the input folder is refused") {
            try compiler.inputs(at: inputs.path, skipping: inputs.path + "/")
        }
    }

    @Test func aLedgerOfOlderPathsIsRekeyedAndTheLatestOfTwoRowsStays() throws {
        let dir = Fixtures.tempDir("rekey")
        let ledger = try Ledger(path: dir.appendingPathComponent("out/l.sqlite").path, version: "v")
        let absolute = dir.appendingPathComponent("in/a.txt").path
        let rows = try ledger.rekeyForTesting(adding: [
            (path: relativePath(to: absolute), hash: "older", lastRun: 1),
            (path: absolute, hash: "newer", lastRun: 2),
            (path: dir.appendingPathComponent("in/./b.txt").path, hash: "b", lastRun: 1),
        ])
        #expect(rows == ["../in/a.txt": "newer", "../in/b.txt": "b"])
    }

    /// The path of an absolute path from the working folder.
    func relativePath(to absolute: String) -> String {
        let from = FileManager.default.currentDirectoryPath.split(separator: "/")
        let to = absolute.split(separator: "/")
        var common = 0
        while common < from.count && common < to.count && from[common] == to[common] { common += 1 }
        return (Array(repeating: "..", count: from.count - common) + to[common...].map(String.init)).joined(separator: "/")
    }
}
