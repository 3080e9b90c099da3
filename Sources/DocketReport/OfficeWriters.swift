import Foundation

/// Cells of the task table shared by the CSV and the spreadsheet: one row per checklist task.
enum TaskTable {
    static let header = ["任务编号", "任务", "牵头单位", "配合单位", "完成时限", "截止日期", "状态", "逾期", "来源文件", "段落"]

    static func row(_ t: TaskRow) -> [String] {
        [t.id, t.text, t.leadText, t.supportText, t.deadlineText, t.deadlineDate, t.statusLabel, t.overdue ? "是" : "",
         t.document, String(t.paragraph)]
    }
}

/// `tasks.csv`: UTF-8 with a byte-order mark, so that Excel and WPS open the Chinese right; RFC 4180 quoting.
public struct CSVWriter: Sendable {
    /// Creates the writer.
    public init() {}

    /// A cell, quoted where needed; a cell that a spreadsheet would run as a formula (=, +, -, @) is prefixed with '.
    static func cell(_ s: String) -> String {
        var v = s
        if let f = v.utf8.first, f == 0x3D || f == 0x2B || f == 0x2D || f == 0x40 { v = "'" + v }
        if v.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) {
            var q = "\""
            for u in v.unicodeScalars {
                if u == "\"" { q += "\"\"" } else { q.unicodeScalars.append(u) }
            }
            return q + "\""
        }
        return v
    }

    /// Renders the checklist tasks of a report.
    public func render(_ r: ReportModel) -> String {
        let sink = ByteSink()
        try? write(r, into: sink) // a sink in memory does not fail
        return sink.string
    }

    /// Writes the checklist tasks of a report into a sink, row by row.
    public func write(_ r: ReportModel, into sink: ByteSink) throws {
        sink.append("\u{FEFF}" + TaskTable.header.map(Self.cell).joined(separator: ",") + "\r\n")
        for t in r.tasks where !t.isReport {
            sink.append(TaskTable.row(t).map(Self.cell).joined(separator: ",") + "\r\n")
            try sink.flushIfFull()
        }
    }
}

/// `deadlines.ics`: one VTODO per dated task (iCalendar, RFC 5545), CRLF lines folded at 75 octets.
public struct ICSWriter: Sendable {
    /// Creates the writer.
    public init() {}

    /// Escapes TEXT values: backslash, semicolon and comma get a backslash; a line break (CRLF or LF) becomes \\n.
    static func escape(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 == 0x5C || $0 == 0x3B || $0 == 0x2C || $0 == 0x0A || $0 == 0x0D }) else { return s }
        var out = String.UnicodeScalarView()
        var pendingCR = false
        for u in s.unicodeScalars {
            if pendingCR {
                pendingCR = false
                if u == "\n" { out.append(contentsOf: "\\n".unicodeScalars); continue }
                out.append("\r")
            }
            switch u {
            case "\\": out.append(contentsOf: "\\\\".unicodeScalars)
            case ";": out.append(contentsOf: "\\;".unicodeScalars)
            case ",": out.append(contentsOf: "\\,".unicodeScalars)
            case "\n": out.append(contentsOf: "\\n".unicodeScalars)
            case "\r": pendingCR = true
            default: out.append(u)
            }
        }
        if pendingCR { out.append("\r") }
        return String(out)
    }

    /// Folds a content line at 75 octets without splitting a UTF-8 character: a cut goes only before a byte that
    /// opens one (RFC 5545, 3.1).
    static func fold(_ line: String) -> String {
        if line.utf8.count <= 75 { return line + "\r\n" }
        var out: [UInt8] = []
        out.reserveCapacity(line.utf8.count + line.utf8.count / 70 * 3 + 2)
        var count = 0
        var line = line
        line.withUTF8 { u in
            var k = 0
            while k < u.count {
                var e = k + 1
                while e < u.count && u[e] & 0xC0 == 0x80 { e += 1 }
                if count + (e - k) > 75 {
                    out.append(contentsOf: [0x0D, 0x0A, 0x20])
                    count = 1
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: u[k..<e]))
                count += e - k
                k = e
            }
        }
        out.append(contentsOf: [0x0D, 0x0A])
        return String(decoding: out, as: UTF8.self)
    }

    /// Renders the report's dated tasks; the stamp is the as-of date, so the same batch gives the same bytes.
    public func render(_ r: ReportModel) -> String {
        let sink = ByteSink()
        try? write(r, into: sink) // a sink in memory does not fail
        return sink.string
    }

    /// Writes the report's dated tasks into a sink, one VTODO at a time.
    public func write(_ r: ReportModel, into sink: ByteSink) throws {
        let stamp = r.asOf.replacingOccurrences(of: "-", with: "") + "T000000Z"
        sink.append("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Docket//Task deadlines//ZH\r\nCALSCALE:GREGORIAN\r\n")
        for t in r.tasks where !t.isReport && t.deadlineDate.count == 10 {
            var out = "BEGIN:VTODO\r\n"
            out += Self.fold("UID:" + Self.escape(t.id) + "@docket")
            out += "DTSTAMP:\(stamp)\r\n"
            out += "DUE;VALUE=DATE:" + t.deadlineDate.filter { $0 != "-" } + "\r\n"
            out += Self.fold("SUMMARY:" + Self.escape(String(t.text.prefix(60))))
            var desc = t.text + "\n牵头：" + (t.leadText.isEmpty ? t.owner : t.leadText)
            if !t.supportText.isEmpty { desc += "\n配合：" + t.supportText }
            desc += "\n来源：\(t.document) 第\(t.paragraph)段"
            out += Self.fold("DESCRIPTION:" + Self.escape(desc))
            let status = t.done ? "COMPLETED" : t.status == "in_progress" ? "IN-PROCESS" : "NEEDS-ACTION"
            out += "STATUS:\(status)\r\n"
            out += "END:VTODO\r\n"
            sink.append(out)
            try sink.flushIfFull()
        }
        sink.append("END:VCALENDAR\r\n")
    }
}

