import DocketXML
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
        var out = "\u{FEFF}" + TaskTable.header.map(Self.cell).joined(separator: ",") + "\r\n"
        for t in r.tasks where !t.isReport { out += TaskTable.row(t).map(Self.cell).joined(separator: ",") + "\r\n" }
        return out
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

    /// Folds a content line at 75 octets without splitting a UTF-8 character.
    static func fold(_ line: String) -> String {
        var out = ""
        var count = 0
        if line.utf8.count <= 75 { return line + "\r\n" }
        for ch in line {
            let n = ch.utf8.count
            if count + n > 75 {
                out += "\r\n "
                count = 1
            }
            out.append(ch)
            count += n
        }
        return out + "\r\n"
    }

    /// Renders the report's dated tasks; the stamp is the as-of date, so the same batch gives the same bytes.
    public func render(_ r: ReportModel) -> String {
        let stamp = r.asOf.replacingOccurrences(of: "-", with: "") + "T000000Z"
        var out = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Docket//Task deadlines//ZH\r\nCALSCALE:GREGORIAN\r\n"
        for t in r.tasks where !t.isReport && t.deadlineDate.count == 10 {
            out += "BEGIN:VTODO\r\n"
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
        }
        return out + "END:VCALENDAR\r\n"
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
        // A quick scan of the bytes: markup characters, C0 controls, and 0xEF (which begins U+FFFE and U+FFFF).
        var needs = false
        for b in s.utf8 where b == 0x3C || b == 0x3E || b == 0x26 || b == 0x22 || b == 0x27 || b == 0xEF || (b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D) {
            needs = true
            break
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
                if (u.value < 0x20 && u != "\t" && u != "\n" && u != "\r") || u.value == 0xFFFE || u.value == 0xFFFF { continue }
                out.append(u)
            }
        }
        return String(out)
    }

    /// A worksheet whose cells refer to the shared strings: each row is a list of string indices (nil: empty cell).
    static func sheet(_ rows: [[Int?]]) -> Data {
        let sink = ByteSink()
        sink.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>")
        let columns = (0..<(rows.map(\.count).max() ?? 0)).map(column)
        for (r, row) in rows.enumerated() {
            let rn = String(r + 1)
            sink.append("<row r=\"")
            sink.append(rn)
            sink.append("\">")
            for (c, v) in row.enumerated() {
                guard let v else { continue }
                sink.append("<c r=\"")
                sink.append(columns[c])
                sink.append(rn)
                sink.append("\" t=\"s\"><v>")
                sink.append(String(v))
                sink.append("</v></c>")
            }
            sink.append("</row>")
        }
        sink.append("</sheetData></worksheet>")
        return Data(sink.bytes)
    }

    /// The shared strings part.
    static func sharedStrings(_ strings: [String]) -> Data {
        let sink = ByteSink()
        sink.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"")
        sink.append(String(strings.count))
        sink.append("\" uniqueCount=\"")
        sink.append(String(strings.count))
        sink.append("\">")
        for v in strings {
            sink.append("<si><t xml:space=\"preserve\">")
            sink.append(xmlEscape(v))
            sink.append("</t></si>")
        }
        sink.append("</sst>")
        return Data(sink.bytes)
    }

    /// The parts of the package, in order: (path, content). The sheets are built in parallel.
    ///
    /// Text is kept once in the shared strings table: the fixed labels first, then each task's cells as one
    /// block, which the summary sheet and every unit sheet that lists the task refer to.
    public func parts(_ r: ReportModel) throws -> [(String, Data)] {
        var strings = ["角色", "牵头", "配合"] + TaskTable.header
        let headerBase = 3
        var base: [ObjectIdentifier: Int] = [:]
        let checklist = r.tasks.filter { !$0.isReport }
        for t in checklist {
            base[ObjectIdentifier(t)] = strings.count
            strings += TaskTable.row(t)
        }
        let width = TaskTable.header.count
        func cells(_ t: TaskRow) -> [Int?] {
            guard let b = base[ObjectIdentifier(t)] else { return [] }
            return TaskTable.row(t).enumerated().map { $0.element.isEmpty ? nil : b + $0.offset }
        }
        let header: [Int?] = (0..<width).map { headerBase + $0 }
        var used = Set<String>()
        var sheets: [(name: String, rows: [[Int?]])] = []
        sheets.append((Self.sheetName("汇总", used: &used), [header] + checklist.map(cells)))
        for u in r.units {
            let rows = [[0] + header] + u.lead.map { [1] + cells($0) } + u.support.map { [2] + cells($0) }
            sheets.append((Self.sheetName(u.unit, used: &used), rows))
        }
        var parts: [(String, Data)] = []
        var types = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        types += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        types += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        types += "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        types += "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
        for i in sheets.indices {
            types += "<Override PartName=\"/xl/worksheets/sheet\(i + 1).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }
        types += "</Types>"
        parts.append(("[Content_Types].xml", Data(types.utf8)))
        parts.append(("_rels/.rels", Data("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>".utf8)))
        let wb = try XMLDocumentWriter()
        wb.start("workbook", [("xmlns", "http://schemas.openxmlformats.org/spreadsheetml/2006/main"),
                              ("xmlns:r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships")])
        wb.start("sheets")
        for (i, s) in sheets.enumerated() { wb.element("sheet", "", [("name", s.name), ("sheetId", String(i + 1)), ("r:id", "rId\(i + 1)")]) }
        wb.end()
        wb.end()
        parts.append(("xl/workbook.xml", Data(try wb.finish().utf8)))
        var rels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        for i in sheets.indices {
            rels += "<Relationship Id=\"rId\(i + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\(i + 1).xml\"/>"
        }
        rels += "<Relationship Id=\"rId\(sheets.count + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
        rels += "</Relationships>"
        parts.append(("xl/_rels/workbook.xml.rels", Data(rels.utf8)))
        parts.append(("xl/sharedStrings.xml", Self.sharedStrings(strings)))
        let built = SheetBox(count: sheets.count)
        let frozen = sheets
        DispatchQueue.concurrentPerform(iterations: frozen.count) { i in built.set(i, Self.sheet(frozen[i].rows)) }
        for (i, data) in built.values.enumerated() { parts.append(("xl/worksheets/sheet\(i + 1).xml", data)) }
        return parts
    }
}

/// Collects worksheets built on several threads.
final class SheetBox: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var values: [Data]
    init(count: Int) { values = Array(repeating: Data(), count: count) }
    func set(_ i: Int, _ v: Data) { lock.lock(); values[i] = v; lock.unlock() }
}
