import DocketModel
import DocketXML
import Foundation
import ZIPFoundation

/// Reads a Word .docx: opens the package safely, builds a `WordModel`, then the document model.
public struct DocxReader: Reader {
    /// Creates the reader.
    public init() {}
    public var format: String { "docx" }
    public var extensions: [String] { ["docx", "docm"] }

    public func read(path: String, bytes: [UInt8], limits: ReadLimits) throws -> ReadOutcome {
        if bytes.isEmpty { throw ReadError(id: "read.empty", "the file is empty") }
        let package = try WordPackage(bytes: bytes, limits: limits)
        let model = try WordModel(package: package, limits: limits)
        var builder = DocumentBuilder()
        model.render(into: &builder)
        let doc = builder.document(path: path, format: format)
        var diags = model.notes.map { Diagnostic(id: $0.id, severity: .note, file: path, message: $0.message) }
        if let note = builder.reflowNote(path: path) { diags.append(note) }
        if doc.blocks.isEmpty {
            diags.append(Diagnostic(id: "read.no-text", severity: .warning, file: path, message: "the Word file holds no text"))
        }
        return ReadOutcome(document: doc, diagnostics: diags)
    }
}
