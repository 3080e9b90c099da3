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

    /// A set of files written under temporary names, then renamed into place together by ``commit(pruning:)``.
    ///
    /// Writers stream into the temporary files, so no output has to be held in memory; a run killed before the
    /// commit leaves every previous output as it was (the temporary files are removed on the next run's commit
    /// of the same names, or by ``discard()``).
    public final class Staging: @unchecked Sendable {
        let root: URL
        private let tag = "\(ProcessInfo.processInfo.processIdentifier)"
        private let lock = NSLock()
        private var staged: [(rel: String, tmp: String, final: String)] = []
        private var dirs = Set<String>()

        /// Starts staging files under a folder.
        public init(root: URL) { self.root = root }

        /// The temporary path to write the file `rel` (relative to the root) to; its folder is created.
        public func path(for rel: String) throws -> String {
            let url = root.appendingPathComponent(rel)
            let dir = url.deletingLastPathComponent().path
            lock.lock()
            let known = dirs.contains(dir)
            lock.unlock()
            if !known {
                try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
                lock.lock(); dirs.insert(dir); lock.unlock()
            }
            let tmp = (dir as NSString).appendingPathComponent(".\(url.lastPathComponent).tmp-\(tag)")
            lock.lock()
            staged.append((rel, tmp, url.path))
            lock.unlock()
            return tmp
        }

        /// Renames every staged file into place, then removes files in the `pruning` folders that were not staged.
        /// Returns the relative paths written, in the order they were staged.
        @discardableResult
        public func commit(pruning: [String]) throws -> [String] {
            for f in staged where rename(f.tmp, f.final) != 0 {
                throw CompileError(description: "\(f.final): cannot move the new file into place (errno \(errno))")
            }
            let written = Set(staged.map(\.rel))
            for folder in pruning {
                let dir = root.appendingPathComponent(folder)
                guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir.path) else { continue }
                for n in names where !written.contains(folder + "/" + n) {
                    try? FileManager.default.removeItem(at: dir.appendingPathComponent(n))
                }
            }
            return staged.map(\.rel)
        }

        /// Removes every staged file (after a failure).
        public func discard() {
            for f in staged { unlink(f.tmp) }
        }
    }
}
