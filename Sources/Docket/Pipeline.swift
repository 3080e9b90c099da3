import DocketExtract
import DocketLedger
import DocketModel
import DocketReaders
import Foundation

/// The result of reading and extracting one input.
public struct InputResult: Sendable {
    /// The path of the input.
    public var path: String
    /// The extraction, when the file could be read.
    public var extraction: DocumentExtraction?
    /// Everything said about the file.
    public var diagnostics: [Diagnostic]
    /// The content hash of the file's bytes (empty when it could not be loaded).
    public var hash: String = ""
    /// Whether the facts came from the ledger rather than a new extraction.
    public var fromCache = false

    /// Whether the file could be read.
    public var ok: Bool { extraction != nil }

    /// Creates a result.
    public init(path: String, extraction: DocumentExtraction?, diagnostics: [Diagnostic]) {
        self.path = path
        self.extraction = extraction
        self.diagnostics = diagnostics
    }
}

/// Runs the front half of the compiler on files: read, then extract.
public struct Pipeline: Sendable {
    /// The readers.
    public var registry: ReaderRegistry
    /// The extractor.
    public var extractor: Extractor
    /// Per-file limits.
    public var limits: ReadLimits
    /// The longest time extraction may spend on one file.
    public var timeLimit: Duration = .seconds(30)
    /// Called after each file with the number done and the total (from any thread).
    public var progress: (@Sendable (Int, Int) -> Void)?

    /// Creates a pipeline with the standard readers and lexicon.
    public init(registry: ReaderRegistry = .standard, extractor: Extractor = Extractor(), limits: ReadLimits = ReadLimits()) {
        self.registry = registry
        self.extractor = extractor
        self.limits = limits
    }

    /// Reads and extracts one file; a file that cannot be read gives an error diagnostic, never a throw.
    public func process(path: String, referenceDate: Day?) -> InputResult {
        process(path: path, referenceDate: referenceDate, cache: { _, _ in nil })
    }

    /// Reads and extracts one file, taking its facts from `cache` when its content hash is known there.
    public func process(path: String, referenceDate: Day?, cache: (String, String) -> DocumentExtraction?) -> InputResult {
        var hash = ""
        do {
            let bytes = try ReaderRegistry.load(path: path, limit: limits.maxFileBytes)
            hash = contentHash(bytes)
            if let x = cache(path, hash) {
                var r = InputResult(path: path, extraction: x, diagnostics: x.diagnostics)
                r.hash = hash
                r.fromCache = true
                return r
            }
            let outcome = try registry.read(path: path, bytes: bytes, limits: limits)
            let x = extractor.extract(outcome.document, referenceDate: referenceDate, deadline: ContinuousClock.now + timeLimit)
            // A file that ran out of time counts as failed: its facts are incomplete.
            let failed = x.diagnostics.contains { $0.severity == .error }
            var r = InputResult(path: path, extraction: failed ? nil : x, diagnostics: outcome.diagnostics + x.diagnostics)
            r.hash = hash
            return r
        } catch let e as ReadError {
            var r = InputResult(path: path, extraction: nil, diagnostics: [Diagnostic(id: e.id, severity: .error, file: path, message: e.reason)])
            r.hash = hash
            return r
        } catch {
            return InputResult(path: path, extraction: nil, diagnostics: [Diagnostic(id: "read.failed", severity: .error, file: path, message: "\(error)")])
        }
    }

    /// Reads and extracts many files, spread over the cores; results come back in the order of `paths`.
    public func process(paths: [String], referenceDate: Day?,
                        cache: @escaping @Sendable (String, String) -> DocumentExtraction? = { _, _ in nil }) -> [InputResult] {
        let box = ResultBox(count: paths.count)
        let progress = self.progress
        DispatchQueue.concurrentPerform(iterations: paths.count) { i in
            let done = box.set(i, process(path: paths[i], referenceDate: referenceDate, cache: cache))
            progress?(done, paths.count)
        }
        return box.values.compactMap { $0 }
    }
}

/// Collects results written from several threads.
final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var values: [InputResult?]
    private var done = 0
    init(count: Int) { values = Array(repeating: nil, count: count) }
    /// Stores a result; returns how many are stored.
    func set(_ i: Int, _ v: InputResult) -> Int {
        lock.lock()
        defer { lock.unlock() }
        values[i] = v
        done += 1
        return done
    }
}
