import Foundation
import Testing
@testable import DocketExtract
@testable import DocketModel
@testable import DocketReaders

/// Replays every input the fuzzer ever crashed on (Tests/Fuzz/regressions/TARGET/) and the fuzz seeds.
@Suite struct FuzzRegressionTests {
    static let root = Fixtures.packageRoot.appendingPathComponent("Tests/Fuzz")

    static func inputs(_ folder: String) -> [(String, URL)] {
        var out: [(String, URL)] = []
        for target in ["txt", "md", "html", "docx", "xlsx", "ofd", "extract"] {
            let dir = root.appendingPathComponent(folder).appendingPathComponent(target)
            for n in ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).sorted() where !n.hasPrefix(".") {
                out.append((target, dir.appendingPathComponent(n)))
            }
        }
        return out
    }

    static func replay(_ target: String, _ bytes: [UInt8]) -> Int {
        let limits = ReadLimits(maxFileBytes: 1 << 20, maxUnzippedBytes: 8 << 20, maxZipRatio: 200, maxDepth: 256)
        let reader: (any Reader)? = ["txt": PlainTextReader(), "md": MarkdownReader(), "html": HTMLReader(), "docx": DocxReader(), "xlsx": XlsxReader(), "ofd": OFDReader()][target]
        let doc: SourceDocument
        if let reader {
            guard let out = try? reader.read(path: "f", bytes: bytes, limits: limits) else { return 0 }
            doc = out.document
        } else {
            let text = SourceText(String(decoding: bytes, as: UTF8.self))
            doc = SourceDocument(path: "f.txt", format: "txt", text: text, blocks: SourceDocument.lineBlocks(text))
        }
        let x = Extractor().extract(doc, referenceDate: Day(year: 2025, month: 7, day: 1))
        for t in x.tasks { #expect(t.range.end <= doc.text.count) }
        return x.tasks.count
    }

    @Test func seedsAndRegressionsRunCleanly() throws {
        let all = Self.inputs("seeds") + Self.inputs("regressions")
        #expect(!all.isEmpty)
        var tasks = 0
        for (target, url) in all {
            tasks += Self.replay(target, [UInt8](try Data(contentsOf: url)))
        }
        #expect(tasks > 0, "the seeds hold tasks")
    }
}
