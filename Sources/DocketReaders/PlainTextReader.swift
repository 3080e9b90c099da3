import DocketModel

/// Reads plain text: one block per non-blank line.
public struct PlainTextReader: Reader {
    /// Creates the reader.
    public init() {}
    public var format: String { "txt" }
    public var extensions: [String] { ["txt", "text"] }

    public func read(path: String, bytes: [UInt8], limits: ReadLimits) throws -> ReadOutcome {
        let decoded = try TextDecoder.decode(bytes)
        let outcome = Self.outcome(decoded.text, path: path, format: format)
        let diags = decoded.warnings.map { Diagnostic(id: "read.truncated-utf8", severity: .warning, file: path, message: $0) }
        return ReadOutcome(document: outcome.document, diagnostics: diags + outcome.diagnostics)
    }

    /// The document of a decoded text (also the text a PDF gives): hard-wrapped lines joined, one block per line,
    /// runs of tab- or bar-separated lines as table rows.
    static func outcome(_ decoded: String, path: String, format: String) -> ReadOutcome {
        let (string, reflowed) = HardWrap.joined(decoded, path: path)
        let text = SourceText(string)
        let doc = SourceDocument(path: path, format: format, text: text, blocks: tabTables(SourceDocument.lineBlocks(text), text))
        return ReadOutcome(document: doc, diagnostics: reflowed)
    }

    /// Lines copied from a spreadsheet or a Word table keep their cells apart with tabs (序号⇥重点任务⇥牵头单位⇥完成时限),
    /// or with bars in a table copied from a web page or Markdown (序号 | 重点工作 | 责任单位 | 完成时限 |): two or more
    /// lines in a row that each hold at least three cells (or two in a frame of bars) become the rows of a table. A bar row's empty edge cells are
    /// its frame, and a rule row (|---|---|) stays in the table with no cells.
    static func tabTables(_ blocks: [Block], _ text: SourceText) -> [Block] {
        func split(_ b: Block, on sep: Unicode.Scalar) -> [SourceRange] {
            var out: [SourceRange] = []
            var s = b.range.start
            for i in b.range.start...b.range.end where i == b.range.end || text.normalized[i] == sep {
                var a = s, e = i
                while a < e, text.normalized[a].properties.isWhitespace { a += 1 }
                while e > a, text.normalized[e - 1].properties.isWhitespace { e -= 1 }
                out.append(SourceRange(start: a, end: e))
                s = i + 1
            }
            return out
        }
        func cells(_ b: Block) -> [SourceRange]? {
            var tabs = 0, bars = 0
            for i in b.range.start..<b.range.end {
                if text.original[i] == "\t" { tabs += 1 } else if text.normalized[i] == "|" { bars += 1 }
            }
            if tabs >= 2 { return split(b, on: "\t") }
            guard bars >= 2 else { return nil }
            var out = split(b, on: "|")
            if out.last?.length == 0 { out.removeLast() }
            if out.first?.length == 0 { out.removeFirst() }
            // (A framed bar row of two cells is a row too: 内容概述 | … |.)
            return out.count >= 2 ? out : nil
        }
        func isRule(_ c: [SourceRange]) -> Bool {
            c.allSatisfy { r in r.length > 0 && (r.start..<r.end).allSatisfy { "-:—".unicodeScalars.contains(text.normalized[$0]) } }
        }
        var out = blocks
        var tables = 0
        var i = 0
        while i < out.count {
            // The rows of a run, each split once.
            var rows: [[SourceRange]] = []
            while i + rows.count < out.count, out[i + rows.count].kind == .paragraph, let c = cells(out[i + rows.count]) { rows.append(c) }
            if rows.count >= 2 {
                tables += 1
                var row = 0
                for (k, c) in rows.enumerated() {
                    let rule = isRule(c)
                    if !rule { row += 1 }
                    out[i + k] = Block(kind: .tableRow, range: out[i + k].range, cells: rule ? [] : c,
                                       origin: BlockOrigin(paragraph: out[i + k].origin.paragraph, table: tables, row: row))
                }
            }
            i += max(rows.count, 1)
        }
        return out
    }
}
