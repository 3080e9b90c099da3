import DocketModel

/// Reads Markdown: ATX headings, bullet items, tables and paragraphs.
///
/// The document text is the file's text as decoded; block ranges leave out `#`, bullets and
/// table pipes. Ordered-list numbers stay in the block, since they are the enumeration a reader sees.
public struct MarkdownReader: Reader {
    /// Creates the reader.
    public init() {}
    public var format: String { "md" }
    public var extensions: [String] { ["md", "markdown"] }

    public func read(path: String, bytes: [UInt8], limits: ReadLimits) throws -> ReadOutcome {
        let decoded = try TextDecoder.decode(bytes)
        let (string, reflowed) = HardWrap.joined(decoded.text, path: path)
        let text = SourceText(string)
        var blocks: [Block] = []
        var tableCount = 0, rowInTable = 0, inTable = false
        for line in SourceDocument.lineBlocks(text) {
            var s = line.range.start
            let e = line.range.end
            let n = text.normalized
            let origin = BlockOrigin(paragraph: blocks.count + 1)
            if n[s] == "|" {
                if !inTable { tableCount += 1; rowInTable = 0; inTable = true }
                var cells: [SourceRange] = []
                var cellStart = s + 1
                var isRule = true
                for i in (s + 1)...e where i == e || n[i] == "|" {
                    var a = cellStart, b = i
                    while a < b, n[a] == " " { a += 1 }
                    while b > a, n[b - 1] == " " { b -= 1 }
                    if i < e || a < b { cells.append(SourceRange(start: a, end: b)) }
                    if !n[a..<b].allSatisfy({ $0 == "-" || $0 == ":" }) { isRule = false }
                    cellStart = i + 1
                }
                if isRule { continue }
                rowInTable += 1
                blocks.append(Block(kind: .tableRow, range: line.range, cells: cells,
                                    origin: BlockOrigin(paragraph: origin.paragraph, table: tableCount, row: rowInTable)))
                continue
            }
            inTable = false
            if n[s] == "#" {
                var level = 0
                while s < e, n[s] == "#" { level += 1; s += 1 }
                while s < e, n[s] == " " { s += 1 }
                if s < e { blocks.append(Block(kind: .heading, range: SourceRange(start: s, end: e), level: min(level, 6), origin: origin)) }
                continue
            }
            if s + 1 < e, n[s] == "-" || n[s] == "*" || n[s] == "+", n[s + 1] == " " {
                var indent = 0
                var k = line.range.start
                while k > 0, n[k - 1] == " " { indent += 1; k -= 1 }
                s += 2
                while s < e, n[s] == " " { s += 1 }
                blocks.append(Block(kind: .listItem, range: SourceRange(start: s, end: e), level: indent / 2 + 1, origin: origin))
                continue
            }
            if n[s] == ">" {
                s += 1
                while s < e, n[s] == " " { s += 1 }
                if s >= e { continue }
            }
            blocks.append(Block(kind: .paragraph, range: SourceRange(start: s, end: e), origin: origin))
        }
        let doc = SourceDocument(path: path, format: format, text: text, blocks: blocks)
        let diags = decoded.warnings.map { Diagnostic(id: "read.truncated-utf8", severity: .warning, file: path, message: $0) }
        return ReadOutcome(document: doc, diagnostics: diags + reflowed)
    }
}
