import DocketModel

/// Reads a PDF's text layer through poppler's `pdftotext`, then as plain text.
///
/// Red-headed files reach a secretariat as PDFs more often than in any other form. pdftotext (Debian's
/// poppler-utils) gives their text in reading order, every paragraph broken into the lines of the page, with the
/// page numbers (- 3 -) between pages; the plain-text path joins the lines back into paragraphs (`HardWrap`) and
/// the extractor reads the text as it reads a .txt. pdftotext runs in its own process, on a private copy of the
/// file, for at most `seconds`; without it installed, a PDF is refused with what to do instead. A scanned PDF has
/// no text layer and is said to have none.
public struct PDFReader: Reader {
    /// The longest pdftotext may take on one file, in seconds.
    public var seconds: Double
    /// The tool that gives a PDF's text.
    var tool: ExternalTool

    /// Creates the reader.
    public init(seconds: Double = 30) {
        self.seconds = seconds
        self.tool = Self.pdftotext
    }
    public var format: String { "pdf" }
    public var extensions: [String] { ["pdf"] }

    /// pdftotext, on PATH (DOCKET_PDFTOTEXT may name its path instead).
    static let pdftotext = ExternalTool(name: "pdftotext", override: "DOCKET_PDFTOTEXT")

    public func read(path: String, bytes: [UInt8], limits: ReadLimits) throws -> ReadOutcome {
        if bytes.isEmpty { throw ReadError(id: "read.empty", "the file is empty") }
        // A PDF opens with %PDF- within its first kilobyte.
        guard bytes.prefix(1024).indices.contains(where: { i in i + 5 <= bytes.count && bytes[i..<(i + 5)].elementsEqual("%PDF-".utf8) }) else {
            throw ReadError(id: "read.pdf-invalid", "the file is not a PDF (no %PDF- header)")
        }
        guard let exe = tool.path else {
            throw ReadError(id: "read.unsupported-format",
                            "a PDF is read with pdftotext, which is not installed (Debian: apt-get install poppler-utils); or save the Word original as .docx, or copy the PDF's text into a .txt file")
        }
        let out = try tool.run(exe, arguments: ["-enc", "UTF-8", "-eol", "unix", "-nopgbrk", "-q", "{in}", "{out}"], input: bytes,
                                    seconds: seconds, maxBytes: limits.maxFileBytes)
        guard out.status == 0 else {
            throw ReadError(id: "read.pdf-invalid", "pdftotext cannot read the PDF (exit status \(out.status)): it is damaged or encrypted")
        }
        let text = String(decoding: out.bytes, as: UTF8.self)
        guard text.contains(where: { !$0.isWhitespace }) else {
            throw ReadError(id: "read.pdf-no-text", "the PDF has no text layer (a scanned page?): run it through OCR or ask for the Word original")
        }
        return PlainTextReader.outcome(text, path: path, format: format)
    }
}
