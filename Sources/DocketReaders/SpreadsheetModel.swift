import DocketModel
import DocketXML

/// An Excel workbook as a typed model: its visible sheets in order, each a grid of cell texts with merged
/// cells resolved.
///
/// A 督办台账 or 任务分解表 kept in Excel has a title row merged across the table, a header row (序号 重点任务
/// 牵头单位 配合单位 完成时限 进展情况), and rows whose unit or section cells are merged down over several
/// tasks. Cell values are read as a person sees them: shared and inline strings, numbers without a spurious
/// ".0", and dates (a serial number in a date format) written as 2025年6月30日, so that the extractor reads
/// a deadline column as it reads a Word table.
struct SpreadsheetModel {
    /// One sheet.
    struct Sheet {
        /// The sheet's name (its tab).
        var name: String
        /// The rows that hold a value, in order; each row as wide as the widest.
        var rows: [[String]]
        /// Each row's number in the sheet (1-based, as Excel shows it).
        var rowNumbers: [Int]
        /// For each row, whether its only value lies in a merged range that spans the whole width (a title or a
        /// section row such as 一、经济发展).
        var spansWidth: [Bool]
    }

    /// The most cells read from one workbook (all sheets), so that a sheet with a million empty-styled rows
    /// cannot stall a batch.
    static let maxCells = 2_000_000
    /// The widest sheet read, in columns.
    static let maxColumns = 256

    var sheets: [Sheet] = []

    init(package: ZipPackage, limits: ReadLimits) throws {
        guard let workbook = try package.xml("xl/workbook.xml", limits: limits) else {
            throw ReadError(id: "read.xlsx-corrupt", "the package has no xl/workbook.xml: it is not an Excel workbook")
        }
        let rels = try package.xml("xl/_rels/workbook.xml.rels", limits: limits)
        var targets: [String: String] = [:]
        for r in rels?.elements(named: "Relationship") ?? [] {
            guard let id = r.attribute("Id"), let target = r.attribute("Target") else { continue }
            targets[id] = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
        }
        let strings = try Self.sharedStrings(package.xml("xl/sharedStrings.xml", limits: limits))
        let dates = try Self.dateStyles(package.xml("xl/styles.xml", limits: limits))
        let date1904 = workbook.first("workbookPr")?.attribute("date1904").map { $0 == "1" || $0 == "true" } ?? false
        var cellsRead = 0
        for (k, sheet) in (workbook.first("sheets")?.elements(named: "sheet") ?? []).enumerated() {
            if let state = sheet.attribute("state"), state != "visible" { continue }
            let name = sheet.attribute("name") ?? "Sheet\(k + 1)"
            let part = sheet.attribute("id").flatMap { targets[$0] } ?? "xl/worksheets/sheet\(k + 1).xml"
            guard let xml = try package.xml(part, limits: limits) else { continue }
            if let s = try Self.sheet(xml, name: name, strings: strings, dates: dates, date1904: date1904, cellsRead: &cellsRead) {
                sheets.append(s)
            }
        }
    }

    /// The shared strings table: each item's text (rich-text runs joined, phonetic guides left out).
    static func sharedStrings(_ xml: XMLElement?) throws -> [String] {
        (xml?.elements(named: "si") ?? []).map(inlineText)
    }

    /// The text of a string item (`si`, `is`): its `t`, or its runs' `t`s; `rPh` (phonetic guides) is skipped.
    static func inlineText(_ e: XMLElement) -> String {
        if let t = e.first("t") { return t.text }
        return e.elements(named: "r").compactMap { $0.first("t")?.text }.joined()
    }

    /// For each cell style (index into cellXfs), whether its number format shows a date.
    static func dateStyles(_ xml: XMLElement?) throws -> [Bool] {
        guard let xml else { return [] }
        var custom: [Int: String] = [:]
        for f in xml.first("numFmts")?.elements(named: "numFmt") ?? [] {
            if let id = f.attribute("numFmtId").flatMap({ Int($0) }) { custom[id] = f.attribute("formatCode") ?? "" }
        }
        return (xml.first("cellXfs")?.elements(named: "xf") ?? []).map { xf in
            let id = xf.attribute("numFmtId").flatMap { Int($0) } ?? 0
            if let code = custom[id] { return isDateFormat(code) }
            // Built-in date formats, with those Chinese Excel numbers 27–36 and 50–58 (yyyy"年"m"月"d"日" …).
            return (14...17).contains(id) || id == 22 || (27...36).contains(id) || (50...58).contains(id)
        }
    }

    /// Whether a format code shows a date: it has a year, month or day field outside quotes and brackets
    /// (a colour [Red] or a literal "年" is no field).
    static func isDateFormat(_ code: String) -> Bool {
        var quoted = false, bracket = false, escaped = false
        for c in code.lowercased() {
            if escaped { escaped = false; continue }
            switch c {
            case "\\": escaped = true
            case "\"": quoted.toggle()
            case "[": if !quoted { bracket = true }
            case "]": if !quoted { bracket = false }
            case "y", "d", "e": if !quoted && !bracket { return true }
            default: break
            }
        }
        return false
    }

