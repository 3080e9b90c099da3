import DocketModel
import Foundation

/// A command-line tool Docket hands a file to (pdftotext for PDF), run in its own process with a time limit.
///
/// The tool reads the input from a private temporary file and writes its output to another, so that a tool that
/// writes a lot cannot block on a full pipe; a tool that runs past its time is killed; its output is read only up
/// to a limit. Nothing of the tool's runs in Docket's own process.
struct ExternalTool: Sendable {
    /// The executable's name, looked up on PATH.
    var name: String
    /// The environment variable that may name the executable's path instead (DOCKET_PDFTOTEXT).
    var override: String

    /// The executable's path, or nil when it is not installed.
    var path: String? {
        let env = ProcessInfo.processInfo.environment
        if let p = env[override], !p.isEmpty { return FileManager.default.isExecutableFile(atPath: p) ? p : nil }
        for dir in (env["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":") {
            let p = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: p) { return p }
        }
        return nil
    }

    /// What a run gave back.
    struct Output {
        /// The exit status.
        var status: Int32
        /// The output file's bytes (up to the limit).
        var bytes: [UInt8]
    }

    /// Runs the tool on `input`: `arguments` with `{in}` and `{out}` standing for the two temporary files.
    /// Throws a `ReadError` when the tool cannot be started, runs past `seconds` or writes more than `maxBytes`.
    func run(_ executable: String, arguments: [String], input: [UInt8], seconds: Double, maxBytes: Int) throws -> Output {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("docket-\(name)-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        } catch {
            throw ReadError(id: "read.tool-failed", "\(name) could not be given the file (\(error))")
        }
        defer { try? FileManager.default.removeItem(at: dir) }
        let inPath = dir.appendingPathComponent("in").path, outPath = dir.appendingPathComponent("out").path
        guard FileManager.default.createFile(atPath: inPath, contents: Data(input), attributes: [.posixPermissions: 0o600]) else {
            throw ReadError(id: "read.tool-failed", "\(name) could not be given the file")
        }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: executable)
        p.arguments = arguments.map { $0 == "{in}" ? inPath : $0 == "{out}" ? outPath : $0 }
        p.standardInput = FileHandle.nullDevice
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        let done = DispatchSemaphore(value: 0)
        p.terminationHandler = { _ in done.signal() }
        do { try p.run() } catch {
            throw ReadError(id: "read.tool-failed", "\(name) could not be started (\(error))")
        }
        if done.wait(timeout: .now() + seconds) == .timedOut {
            kill(p.processIdentifier, SIGKILL)
            done.wait()
            throw ReadError(id: "read.tool-timeout", "\(name) ran for more than \(Int(seconds)) seconds on the file and was stopped")
        }
        guard let handle = FileHandle(forReadingAtPath: outPath) else { return Output(status: p.terminationStatus, bytes: []) }
        defer { try? handle.close() }
        let data = (try? handle.read(upToCount: maxBytes + 1)) ?? Data()
        if data.count > maxBytes {
            throw ReadError(id: "read.too-large", "\(name) gave more than \(maxBytes) bytes of text for the file")
        }
        return Output(status: p.terminationStatus, bytes: [UInt8](data))
    }
}
