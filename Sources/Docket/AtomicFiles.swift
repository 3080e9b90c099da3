import Foundation

/// Writes files atomically: each goes to a temporary file in its folder and is renamed into place.
public enum AtomicFiles {
    /// Writes one file atomically.
    public static func write(_ text: String, to url: URL) throws {
        let dir = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let tmp = dir.appendingPathComponent(".\(url.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)")
        guard FileManager.default.createFile(atPath: tmp.path, contents: Data(text.utf8)) else {
            throw CompileError(description: "\(tmp.path): cannot write")
        }
        if rename(tmp.path, url.path) != 0 {
            try? FileManager.default.removeItem(at: tmp)
            throw CompileError(description: "\(url.path): cannot move the new file into place (errno \(errno))")
        }
    }

    /// Writes a set of files; then removes files in the `pruning` folders that this run did not write.
    ///
    /// Every file is complete before it is renamed, so an interrupted run leaves each output either old or new, never torn.
    public static func write(_ files: [(String, String)], under root: URL, pruning: [String]) throws {
        for (rel, text) in files { try write(text, to: root.appendingPathComponent(rel)) }
        let written = Set(files.map(\.0))
        for folder in pruning {
            let dir = root.appendingPathComponent(folder)
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir.path) else { continue }
            for n in names where !written.contains(folder + "/" + n) {
                try? FileManager.default.removeItem(at: dir.appendingPathComponent(n))
            }
        }
    }
}