    /// The column (0-based) and row (1-based) of a reference such as `C12`.
    static func position(_ ref: String) -> (column: Int, row: Int)? {
        var column = 0, row = 0, letters = 0
        for u in ref.unicodeScalars {
            switch u.value {
            case 0x41...0x5A where row == 0: column = column * 26 + Int(u.value - 0x40); letters += 1
            case 0x61...0x7A where row == 0: column = column * 26 + Int(u.value - 0x60); letters += 1
            case 0x30...0x39: row = row * 10 + Int(u.value - 0x30)
            default: return nil
            }
            if letters > 3 || row > 1_048_576 { return nil }
        }
        guard letters > 0, row > 0 else { return nil }
        return (column - 1, row)
    }

    /// A number as a person reads it in the cell: 12, 3.5, 0.25 (no trailing .0, no exponent for ordinary values).
    static func number(_ v: String) -> String {
        guard let d = Double(v), d.isFinite else { return v }
        if d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) }
        return v
    }

    /// A date cell's serial number as 2025年6月30日 (days since 1899-12-30, or 1904-01-01 in a 1904 workbook).
    static func date(_ v: String, date1904: Bool) -> String? {
        guard let d = Double(v), d.isFinite, d >= 1, d < 2_958_466 else { return nil }
        let day = Day(ordinal: Int(d.rounded(.down)) - (date1904 ? 24_107 : 25_569))
        return "\(day.year)年\(day.month)月\(day.day)日"
    }

    /// Reads one worksheet; nil when it holds no value.
    static func sheet(_ xml: XMLElement, name: String, strings: [String], dates: [Bool], date1904: Bool,
                      cellsRead: inout Int) throws -> Sheet? {
        var values: [Int: [Int: String]] = [:]   // row → column → text
        var width = 0
        var nextRow = 1
        for row in xml.first("sheetData")?.elements(named: "row") ?? [] {
            let r = row.attribute("r").flatMap { Int($0) } ?? nextRow
            nextRow = r + 1
            var nextColumn = 0
            for c in row.elements(named: "c") {
                cellsRead += 1
                if cellsRead > maxCells {
                    throw ReadError(id: "read.too-large", "the workbook holds more than \(maxCells) cells")
                }
                let pos = c.attribute("r").flatMap(position) ?? (nextColumn, r)
                nextColumn = pos.column + 1
                // A task table is a few dozen columns wide; a value far to the right is a stray note.
                guard pos.column < maxColumns else { continue }
                let raw = c.first("v")?.text ?? ""
                let text: String
                switch c.attribute("t") ?? "n" {
                case "s": text = Int(raw).flatMap { $0 >= 0 && $0 < strings.count ? strings[$0] : nil } ?? ""
                case "inlineStr": text = c.first("is").map(inlineText) ?? ""
                case "str", "e": text = raw
                case "b": text = raw == "1" ? "TRUE" : "FALSE"
                default:
                    let style = c.attribute("s").flatMap { Int($0) } ?? 0
                    if raw.isEmpty { text = "" } else if style < dates.count, dates[style], let d = date(raw, date1904: date1904) {
                        text = d
                    } else { text = number(raw) }
                }
                guard !text.allSatisfy(\.isWhitespace) else { continue }
                values[r, default: [:]][pos.column] = text
                width = max(width, pos.column + 1)
            }
        }
        guard !values.isEmpty, width > 0 else { return nil }
        // The rows that hold a value, in order (a sheet may skip rows, or hold a stray value a thousand rows down).
        let numbers = values.keys.sorted()
        var index: [Int: Int] = [:]
        for (i, n) in numbers.enumerated() { index[n] = i }
        var rows = numbers.map { r in (0..<width).map { values[r]?[$0] ?? "" } }
        var spans = Array(repeating: false, count: rows.count)
        // Merged ranges: the top-left value is carried down a merge that runs over rows (a unit or section cell), and a
        // merge over the whole width marks a title or section row.
        // (Carrying values down is bounded as reading cells is: a sheet of many long merges stays cheap.)
        var carried = 0
        for m in xml.first("mergeCells")?.elements(named: "mergeCell") ?? [] where carried < maxCells {
            let parts = (m.attribute("ref") ?? "").split(separator: ":").map(String.init)
            guard parts.count == 2, let a = position(parts[0]), let b = position(parts[1]), let top = index[a.row],
                  a.column < width, b.row >= a.row, b.column >= a.column else { continue }
            let value = rows[top][a.column]
            for r in numbers[(top + 1)...].prefix(while: { $0 <= b.row }) {
                carried += 1
                if let i = index[r], rows[i][a.column].isEmpty { rows[i][a.column] = value }
            }
            if a.column == 0, b.column >= width - 1, a.row == b.row, width > 1, rows[top].dropFirst().allSatisfy(\.isEmpty) {
                spans[top] = true
            }
        }
        return Sheet(name: name, rows: rows, rowNumbers: numbers, spansWidth: spans)
    }
}
