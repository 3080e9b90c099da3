import DocketExtract
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

    /// Creates a pipeline with the standard readers and lexicon.
    public init(registry: ReaderRegistry = .standard, extractor: Extractor = Extractor(), limits: ReadLimits = ReadLimits()) {
        self.registry = registry
        self.extractor = extractor
        self.limits = limits
    }

    /// Reads and extracts one file; a file that cannot be read gives an error diagnostic, never a throw.
    public func process(path: String, referenceDate: Day?) -> InputResult {
        do {
            let outcome = try registry.read(path: path, limits: limits)
            let x = extractor.extract(outcome.document, referenceDate: referenceDate, deadline: ContinuousClock.now + timeLimit)
            // A file that ran out of time counts as failed: its facts are incomplete.
            let failed = x.diagnostics.contains { $0.severity == .error }
            return InputResult(path: path, extraction: failed ? nil : x, diagnostics: outcome.diagnostics + x.diagnostics)
        } catch let e as ReadError {
            return InputResult(path: path, extraction: nil, diagnostics: [Diagnostic(id: e.id, severity: .error, file: path, message: e.reason)])
        } catch {
            return InputResult(path: path, extraction: nil, diagnostics: [Diagnostic(id: "read.failed", severity: .error, file: path, message: "\(error)")])
        }
    }

    /// Reads and extracts many files, spread over the cores; results come back in the order of `paths`.
    public func process(paths: [String], referenceDate: Day?) -> [InputResult] {
        let box = ResultBox(count: paths.count)
        DispatchQueue.concurrentPerform(iterations: paths.count) { i in
            box.set(i, process(path: paths[i], referenceDate: referenceDate))
        }
        return box.values.compactMap { $0 }
    }
}

/// Collects results written from several threads.
final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var values: [InputResult?]
    init(count: Int) { values = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ v: InputResult) {
        lock.lock()
        values[i] = v
        lock.unlock()
    }
}
