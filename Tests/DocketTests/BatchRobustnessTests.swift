import Foundation
import Testing
@testable import Docket
@testable import DocketModel
@testable import DocketReaders
import DocketReport

/// A batch with one of every kind of bad file next to good documents: every good one is compiled, every bad one
/// has its diagnostic, and nothing from outside the inputs reaches an output.
@Suite struct BatchRobustnessTests {
    static func zip(_ entries: [(String, Data)]) throws -> Data { try ZipWriter.pack(entries) }

    @Test func everyBadFileIsReportedAndEveryGoodOneCompiled() throws {
        let dir = Fixtures.tempDir("docket-batch"), out = Fixtures.tempDir("docket-batch-out")
        func put(_ name: String, _ data: Data) { #expect(FileManager.default.createFile(atPath: dir.appendingPathComponent(name).path, contents: data)) }
        // Good documents.
        for f in try FileManager.default.contentsOfDirectory(atPath: Fixtures.inputs.path) {
            try FileManager.default.copyItem(at: Fixtures.inputs.appendingPathComponent(f), to: dir.appendingPathComponent("good-" + f))
        }
        put("good-gb18030.txt", "会议要求，一要抓好落实。二要年底前完成检查。\n".data(using: String.Encoding(rawValue: 0x8000_0632))!)
        var truncated = Array("会议要求，一要抓好落实。二要加强检查。".utf8); truncated.removeLast()
        put("good-truncated.txt", Data(truncated))
        put("notasks.txt", Data("今天天气晴朗。\n".utf8))
        // Bad ones.
        put("empty.txt", Data())
        put("binary.txt", Data([0x7F, 0x45, 0x4C, 0x46, 0, 0, 0, 0, 1, 2, 3]))
        put("notzip.docx", Data("this is not a zip".utf8))
        put("legacy.doc", Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
        put("slip.docx", try Self.zip([("../../etc/evil.xml", Data("x".utf8)), ("word/document.xml", Data("<w:document/>".utf8))]))
        put("absolute.docx", try Self.zip([("/etc/passwd", Data("x".utf8)), ("word/document.xml", Data("<w:document/>".utf8))]))
        let xxe = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>"
        put("xxe.docx", try Self.zip([("word/document.xml", Data(xxe.utf8))]))
        var lol = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY l0 \"lol\">"
        for i in 1...9 { lol += "<!ENTITY l\(i) \"" + String(repeating: "&l\(i - 1);", count: 10) + "\">" }
        lol += "]><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>&l9;</w:t></w:r></w:p></w:body></w:document>"
        put("laughs.docx", try Self.zip([("word/document.xml", Data(lol.utf8))]))
        put("bomb.docx", try Self.zip([("word/document.xml", Data(repeating: 0x41, count: 40 << 20))]))
        put("deep.html", Data((String(repeating: "<div>", count: 100_000) + "会议要求，要抓好落实。" + String(repeating: "</div>", count: 100_000)).utf8))
        put("huge.txt", Data(count: 0))
        let h = try FileHandle(forWritingTo: dir.appendingPathComponent("huge.txt"))
        try h.truncate(atOffset: 200 << 20)  // a 200 MB file (sparse)
        try h.close()

        var limits = ReadLimits()
        limits.maxUnzippedBytes = 16 << 20
        let compiler = Compiler(pipeline: Pipeline(limits: limits), style: try StyleSet(directory: Fixtures.styles))
        let (summary, results) = try compiler.compile(inputs: dir.path, out: out.path, asOf: Day(year: 2026, month: 1, day: 1)!, referenceDate: nil, ledgerPath: nil)
        let byName = Dictionary(uniqueKeysWithValues: results.map { (($0.path as NSString).lastPathComponent, $0) })
        for (name, r) in byName where name.hasPrefix("good-") {
            #expect(r.ok, "\(name) was compiled: \(r.diagnostics.map(\.line))")
            #expect((r.extraction?.tasks.count ?? 0) > 0, "\(name) has tasks")
        }
        let expected: [String: String] = [
            "empty.txt": "read.empty", "binary.txt": "read.binary", "notzip.docx": "read.docx-not-zip",
            "legacy.doc": "read.legacy-format", "slip.docx": "read.zip-path", "absolute.docx": "read.zip-path",
            "xxe.docx": "read.docx-xml", "laughs.docx": "read.docx-xml", "bomb.docx": "read.zip-bomb", "huge.txt": "read.too-large",
            "deep.html": "read.too-deep",
        ]
        for (name, id) in expected {
            let r = try #require(byName[name], "\(name) was seen")
            #expect(!r.ok)
            #expect(r.diagnostics.first?.id == id, "\(name): \(r.diagnostics.map(\.line))")
            #expect(r.diagnostics.first?.file.hasSuffix(name) == true)
        }
        #expect(byName["notasks.txt"]?.diagnostics.contains { $0.id == "extract.no-tasks" && $0.severity == .warning } == true)
        #expect(byName["good-truncated.txt"]?.diagnostics.contains { $0.id == "read.truncated-utf8" } == true)
        #expect(summary.failed == expected.count)
        // Nothing from /etc in any output.
        let e = FileManager.default.enumerator(atPath: out.path)
        while let rel = e?.nextObject() as? String {
            guard let s = try? String(contentsOfFile: out.appendingPathComponent(rel).path, encoding: .utf8) else { continue }
            #expect(!s.contains("root:x:0:0"), "\(rel) holds /etc/passwd")
        }
    }
}
