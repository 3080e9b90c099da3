import Foundation
import Testing
@testable import Docket
@testable import DocketModel
@testable import DocketReport

@Suite struct StyleTests {
    @Test func theEmbeddedStyleIsTheStylesFolder() throws {
        for name in StyleSet.required {
            let disk = try String(contentsOf: Fixtures.styles.appendingPathComponent(name), encoding: .utf8)
            #expect(StyleSet.embeddedFile(name) == disk, "\(name) differs from its embedded copy: run scripts/embed-styles.py")
        }
    }

    @Test func aCompileWorksWithoutAStylesFolder() throws {
        let out = Fixtures.tempDir("nostyle")
        let (s, _) = try Compiler(style: try StyleSet.embedded())
            .compile(inputs: Fixtures.inputs.path, out: out.path, asOf: Day(year: 2026, month: 7, day: 1)!, referenceDate: nil, ledgerPath: nil)
        #expect(s.failed == 0)
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("report.html").path))
    }

    @Test func anotherStyleFolderChangesTheLook() throws {
        let dir = Fixtures.tempDir("style")
        for name in StyleSet.required {
            try FileManager.default.copyItem(at: Fixtures.styles.appendingPathComponent(name), to: dir.appendingPathComponent(name))
        }
        let css = dir.appendingPathComponent("report.css")
        try (try String(contentsOf: css, encoding: .utf8) + "\n/* house style */ body { color: #123456; }\n").write(to: css, atomically: true, encoding: .utf8)
        let out = Fixtures.tempDir("style-out")
        _ = try Compiler(style: try StyleSet(directory: dir))
            .compile(inputs: Fixtures.inputs.path, out: out.path, asOf: Day(year: 2026, month: 7, day: 1)!, referenceDate: nil, ledgerPath: nil)
        #expect(try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8).contains("#123456"))
    }
}
