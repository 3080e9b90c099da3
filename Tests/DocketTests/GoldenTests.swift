import Foundation
import Testing
@testable import Docket
@testable import DocketModel
import DocketReport

/// Golden files of every format for the seed document, beside their input in Tests/DocketTests/Golden/.
/// Re-record on purpose with `DOCKET_RECORD_GOLDEN=1 swift test --filter GoldenTests`, then review the diff.
@Suite struct GoldenTests {
    static let goldenDir = Fixtures.packageRoot.appendingPathComponent("Tests/DocketTests/Golden/seed")

    @Test func seedOutputsMatchTheirGoldenFiles() throws {
        let input = Self.goldenDir.appendingPathComponent("input")
        let out = Fixtures.tempDir()
        let compiler = Compiler(style: try StyleSet(directory: Fixtures.styles))
        _ = try compiler.compile(inputs: input.path, out: out.path, asOf: Day(year: 2025, month: 10, day: 9)!, referenceDate: nil, ledgerPath: nil)
        let record = ProcessInfo.processInfo.environment["DOCKET_RECORD_GOLDEN"] == "1"
        let expected = Self.goldenDir.appendingPathComponent("expected")
        var produced: [String] = []
        let e = FileManager.default.enumerator(atPath: out.path)
        while let rel = e?.nextObject() as? String {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: out.appendingPathComponent(rel).path, isDirectory: &isDir), !isDir.boolValue else { continue }
            produced.append(rel)
        }
        produced.sort()
        for rel in produced {
            // Paths in text outputs are relative to the input folder given; make them stable. Binary outputs
            // (tasks.xlsx) hold no paths and are compared byte for byte.
            let raw = try Data(contentsOf: out.appendingPathComponent(rel))
            let got: Data
            if rel.hasSuffix(".xlsx") { got = raw } else {
                got = Data(String(decoding: raw, as: UTF8.self).replacingOccurrences(of: input.path, with: "INPUT").utf8)
            }
            let target = expected.appendingPathComponent(rel)
            if record {
                try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try got.write(to: target)
                continue
            }
            let want = try? Data(contentsOf: target)
            #expect(want != nil, "no golden file for \(rel): record with DOCKET_RECORD_GOLDEN=1")
            #expect(want == got, "\(rel) differs from its golden file")
        }
        if !record {
            let goldenFiles = (FileManager.default.enumerator(atPath: expected.path)?.allObjects as? [String] ?? [])
                .filter { !$0.hasSuffix("/") && (try? expected.appendingPathComponent($0).resourceValues(forKeys: [.isDirectoryKey]).isDirectory) != true }
            #expect(Set(goldenFiles) == Set(produced), "the set of outputs changed")
        }
    }
}
