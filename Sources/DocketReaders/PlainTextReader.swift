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
        let doc = SourceDocument(path: path, format: format, text: text,
                                 blocks: verticalTables(tabTables(SourceDocument.lineBlocks(text), text), text))
        return ReadOutcome(document: doc, diagnostics: reflowed)
    }

    /// The range from `start` to `end` without the white space at either edge.
    static func trimmed(_ start: Int, _ end: Int, _ text: SourceText) -> SourceRange {
        var a = start, e = end
        while a < e, text.normalized[a].properties.isWhitespace { a += 1 }
        while e > a, text.normalized[e - 1].properties.isWhitespace { e -= 1 }
        return SourceRange(start: a, end: e)
    }

    /// A web page's table copied one cell to a line, each cell closed by a bar (序号 | / 重点工作 | / 责任单位 | /
    /// 完成时限 | / 1 | / 坚持服务跟着项目走… | / 招商工作部 | / 全年 | / 2 | …): the header's cells up to the first row's
    /// number 1 give the width, and each run of that many lines that opens with the next number is a row. The row's
    /// block spans its lines; its cells are the lines without their bars.
    static func verticalTables(_ blocks: [Block], _ text: SourceText) -> [Block] {
        /// The cell a line holds: the line without its closing bar, or nil where it is no such line.
        func cell(_ b: Block) -> SourceRange? {
            guard b.kind == .paragraph, b.range.length >= 1 else { return nil }
            let line = trimmed(b.range.start, b.range.end, text)
            guard line.length >= 1, text.normalized[line.end - 1] == "|" else { return nil }
            // (Only the closing bar: a line with bars between cells is a row of its own.)
            if (line.start..<(line.end - 1)).contains(where: { text.normalized[$0] == "|" }) { return nil }
            return trimmed(line.start, line.end - 1, text)
        }
        func number(_ r: SourceRange) -> Int? {
            guard r.length >= 1, r.length <= 3, (r.start..<r.end).allSatisfy({ ("0"..."9").contains(text.normalized[$0]) }) else { return nil }
            return Int(String(String.UnicodeScalarView(text.normalized[r.start..<r.end])))
        }
        var out: [Block] = []
        var tables = blocks.compactMap(\.origin.table).max() ?? 0
        var i = 0
        while i < blocks.count {
            // The header: short cells up to the line that holds 1, three columns or more.
            var width = 0
            while i + width < blocks.count, width <= 12, let c = cell(blocks[i + width]), number(c) != 1, c.length <= 12 { width += 1 }
            guard width >= 3, i + width < blocks.count, let first = cell(blocks[i + width]), number(first) == 1 else {
                out.append(blocks[i])
                i += 1
                continue
            }
            // The rows: each run of `width` cells opening with the next number.
            var rows: [[SourceRange]] = [(0..<width).compactMap { cell(blocks[i + $0]) }]
            var k = i + width
            while k + width <= blocks.count, let c = cell(blocks[k]), number(c) == rows.count {
                let row = (0..<width).compactMap { cell(blocks[k + $0]) }
                guard row.count == width else { break }
                rows.append(row)
                k += width
            }
            guard rows.count >= 2 else {
                out.append(blocks[i])
                i += 1
                continue
            }
            tables += 1
            for (n, row) in rows.enumerated() {
                let lines = blocks[(i + n * width)..<(i + (n + 1) * width)]
                let range = SourceRange(start: lines.first?.range.start ?? row[0].start, end: lines.last?.range.end ?? row[row.count - 1].end)
                out.append(Block(kind: .tableRow, range: range, cells: row,
                                 origin: BlockOrigin(paragraph: lines.first?.origin.paragraph ?? 0, table: tables, row: n + 1)))
            }
            i = k
        }
        return out
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
                out.append(trimmed(s, i, text))
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
