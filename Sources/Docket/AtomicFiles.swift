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

    /// Writes a set of files as one step: every file is written to a temporary name first, and only when all are
    /// complete are they renamed into place; then files in the `pruning` folders that this run did not write are
    /// removed. A run killed before the renames leaves every previous output as it was.
    public static func write(_ files: [(String, Data)], under root: URL, pruning: [String]) throws {
        let tag = "\(ProcessInfo.processInfo.processIdentifier)"
        var staged: [(URL, URL)] = []
        do {
            for (rel, bytes) in files {
                let url = root.appendingPathComponent(rel)
                let dir = url.deletingLastPathComponent()
                try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
                let tmp = dir.appendingPathComponent(".\(url.lastPathComponent).tmp-\(tag)")
                guard FileManager.default.createFile(atPath: tmp.path, contents: bytes) else {
                    throw CompileError(description: "\(tmp.path): cannot write")
                }
                staged.append((tmp, url))
            }
        } catch {
            for (tmp, _) in staged { try? FileManager.default.removeItem(at: tmp) }
            throw error
        }
        for (tmp, url) in staged where rename(tmp.path, url.path) != 0 {
            throw CompileError(description: "\(url.path): cannot move the new file into place (errno \(errno))")
        }
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
