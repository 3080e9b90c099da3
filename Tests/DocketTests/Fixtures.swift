import Foundation
import DocketModel
import DocketReaders

/// Paths the tests read: the package root, and the shared corpus (public texts the project did not write).
///
/// Corpus tests read `../shared` (or `$DOCKET_SHARED`) and never copy its files into the project; they are
/// disabled only where that folder is absent (CI always has it).
enum Fixtures {
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let shared: URL? = {
        let env = ProcessInfo.processInfo.environment["DOCKET_SHARED"].map { URL(fileURLWithPath: $0) }
        let candidate = env ?? packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: candidate.appendingPathComponent("corpus/docs").path) ? candidate : nil
    }()

    static var hasShared: Bool { shared != nil }

    /// A headless browser, when one is installed.
    static let chromium: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    static func sharedPath(_ rel: String) -> String {
        (shared ?? packageRoot).appendingPathComponent(rel).path
    }

    static var inputs: URL { packageRoot.appendingPathComponent("inputs") }
    static var styles: URL { packageRoot.appendingPathComponent("styles") }

    /// Every file under a folder and its bytes, by relative path; hidden (temporary) files are left out.
    static func files(under dir: URL) -> [String: Data] {
        var out: [String: Data] = [:]
        let e = FileManager.default.enumerator(atPath: dir.path)
        while let rel = e?.nextObject() as? String {
            var isDir: ObjCBool = false
            let p = dir.appendingPathComponent(rel).path
            guard FileManager.default.fileExists(atPath: p, isDirectory: &isDir), !isDir.boolValue,
                  !(rel as NSString).lastPathComponent.hasPrefix(".") else { continue }
            out[rel] = FileManager.default.contents(atPath: p)
        }
        return out
    }

    /// The folder every temporary folder of this test run lives in; it is removed when the run exits, so that
    /// the folders a test leaves behind (those of a failed expectation among them) do not pile up.
    static let tempRoot: URL = {
        let u = FileManager.default.temporaryDirectory.appendingPathComponent("docket-tests-\(getpid())")
        try? FileManager.default.createDirectory(at: u, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: Fixtures.tempRoot) }
        return u
    }()

    /// A fresh temporary folder.
    static func tempDir(_ name: String = "docket-test") -> URL {
        let u = tempRoot.appendingPathComponent("\(name)-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: u, withIntermediateDirectories: true)
        return u
    }

    /// Reads a document given as text, with the reader a file name picks.
    static func document(_ text: String, name: String = "t.txt") throws -> SourceDocument {
        let reader = ReaderRegistry.standard.reader(for: name)!
        return try reader.read(path: name, bytes: Array(text.utf8), limits: ReadLimits()).document
    }
}