/// `tasks.xlsx`, the 督办台账: a summary sheet and one sheet per unit, as SpreadsheetML in a zip.
public struct XLSXWriter: Sendable {
    /// Creates the writer.
    public init() {}

    /// A sheet name Excel accepts: at most 31 characters, none of []:*?/\, unique in the workbook.
    static func sheetName(_ s: String, used: inout Set<String>) -> String {
        var base = String(s.map { "[]:*?/\\".contains($0) ? "_" : $0 }.prefix(28))
        if base.isEmpty { base = "单位" }
        var name = base
        var n = 2
        while !used.insert(name).inserted { name = "\(base)-\(n)"; n += 1 }
        return name
    }

    static func column(_ i: Int) -> String {
        var n = i + 1, s = ""
        while n > 0 { s = String(UnicodeScalar(UInt8(65 + (n - 1) % 26))) + s; n = (n - 1) / 26 }
        return s
    }

    /// Escapes text for XML content and attributes, dropping characters XML 1.0 cannot hold.
    static func xmlEscape(_ s: String) -> String {
        // A quick scan of the bytes: markup characters, C0 controls, and U+FFFE and U+FFFF (EF BF BE/BF; the
        // full-width punctuation of Chinese text opens with EF too and needs nothing).
        var copy = s
        let needs = copy.withUTF8 { u -> Bool in
            for k in 0..<u.count {
                let b = u[k]
                if b >= 0x3F && b != 0xEF { continue }
                if b == 0x3C || b == 0x3E || b == 0x26 || b == 0x22 || b == 0x27 || (b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D) { return true }
                if b == 0xEF, k + 2 < u.count, u[k + 1] == 0xBF, u[k + 2] == 0xBE || u[k + 2] == 0xBF { return true }
            }
            return false
        }
        guard needs else { return s }
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            switch u {
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "\"": out.append(contentsOf: "&quot;".unicodeScalars)
            case "'": out.append(contentsOf: "&apos;".unicodeScalars)
            default:
                if !XMLText.allowed(u) { continue }
                out.append(u)
            }
        }
        return String(out)
    }

    /// A row of a worksheet, compact (a province's workbook has close to a million rows): the shared string of its
    /// role cell (or -1 for none), the first shared string of its cells, which follow one another, and a bit for
    /// each cell that is empty (left out).
    struct SheetRow {
        var role: Int32
        var base: Int32
        var empty: UInt16
    }

    /// A worksheet whose cells refer to the shared strings.
    static func sheet(_ rows: [SheetRow], width: Int) -> Data {
        let sink = ByteSink()
        try? sheet(rows, width: width, into: sink) // a sink in memory does not fail
        return Data(sink.bytes)
    }

    /// Writes a worksheet into a sink.
    static func sheet(_ rows: [SheetRow], width: Int, into sink: ByteSink) throws {
        sink.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>")
        let columns = (0...width).map(column)
        func cell(_ col: Int, _ rn: String, _ v: Int32) {
            sink.append("<c r=\"")
            sink.append(columns[col])
            sink.append(rn)
            sink.append("\" t=\"s\"><v>")
            sink.append(String(v))
            sink.append("</v></c>")
        }
        for (r, row) in rows.enumerated() {
            let rn = String(r + 1)
            sink.append("<row r=\"")
            sink.append(rn)
            sink.append("\">")
            let first = row.role >= 0 ? 1 : 0
            if row.role >= 0 { cell(0, rn, row.role) }
            for c in 0..<width where row.empty & (1 << UInt16(c)) == 0 { cell(first + c, rn, row.base + Int32(c)) }
            sink.append("</row>")
            try sink.flushIfFull()
        }
        sink.append("</sheetData></worksheet>")
    }

    /// The shared strings part: the fixed labels, then each task's cells in turn (made as they are written, so
    /// that a province's table is never held as a list of strings).
    static func sharedStrings(_ labels: [String], _ tasks: [TaskRow] = []) -> Data {
        let sink = ByteSink()
        try? sharedStrings(labels, tasks, into: sink) // a sink in memory does not fail
        return Data(sink.bytes)
    }

    /// Writes the shared strings part into a sink.
    static func sharedStrings(_ labels: [String], _ tasks: [TaskRow], into sink: ByteSink) throws {
        let count = String(labels.count + tasks.count * TaskTable.header.count)
        sink.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"")
        sink.append(count)
        sink.append("\" uniqueCount=\"")
        sink.append(count)
        sink.append("\">")
        func item(_ v: String) {
            sink.append("<si><t xml:space=\"preserve\">")
            sink.append(xmlEscape(v))
            sink.append("</t></si>")
        }
        for v in labels { item(v) }
        for t in tasks {
            for v in TaskTable.row(t) { item(v) }
            try sink.flushIfFull()
        }
        sink.append("</sst>")
    }

    /// A part of the package: its path and what writes its content into a sink.
    public typealias Part = (path: String, write: @Sendable (ByteSink) throws -> Void)

    /// The parts of the package, in order. Each part writes itself into a sink when asked, so that a packer can
    /// deflate the parts in parallel as they are written, never holding a whole sheet.
    ///
    /// Text is kept once in the shared strings table: the fixed labels first, then each task's cells as one
    /// block, which the summary sheet and every unit sheet that lists the task refer to.
    public func parts(_ r: ReportModel) throws -> [Part] {
        let labels = ["角色", "牵头", "配合"] + TaskTable.header
        let headerBase: Int32 = 3
        var rowOf: [ObjectIdentifier: SheetRow] = [:]
        let checklist = r.tasks.filter { !$0.isReport }
        var next = Int32(labels.count)
        for t in checklist {
            var empty: UInt16 = 0
            for (c, v) in TaskTable.row(t).enumerated() where v.isEmpty { empty |= 1 << UInt16(c) }
            rowOf[ObjectIdentifier(t)] = SheetRow(role: -1, base: next, empty: empty)
            next += Int32(TaskTable.header.count)
        }
        let width = TaskTable.header.count
        func row(_ t: TaskRow, role: Int32) -> SheetRow? { rowOf[ObjectIdentifier(t)].map { SheetRow(role: role, base: $0.base, empty: $0.empty) } }
        var used = Set<String>()
        var sheets: [(name: String, rows: [SheetRow])] = []
        sheets.append((Self.sheetName("汇总", used: &used), [SheetRow(role: -1, base: headerBase, empty: 0)] + checklist.compactMap { row($0, role: -1) }))
        for u in r.units {
            let rows = [SheetRow(role: 0, base: headerBase, empty: 0)] + u.lead.compactMap { row($0, role: 1) } + u.support.compactMap { row($0, role: 2) }
            sheets.append((Self.sheetName(u.unit, used: &used), rows))
        }
        var parts: [Part] = []
        func text(_ path: String, _ s: String) { parts.append((path, { $0.append(s) })) }
        var types = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        types += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        types += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        types += "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        types += "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
        for i in sheets.indices {
            types += "<Override PartName=\"/xl/worksheets/sheet\(i + 1).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }
        types += "</Types>"
        text("[Content_Types].xml", types)
        text("_rels/.rels", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"))
        let workbook = ByteSink()
        var wb = XMLText(workbook)
        wb.start("workbook", [("xmlns", "http://schemas.openxmlformats.org/spreadsheetml/2006/main"),
                              ("xmlns:r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships")])
        wb.start("sheets")
        for (i, s) in sheets.enumerated() { wb.element("sheet", "", [("name", s.name), ("sheetId", String(i + 1)), ("r:id", "rId\(i + 1)")]) }
        wb.end()
        wb.end()
        text("xl/workbook.xml", workbook.string)
        var rels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        for i in sheets.indices {
            rels += "<Relationship Id=\"rId\(i + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\(i + 1).xml\"/>"
        }
        rels += "<Relationship Id=\"rId\(sheets.count + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
        rels += "</Relationships>"
        text("xl/_rels/workbook.xml.rels", rels)
        parts.append(("xl/sharedStrings.xml", { try Self.sharedStrings(labels, checklist, into: $0) }))
        for (i, sheet) in sheets.enumerated() {
            let rows = sheet.rows
            parts.append(("xl/worksheets/sheet\(i + 1).xml", { try Self.sheet(rows, width: width, into: $0) }))
        }
        return parts
    }
}

