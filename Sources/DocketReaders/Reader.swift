import DocketModel

/// Limits on one input file, so that a pathological file cannot stall a batch.
public struct ReadLimits: Sendable {
    /// The largest file read, in bytes.
    public var maxFileBytes: Int
    /// The most bytes a .docx, .xlsx or .ofd may expand to, all entries together.
    public var maxUnzippedBytes: Int
    /// The largest expansion ratio allowed for one zip entry.
    public var maxZipRatio: Int
    /// The deepest element nesting read from XML or HTML.
    public var maxDepth: Int

    /// Creates limits; the defaults suit documents a secretariat receives.
    public init(maxFileBytes: Int = 16 << 20, maxUnzippedBytes: Int = 256 << 20, maxZipRatio: Int = 200, maxDepth: Int = 256) {
        self.maxFileBytes = maxFileBytes
        self.maxUnzippedBytes = maxUnzippedBytes
        self.maxZipRatio = maxZipRatio
        self.maxDepth = maxDepth
    }
}

/// What a reader gives back: the document and any diagnostics about it.
public struct ReadOutcome: Sendable {
    /// The document.
    public var document: SourceDocument
    /// Warnings and notes raised while reading.
    public var diagnostics: [Diagnostic]

    /// Creates an outcome.
    public init(document: SourceDocument, diagnostics: [Diagnostic] = []) {
        self.document = document
        self.diagnostics = diagnostics
    }
}

/// Turns the bytes of one file format into the document model.
public protocol Reader: Sendable {
    /// The format's short name (txt, md, html, docx).
    var format: String { get }
    /// The file extensions it reads, lower-case, without the dot.
    var extensions: [String] { get }
    /// Reads a file's bytes; throws a `ReadError` when the file cannot be read at all.
    func read(path: String, bytes: [UInt8], limits: ReadLimits) throws -> ReadOutcome
}
