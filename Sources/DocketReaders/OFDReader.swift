import DocketModel
import DocketXML

/// Reads an OFD file (GB/T 33190, the fixed-layout format of China's electronic official documents, 电子公文):
/// opens the package safely, reads each page's lines in reading order (`OFDLayout`), joins them into paragraphs
/// by where they stand on the page, then reads the text as a `.txt` is read.
///
/// The package names its document (OFD.xml → DocRoot), the document its pages in order (Document.xml → Pages),
/// each page its content (Content.xml). Only text objects are read: images, paths, page templates (a header or
/// footer drawn on every page) and annotations (seals, signatures) are not. A document whose pages hold no text
/// (a scan) is said to hold none.
public struct OFDReader: Reader {
    /// Creates the reader.
    public init() {}
    public var format: String { "ofd" }
    public var extensions: [String] { ["ofd"] }

    static func wanted(_ name: String) -> Bool {
        name == "OFD.xml" || name.hasSuffix("/Document.xml") || name.hasSuffix("/Content.xml")
    }

    /// A location in the package, from the folder of the part that names it (or from the root, with a leading /).
    static func resolve(_ loc: String, from folder: String) -> String {
        var parts = loc.hasPrefix("/") ? [] : folder.split(separator: "/").map(String.init)
        for p in loc.split(separator: "/") {
            if p == ".." { if !parts.isEmpty { parts.removeLast() } } else if p != "." { parts.append(String(p)) }
        }
        return parts.joined(separator: "/")
    }

    static func folder(of path: String) -> String {
        path.split(separator: "/").dropLast().joined(separator: "/")
    }

    public func read(path: String, bytes: [UInt8], limits: ReadLimits) throws -> ReadOutcome {
        if bytes.isEmpty { throw ReadError(id: "read.empty", "the file is empty") }
        let package = try ZipPackage(bytes: bytes, limits: limits, format: "ofd", wanted: Self.wanted)
        guard let ofd = try package.xml("OFD.xml", limits: limits) else {
            throw ReadError(id: "read.ofd-corrupt", "the package has no OFD.xml: it is not an OFD document")
        }
        guard let root = ofd.first("DocBody")?.first("DocRoot")?.text.trimmingCharacters(in: .whitespaces), !root.isEmpty else {
            throw ReadError(id: "read.ofd-corrupt", "OFD.xml names no document (DocBody/DocRoot)")
        }
        let docPath = Self.resolve(root, from: "")
        guard let document = try package.xml(docPath, limits: limits) else {
            throw ReadError(id: "read.ofd-corrupt", "the document \(docPath) that OFD.xml names is missing")
        }
        var lines: [OFDLayout.Line] = []
        var runsRead = 0
        for page in document.first("Pages")?.elements(named: "Page") ?? [] {
            guard let loc = page.attribute("BaseLoc") else { continue }
            guard let content = try package.xml(Self.resolve(loc, from: Self.folder(of: docPath)), limits: limits) else { continue }
            var layout = OFDLayout()
            if let body = content.first("Content") { try layout.read(content: body, runsRead: &runsRead) }
            lines += layout.lines
        }
        // (A paragraph that runs on over a page break goes on too.)
        let (text, joins) = OFDLayout.paragraphs(lines)
        guard text.contains(where: { !$0.isWhitespace }) else {
            throw ReadError(id: "read.ofd-no-text", "the OFD document holds no text (a scanned page?): run it through OCR or ask for the Word original")
        }
        var outcome = PlainTextReader.outcome(text, path: path, format: format)
        if joins > 0 {
            outcome.diagnostics.append(Diagnostic(id: "read.reflowed", severity: .note, file: path,
                                                  message: "the page's lines were joined into paragraphs by where they stand (\(joins) line breaks removed)"))
        }
        return outcome
    }
}
