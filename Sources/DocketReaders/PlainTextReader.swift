import DocketModel

/// Reads plain text: one block per non-blank line.
public struct PlainTextReader: Reader {
    /// Creates the reader.
    public init() {}
    public var format: String { "txt" }
    public var extensions: [String] { ["txt", "text"] }

    public func read(path: String, bytes: [UInt8], limits: ReadLimits) throws -> ReadOutcome {
        let decoded = try TextDecoder.decode(bytes)
        let text = SourceText(decoded.text)
        let doc = SourceDocument(path: path, format: format, text: text, blocks: SourceDocument.lineBlocks(text))
        let diags = decoded.warnings.map { Diagnostic(id: "read.truncated-utf8", severity: .warning, file: path, message: $0) }
        return ReadOutcome(document: doc, diagnostics: diags)
    }
}
