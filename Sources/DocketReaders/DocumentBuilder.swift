import DocketModel

/// Builds a document's text block by block, so that each block's range is known exactly.
///
/// Readers of structured formats (HTML, Word) produce their text through it: blocks are
/// joined with newlines, and the JSON spans refer to the text built here.
struct DocumentBuilder {
    private var scalars = String.UnicodeScalarView()
    private var count = 0
    private(set) var blocks: [Block] = []
    private var tableCount = 0
    /// Plain paragraphs not yet added: a run of them is joined back into paragraphs when it is hard-wrapped (a Word
    /// file or a page made from a PDF keeps each line of the page as a paragraph, or breaks them with <br>).
    private var pending: [String] = []
    /// Line breaks removed by joining hard-wrapped runs (the reader says so in a note).
    private(set) var reflowJoins = 0

    /// Collapses runs of white space to one space and trims the ends.
    static func clean(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for u in s.unicodeScalars {
            if u.properties.isWhitespace || u == "\u{00A0}" {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(" "); pendingSpace = false }
            out.append(u)
        }
        return String(out)
    }

    private mutating func append(_ s: String) -> SourceRange {
        if count > 0 { scalars.append("\n"); count += 1 }
        let start = count
        for u in s.unicodeScalars { scalars.append(u); count += 1 }
        return SourceRange(start: start, end: count)
    }

    /// Adds a paragraph, heading or list item; blank text is skipped. A plain paragraph (`reflowable`: not numbered
    /// by the format) may be joined with the ones after it when their run is hard-wrapped.
    mutating func add(_ kind: BlockKind, _ raw: String, level: Int? = nil, reflowable: Bool = true) {
        let s = Self.clean(raw)
        guard !s.isEmpty else { return }
        if kind == .paragraph, level == nil, reflowable {
            pending.append(s)
            return
        }
        flush()
        addBlock(kind, s, level: level)
    }

    private mutating func addBlock(_ kind: BlockKind, _ s: String, level: Int?) {
        let r = append(s)
        blocks.append(Block(kind: kind, range: r, level: level, origin: BlockOrigin(paragraph: blocks.count + 1)))
    }

    /// Adds the pending plain paragraphs, joined where their run is hard-wrapped.
    private mutating func flush() {
        guard !pending.isEmpty else { return }
        var lines = pending
        pending = []
        if lines.count > 1, let r = HardWrap.reflow(lines.joined(separator: "\n")) {
            reflowJoins += r.joins
            lines = r.text.split(separator: "\n").map { Self.clean(String($0)) }.filter { !$0.isEmpty }
        }
        for line in lines { addBlock(.paragraph, line, level: nil) }
    }

    /// Adds a full-width row of the current table (a section row such as 一、支持企业稳定发展).
    mutating func addTableSection(_ raw: String, row: Int) {
        flush()
        let s = Self.clean(raw)
        guard !s.isEmpty else { return }
        let r = append(s)
        blocks.append(Block(kind: .heading, range: r, origin: BlockOrigin(paragraph: blocks.count + 1, table: max(tableCount, 1), row: row)))
    }

    /// Starts a new table; rows added after belong to it.
    mutating func startTable() {
        flush()
        tableCount += 1
    }

    /// Adds a table row; cells are joined with a tab in the text.
    mutating func addRow(_ cells: [String], row: Int) {
        flush()
        let cleaned = cells.map(Self.clean)
        guard cleaned.contains(where: { !$0.isEmpty }) else { return }
        if count > 0 { scalars.append("\n"); count += 1 }
        let start = count
        var ranges: [SourceRange] = []
        for (i, c) in cleaned.enumerated() {
            if i > 0 { scalars.append("\t"); count += 1 }
            let cs = count
            for u in c.unicodeScalars { scalars.append(u); count += 1 }
            ranges.append(SourceRange(start: cs, end: count))
        }
        blocks.append(Block(kind: .tableRow, range: SourceRange(start: start, end: count), cells: ranges,
                            origin: BlockOrigin(paragraph: blocks.count + 1, table: max(tableCount, 1), row: row)))
    }

    /// The finished document.
    mutating func document(path: String, format: String) -> SourceDocument {
        flush()
        return SourceDocument(path: path, format: format, text: SourceText(String(scalars)), blocks: blocks)
    }

    /// The note a reader gives when hard-wrapped runs were joined, if any were.
    func reflowNote(path: String) -> Diagnostic? {
        guard reflowJoins > 0 else { return nil }
        return Diagnostic(id: "read.reflowed", severity: .note, file: path,
                          message: "lines wrapped at one width were joined into paragraphs (\(reflowJoins) line breaks removed); positions refer to the joined text")
    }
}
