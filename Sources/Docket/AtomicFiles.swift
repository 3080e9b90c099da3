import DocketReport
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
    /// of the same names, or by ``discard()``). A file whose new bytes equal the file in place is not written
    /// at all: the file in place is kept (see ``StagedFile``).
    public final class Staging: @unchecked Sendable {
        let root: URL
        private let tag = "\(ProcessInfo.processInfo.processIdentifier)"
        private let lock = NSLock()
        private var staged: [StagedFile] = []
        private var dirs = Set<String>()

        /// Starts staging files under a folder.
        public init(root: URL) { self.root = root }

        /// The staged file for `rel` (relative to the root); its folder is created.
        public func file(for rel: String) throws -> StagedFile {
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
            let file = StagedFile(rel: rel, final: url.path, temporary: tmp)
            lock.lock()
            staged.append(file)
            lock.unlock()
            return file
        }

        /// The staged files that differ from the files in place (after every one is finished).
        public var changed: [String] { staged.filter(\.changed).map(\.rel) }

        /// Renames every changed file into place, then removes files in the `pruning` folders that were not
        /// staged. Returns the relative paths of every staged file (changed or kept), in the order they were staged.
        @discardableResult
        public func commit(pruning: [String]) throws -> [String] {
            for f in staged where f.changed && rename(f.temporary, f.final) != 0 {
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
            for f in staged { f.discard() }
        }
    }
}

/// One output on its way to disk: its bytes are compared with the file in place as they come, and a temporary
/// file is created only from the first byte that differs (the equal prefix is copied into it first).
///
/// A re-run whose output did not change therefore creates and deletes no file: on a large archive, where one
/// new document changes a few checklists among thousands, that is most of the files.
public final class StagedFile: @unchecked Sendable {
    /// The path relative to the output folder.
    public let rel: String
    /// Where the file goes.
    let final: String
    /// Where it is written until the commit.
    let temporary: String
    /// Whether the new bytes differ from the file in place (or there is none); known after ``finish()``.
    public private(set) var changed = false
    private var existing: Int32 = -2 // -2: not opened yet, -1: none
    private var matched = 0
    private var out: Int32 = -1
    private var finished = false

    init(rel: String, final: String, temporary: String) {
        self.rel = rel
        self.final = final
        self.temporary = temporary
    }

    deinit {
        if existing >= 0 { close(existing) }
        if out >= 0 { close(out) }
    }

    /// A sink that renders into this file.
    public func sink(bufferSize: Int = 1 << 20) -> ByteSink {
        ByteSink(bufferSize: bufferSize) { [self] bytes in try consume(bytes) }
    }

    /// Takes the next bytes of the output.
    func consume(_ bytes: [UInt8]) throws {
        if existing == -2 { existing = open(final, O_RDONLY | O_CLOEXEC) }
        if out < 0, existing >= 0 {
            var old = [UInt8](repeating: 0, count: bytes.count)
            if try readFully(existing, into: &old) == bytes.count, old == bytes {
                matched += bytes.count
                return
            }
        }
        if out < 0 { try startWriting() }
        try writeAll(bytes)
    }

    /// Ends the output: either the file in place already holds exactly these bytes, or the temporary file is complete.
    public func finish() throws {
        if existing == -2 { existing = open(final, O_RDONLY | O_CLOEXEC) }
        if out < 0, existing >= 0 {
            var one = [UInt8](repeating: 0, count: 1)
            if try readFully(existing, into: &one) == 0 {
                close(existing)
                existing = -1
                finished = true
                return
            }
        }
        if out < 0 { try startWriting() }
        if existing >= 0 { close(existing); existing = -1 }
        close(out)
        out = -1
        finished = true
    }

    /// Removes the temporary file, if one was created.
    func discard() { if changed { unlink(temporary) } }

    /// Creates the temporary file and copies into it the prefix that matched the file in place.
    private func startWriting() throws {
        out = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard out >= 0 else { throw failure(temporary) }
        changed = true
        if matched > 0, existing >= 0 {
            var prefix = [UInt8](repeating: 0, count: matched)
            guard pread(existing, &prefix, matched, 0) == matched else { throw failure(final) }
            try writeAll(prefix)
        }
        if existing >= 0 { close(existing); existing = -1 }
    }

    private func readFully(_ fd: Int32, into buffer: inout [UInt8]) throws -> Int {
        var got = 0
        let want = buffer.count
        while got < want {
            let n = buffer.withUnsafeMutableBytes { raw -> Int in
                guard let base = raw.baseAddress else { return 0 }
                return read(fd, base + got, want - got)
            }
            if n < 0 { if errno == EINTR { continue }; return -1 }
            if n == 0 { break }
            got += n
        }
        return got
    }

    private func writeAll(_ bytes: [UInt8]) throws {
        var off = 0
        try bytes.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return }
            while off < raw.count {
                let n = write(out, base + off, raw.count - off)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw failure(temporary)
                }
                off += n
            }
        }
    }

    private func failure(_ path: String) -> CompileError {
        CompileError(description: "\(path): cannot write (\(String(cString: strerror(errno))))")
    }
}
