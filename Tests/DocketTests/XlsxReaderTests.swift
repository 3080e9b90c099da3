import Foundation
import Testing
@testable import Docket
@testable import DocketExtract
@testable import DocketModel
@testable import DocketReaders
import DocketReport

/// Excel workbooks (a 督办台账 or 任务分解表 kept in Excel), built by the test from their XML parts.
@Suite struct XlsxReaderTests {
    static let main = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""

    /// A workbook of sheets (name, sheetData rows, merge refs), shared strings, and cell styles (numFmtIds).
    static func workbook(sheets: [(name: String, rows: String, merges: [String])], strings: [String] = [],
                         styles: [Int] = [0], customFormats: [(Int, String)] = [], date1904: Bool = false,
                         doctype: String = "") throws -> [UInt8] {
        var parts: [(String, String)] = [("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>")]
        let list = sheets.enumerated().map { "<sheet name=\"\($0.element.name)\" sheetId=\"\($0.offset + 1)\" r:id=\"rId\($0.offset + 1)\"/>" }.joined()
        parts.append(("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook \(main)>\(date1904 ? "<workbookPr date1904=\"1\"/>" : "")<sheets>\(list)</sheets></workbook>"))
        let rels = sheets.indices.map { "<Relationship Id=\"rId\($0 + 1)\" Type=\"worksheet\" Target=\"worksheets/sheet\($0 + 1).xml\"/>" }.joined()
        parts.append(("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\(rels)</Relationships>"))
        parts.append(("xl/sharedStrings.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst \(main)>" + strings.map { $0.hasPrefix("<") ? "<si>\($0)</si>" : "<si><t>\($0)</t></si>" }.joined() + "</sst>"))
        let formats = customFormats.map { "<numFmt numFmtId=\"\($0.0)\" formatCode=\"\($0.1.replacingOccurrences(of: "\"", with: "&quot;"))\"/>" }.joined()
        parts.append(("xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet \(main)><numFmts>\(formats)</numFmts><cellXfs>" + styles.map { "<xf numFmtId=\"\($0)\"/>" }.joined() + "</cellXfs></styleSheet>"))
        for (i, s) in sheets.enumerated() {
            let merges = s.merges.isEmpty ? "" : "<mergeCells>" + s.merges.map { "<mergeCell ref=\"\($0)\"/>" }.joined() + "</mergeCells>"
            parts.append(("xl/worksheets/sheet\(i + 1).xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\(doctype)<worksheet \(main)><sheetData>\(s.rows)</sheetData>\(merges)</worksheet>"))
        }
        return [UInt8](try ZipWriter.pack(parts))
    }

    /// A 督办台账 as a secretariat keeps it: a title merged across, a header, a section row, a lead unit merged down
    /// over two tasks, deadlines as Excel dates (a built-in and a Chinese custom format) and as text.
    static func ledgerRows() -> (rows: String, merges: [String], strings: [String]) {
        let strings = ["某市2025年重点工作任务分解表", "序号", "重点任务", "牵头单位", "配合单位", "完成时限",
                       "一、水利基础设施", "完成中小水库汛前安全检查", "市水利局", "市应急管理局",
                       "<r><t>推进引调水工程</t></r><r><rPr><b/></rPr><t>前期工作</t></r>", "年底前", "二、河湖管理",
                       "开展河湖“清四乱”专项行动", "各县（市、区）政府"]
        func s(_ ref: String, _ i: Int) -> String { "<c r=\"\(ref)\" t=\"s\"><v>\(i)</v></c>" }
        let rows = """
        <row r="1">\(s("A1", 0))</row>
        <row r="2">\(s("A2", 1))\(s("B2", 2))\(s("C2", 3))\(s("D2", 4))\(s("E2", 5))</row>
        <row r="3">\(s("A3", 6))</row>
        <row r="4"><c r="A4"><v>1</v></c>\(s("B4", 7))\(s("C4", 8))\(s("D4", 9))<c r="E4" s="1"><v>45838</v></c></row>
        <row r="5"><c r="A5"><v>2</v></c>\(s("B5", 10))<c r="C5"/><c r="E5" s="2"><v>46022</v></c></row>
        <row r="7">\(s("A7", 12))</row>
        <row r="8"><c r="A8"><v>3</v></c>\(s("B8", 13))\(s("C8", 14))<c r="D8" t="inlineStr"><is><t>市河长办</t></is></c>\(s("E8", 11))</row>
        """
        return (rows, ["A1:E1", "A3:E3", "C4:C5", "A7:E7"], strings)
    }

    @Test func aTaskTableReadsAsItsRowsWithMergesDatesAndSections() throws {
        let (rows, merges, strings) = Self.ledgerRows()
        let bytes = try Self.workbook(sheets: [("Sheet1", rows, merges)], strings: strings, styles: [0, 14, 176],
                                      customFormats: [(176, "yyyy\"年\"m\"月\"d\"日\"")])
        let out = try XlsxReader().read(path: "台账.xlsx", bytes: bytes, limits: ReadLimits())
        let doc = out.document
        #expect(doc.blocks.map(\.kind) == [.paragraph, .tableRow, .heading, .tableRow, .tableRow, .heading, .tableRow])
        #expect(doc.text.string(doc.blocks[0].range) == "某市2025年重点工作任务分解表")
        #expect(doc.blocks[3].cells.map { doc.text.string($0) } == ["1", "完成中小水库汛前安全检查", "市水利局", "市应急管理局", "2025年6月30日"])
        #expect(doc.blocks[4].cells.map { doc.text.string($0) } == ["2", "推进引调水工程前期工作", "市水利局", "", "2025年12月31日"],
                "the lead merged down, rich text joined, a date in a custom format")
        let x = Extractor().extract(doc, referenceDate: Day(year: 2025, month: 3, day: 1))
        #expect(x.tasks.map(\.text) == ["完成中小水库汛前安全检查", "推进引调水工程前期工作", "开展河湖“清四乱”专项行动"])
        #expect(x.tasks.map(\.lead) == [["市水利局"], ["市水利局"], ["各县(市、区)政府"]])
        #expect(x.tasks.map(\.support) == [["市应急管理局"], [], ["市河长办"]])
        #expect(x.tasks.map { $0.deadline?.date?.iso } == ["2025-06-30", "2025-12-31", "2025-12-31"])
        #expect(x.tasks.map(\.section) == [["一、水利基础设施"], ["一、水利基础设施"], ["二、河湖管理"]])
        #expect(x.document.date == Day(year: 2025, month: 3, day: 1), "a deadline in the table's first row is no date of the document: the reference date is")
        #expect(x.document.kind == .division)
    }

    @Test func namedSheetsOpenTheirTablesAndDefaultNamesDoNot() throws {
        let (rows, merges, strings) = Self.ledgerRows()
        let two = try Self.workbook(sheets: [("水利局", rows, merges), ("河长办", rows, merges)], strings: strings, styles: [0, 14, 14])
        let doc = try XlsxReader().read(path: "a.xlsx", bytes: two, limits: ReadLimits()).document
        let headings = doc.blocks.filter { $0.kind == .heading && $0.origin.table == nil }.map { doc.text.string($0.range) }
        #expect(headings == ["水利局", "河长办"])
        let plain = try Self.workbook(sheets: [("Sheet1", rows, merges), ("Sheet2", rows, merges)], strings: strings, styles: [0, 14, 14])
        let d2 = try XlsxReader().read(path: "b.xlsx", bytes: plain, limits: ReadLimits()).document
        #expect(!d2.blocks.contains { $0.kind == .heading && $0.origin.table == nil })
        #expect(XlsxReader.isDefaultName("工作表1") && XlsxReader.isDefaultName("Sheet 12") && !XlsxReader.isDefaultName("2025年台账"))
    }

    @Test func cellValuesReadAsAPersonSeesThem() {
        #expect(SpreadsheetModel.number("12") == "12" && SpreadsheetModel.number("12.0") == "12" && SpreadsheetModel.number("3.5") == "3.5")
        #expect(SpreadsheetModel.date("45838", date1904: false) == "2025年6月30日")
        #expect(SpreadsheetModel.date("44376", date1904: true) == "2025年6月30日")
        #expect(SpreadsheetModel.isDateFormat("yyyy/m/d") && SpreadsheetModel.isDateFormat("[$-804]yyyy\"年\"m\"月\"d\"日\""))
        #expect(!SpreadsheetModel.isDateFormat("0.00%") && !SpreadsheetModel.isDateFormat("[Red]0.0") && !SpreadsheetModel.isDateFormat("\"第\"0\"项\""))
        #expect(SpreadsheetModel.position("C12")! == (2, 12) && SpreadsheetModel.position("AA3")! == (26, 3))
        #expect(SpreadsheetModel.position("12C") == nil && SpreadsheetModel.position("ABCD1") == nil)
    }

    @Test func hostileAndBrokenWorkbooksAreRefusedWithTheirReason() throws {
        func id(_ bytes: [UInt8]) -> String? {
            do { _ = try XlsxReader().read(path: "h.xlsx", bytes: bytes, limits: ReadLimits()); return nil } catch let e as ReadError { return e.id } catch { return "\(error)" }
        }
        #expect(id(Array("not a zip".utf8)) == "read.xlsx-not-zip")
        #expect(id([]) == "read.empty")
        #expect(id([UInt8](try ZipWriter.pack([("xl/styles.xml", "<a/>")]))) == "read.xlsx-corrupt", "no workbook")
        let xxe = "<!DOCTYPE worksheet [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        #expect(id(try Self.workbook(sheets: [("S", "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&x;</t></is></c></row>", [])], doctype: xxe)) == "read.xlsx-xml")
        // A sheet part that inflates to far more than it declares is a zip bomb.
        let big = String(repeating: "<row/>", count: 400_000)
        let bomb = try Self.workbook(sheets: [("S", big, [])])
        var limits = ReadLimits()
        limits.maxUnzippedBytes = 1 << 20
        do { _ = try XlsxReader().read(path: "b.xlsx", bytes: bomb, limits: limits); Issue.record("read") } catch let e as ReadError {
            #expect(e.id == "read.zip-bomb")
        }
        // A merged range over the whole sheet and a stray value a million rows down stay cheap.
        let stray = try Self.workbook(sheets: [("S", "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>标题</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>值</t></is></c></row><row r=\"1048576\"><c r=\"XFD1048576\"><v>1</v></c><c r=\"B1048576\"><v>2</v></c></row>", ["A1:XFD1048576"])])
        let doc = try XlsxReader().read(path: "s.xlsx", bytes: stray, limits: ReadLimits()).document
        #expect(doc.blocks.count == 2)
    }

    /// A row of inline strings, from column A on.
    static func row(_ r: Int, _ cells: [String]) -> String {
        "<row r=\"\(r)\">" + cells.enumerated().map { "<c r=\"\(Character(UnicodeScalar(65 + $0.offset)!))\(r)\" t=\"inlineStr\"><is><t>\($0.element)</t></is></c>" }.joined() + "</row>"
    }

    @Test func aTrackingLedgerIsAProgressReport() throws {
        let rows = Self.row(1, ["2025年第三季度重点任务督办台账"]) + Self.row(2, ["序号", "任务内容", "责任单位", "完成时限", "进展情况"])
            + Self.row(3, ["1", "完成城区第二水厂扩建工程主体建设", "市水利局", "2025年6月30日", "已完成"])
            + Self.row(4, ["2", "编制调蓄工程可行性研究报告", "市发改委", "2025年8月31日", "进度滞后"])
        let doc = try XlsxReader().read(path: "t.xlsx", bytes: try Self.workbook(sheets: [("Sheet1", rows, ["A1:E1"])]), limits: ReadLimits()).document
        let x = Extractor().extract(doc, referenceDate: nil)
        #expect(x.document.kind == .progress)
        #expect(x.document.date == nil && x.document.year == 2025)
        #expect(x.tasks.map(\.status) == [.done, .delayed])
    }

    @Test func aLedgerKeptInExcelUpdatesThePlansTasks() throws {
        // The sample division plan (written by this project), then a ledger of three of its tasks with their progress.
        let rows = Self.row(1, ["2026年水利重点工作任务督办台账"]) + Self.row(2, ["序号", "任务内容", "牵头单位", "完成时限", "进展情况"])
            + Self.row(3, ["1", "完成城区第二水厂扩建工程主体建设", "市水利局", "2026年6月30日", "已完成"])
            + Self.row(4, ["2", "开展农村供水工程水质提升行动", "市水利局", "2026年9月30日", "正在推进"])
            + Self.row(5, ["3", "加快调蓄工程前期工作", "市发改委", "2026年12月31日", "进度滞后"])
        let dir = Fixtures.tempDir("docket-xlsx-ledger")
        try FileManager.default.copyItem(at: Fixtures.inputs.appendingPathComponent("sample-division-plan.txt"), to: dir.appendingPathComponent("plan.txt"))
        try Data(try Self.workbook(sheets: [("Sheet1", rows, ["A1:E1"])])).write(to: dir.appendingPathComponent("台账.xlsx"))
        let r = try Pipeline().process(paths: Compiler(style: try StyleSet.locate(Fixtures.styles.path)).inputs(at: dir.path), referenceDate: nil)
        let report = Compiler.report(r, asOf: try #require(Day(year: 2026, month: 10, day: 15)))
        let plan = report.tasks.filter { !$0.isReport && $0.document == "plan" }
        func status(_ prefix: String) -> String? { plan.first { $0.text.hasPrefix(prefix) }?.status }
        #expect(status("完成城区第二水厂") == "done")
        #expect(status("开展农村供水工程") == "in_progress")
        #expect(status("加快调蓄工程") == "delayed")
        #expect(status("每季度向市政府报送") == "none", "a task the ledger does not list keeps no status")
        // The progress names the ledger's row as Excel numbers it; the plan's own items their paragraphs.
        let first = try #require(plan.first { $0.text.hasPrefix("完成城区第二水厂") })
        #expect(first.progress.map(\.place) == ["表1第3行"])
        #expect(first.place == "第4段")
    }

    @Test func aNumberColumnNamedTaskNumberIsNoTaskColumn() throws {
        // A ledger exported from a tracking system (Docket's own tasks.xlsx among them) opens with 任务编号.
        let rows = Self.row(1, ["任务编号", "任务", "牵头单位", "完成时限"]) + Self.row(2, ["RW-001", "完成水厂扩建工程主体建设", "市水利局", "6月底前"])
        let doc = try XlsxReader().read(path: "x.xlsx", bytes: try Self.workbook(sheets: [("Sheet1", rows, [])]), limits: ReadLimits()).document
        let x = Extractor().extract(doc, referenceDate: Day(year: 2025, month: 3, day: 1))
        #expect(x.tasks.map(\.text) == ["完成水厂扩建工程主体建设"])
        #expect(x.tasks.map(\.lead) == [["市水利局"]])
    }

    @Test func aFolderWithAWorkbookCompilesIt() throws {
        let (rows, merges, strings) = Self.ledgerRows()
        let dir = Fixtures.tempDir("docket-xlsx")
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(try Self.workbook(sheets: [("Sheet1", rows, merges)], strings: strings, styles: [0, 14, 14])).write(to: dir.appendingPathComponent("台账.xlsx"))
        try Data("ODT".utf8).write(to: dir.appendingPathComponent("通知.odt"))
        let compiler = Compiler(style: try StyleSet.locate(Fixtures.styles.path))
        let (summary, results) = try compiler.compile(inputs: dir.path, out: dir.appendingPathComponent("out").path, asOf: try #require(Day(year: 2025, month: 7, day: 1)),
                                                      referenceDate: Day(year: 2025, month: 3, day: 1), ledgerPath: nil)
        #expect(summary.documents == 2 && summary.failed == 1 && summary.tasks == 3)
        let ofd = try #require(results.first { $0.path.hasSuffix(".odt") })
        #expect(ofd.diagnostics.map { $0.id } == ["read.unsupported-format"])
        #expect(ofd.diagnostics.first?.message.contains(".docx") == true, "the message says what to do")
    }
}
