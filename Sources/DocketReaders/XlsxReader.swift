import DocketModel
import DocketXML

/// Reads an Excel .xlsx workbook (a 督办台账, a 任务分解表): opens the package safely, builds a
/// `SpreadsheetModel`, then the document model.
///
/// Each visible sheet becomes a table: the rows above it that hold one value (a title, an office, a date) are
/// paragraphs, a row inside it whose one value spans the sheet's width is a section (a heading row, as in a Word
/// table), every other row a table row with its merged cells filled in. Where a workbook has several sheets with names of their own (not Sheet1), each
/// sheet's name opens its table as a heading.
public struct XlsxReader: Reader {
    /// Creates the reader.
    public init() {}
    public var format: String { "xlsx" }
    public var extensions: [String] { ["xlsx", "xlsm"] }

    static func wanted(_ name: String) -> Bool {
        name == "xl/workbook.xml" || name == "xl/_rels/workbook.xml.rels" || name == "xl/sharedStrings.xml"
            || name == "xl/styles.xml" || (name.hasPrefix("xl/worksheets/") && name.hasSuffix(".xml") && !name.contains("/_rels/"))
    }

    public func read(path: String, bytes: [UInt8], limits: ReadLimits) throws -> ReadOutcome {
        if bytes.isEmpty { throw ReadError(id: "read.empty", "the file is empty") }
        let package = try ZipPackage(bytes: bytes, limits: limits, format: "xlsx", wanted: Self.wanted)
        let model = try SpreadsheetModel(package: package, limits: limits)
        var builder = DocumentBuilder()
        let named = model.sheets.count > 1 && model.sheets.contains { !Self.isDefaultName($0.name) }
        for sheet in model.sheets {
            if named { builder.add(.heading, sheet.name, level: 1) }
            Self.render(sheet, into: &builder)
        }
        let doc = builder.document(path: path, format: format)
        var diags: [Diagnostic] = builder.reflowNote(path: path).map { [$0] } ?? []
        if doc.blocks.isEmpty {
            diags.append(Diagnostic(id: "read.no-text", severity: .warning, file: path, message: "the workbook holds no text"))
        }
        return ReadOutcome(document: doc, diagnostics: diags)
    }

    /// Sheet1, 工作表1, Sheet 2: a name Excel or WPS gave, which says nothing.
    static func isDefaultName(_ name: String) -> Bool {
        let n = name.replacingOccurrences(of: " ", with: "").lowercased()
        for prefix in ["sheet", "工作表"] where n.hasPrefix(prefix) {
            return n.dropFirst(prefix.count).allSatisfy(\.isNumber)
        }
        return false
    }

    /// One sheet: title rows above the table as paragraphs, then the table.
    static func render(_ sheet: SpreadsheetModel.Sheet, into b: inout DocumentBuilder) {
        var r = 0
        // Rows above the table that hold one value: the title, the issuing office, a date line.
        while r < sheet.rows.count, sheet.spansWidth[r] || sheet.rows[r].filter({ !$0.isEmpty }).count == 1 {
            b.add(.paragraph, sheet.rows[r].first { !$0.isEmpty } ?? "")
            r += 1
        }
        guard r < sheet.rows.count else { return }
        b.startTable()
        // (Rows keep their numbers in the sheet, so that a report's 表1第12行 is the row Excel shows as 12.)
        for (k, row) in sheet.rows[r...].enumerated() {
            if sheet.spansWidth[r + k] {
                b.addTableSection(row[0], row: sheet.rowNumbers[r + k])
            } else {
                b.addRow(row, row: sheet.rowNumbers[r + k])
            }
        }
    }
}
