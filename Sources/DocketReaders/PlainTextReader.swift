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
        let doc = SourceDocument(path: path, format: format, text: text, blocks: Self.tabTables(SourceDocument.lineBlocks(text), text))
        let diags = decoded.warnings.map { Diagnostic(id: "read.truncated-utf8", severity: .warning, file: path, message: $0) }
        return ReadOutcome(document: doc, diagnostics: diags)
    }

    /// Lines copied from a spreadsheet or a Word table keep their cells apart with tabs (序号⇥重点任务⇥牵头单位⇥完成时限):
    /// two or more lines in a row that each hold at least three tab-separated cells become the rows of a table.
    static func tabTables(_ blocks: [Block], _ text: SourceText) -> [Block] {
        func cells(_ b: Block) -> [SourceRange]? {
            var out: [SourceRange] = []
            var s = b.range.start
            for i in b.range.start...b.range.end where i == b.range.end || text.original[i] == "\t" {
                var a = s, e = i
                while a < e, text.normalized[a].properties.isWhitespace { a += 1 }
                while e > a, text.normalized[e - 1].properties.isWhitespace { e -= 1 }
                out.append(SourceRange(start: a, end: e))
                s = i + 1
            }
            return out.count >= 3 ? out : nil
        }
        var out = blocks
        var tables = 0
        var i = 0
        while i < out.count {
            var j = i
            while j < out.count, out[j].kind == .paragraph, cells(out[j]) != nil { j += 1 }
            if j - i >= 2 {
                tables += 1
                for k in i..<j {
                    out[k] = Block(kind: .tableRow, range: out[k].range, cells: cells(out[k]) ?? [],
                                   origin: BlockOrigin(paragraph: out[k].origin.paragraph, table: tables, row: k - i + 1))
                }
            }
            i = max(j, i + 1)
        }
        return out
    }
}
