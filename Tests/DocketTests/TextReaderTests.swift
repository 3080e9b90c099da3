import Foundation
import Testing
@testable import DocketExtract
@testable import DocketModel
@testable import DocketReaders

@Suite struct TextReaderTests {
    let reader = PlainTextReader()

    @Test func utf8WithAndWithoutBOM() throws {
        let plain = try reader.read(path: "a.txt", bytes: Array("一、总体要求\n内容".utf8), limits: ReadLimits())
        let bom = try reader.read(path: "a.txt", bytes: [0xEF, 0xBB, 0xBF] + Array("一、总体要求\n内容".utf8), limits: ReadLimits())
        #expect(plain.document.text.original == bom.document.text.original)
        #expect(plain.document.blocks.count == 2)
        #expect(plain.document.text.string(plain.document.blocks[0].range) == "一、总体要求")
    }

    @Test func tabSeparatedLinesBecomeTableRows() throws {
        let text = "某县重点任务分工表\n序号\t重点任务\t牵头单位\t完成时限\n1\t完成污水厂改造\t县住建局\t6月底前\n2\t新建农村公路\t\t年底前\n备注：一行\t两格\n"
        let doc = try reader.read(path: "a.txt", bytes: Array(text.utf8), limits: ReadLimits()).document
        #expect(doc.blocks.map(\.kind) == [.paragraph, .tableRow, .tableRow, .tableRow, .paragraph])
        #expect(doc.blocks[2].cells.map { doc.text.string($0) } == ["1", "完成污水厂改造", "县住建局", "6月底前"])
        #expect(doc.blocks[3].cells.map { doc.text.string($0) } == ["2", "新建农村公路", "", "年底前"], "an empty cell keeps its column")
        #expect(doc.blocks[1].origin.row == 1 && doc.blocks[3].origin.table == 1)
        let x = Extractor().extract(doc, referenceDate: Day(year: 2026, month: 1, day: 1))
        #expect(x.tasks.map(\.lead) == [["县住建局"], []])
    }

    @Test func barSeparatedLinesBecomeTableRows() throws {
        // A table copied from a web page or Markdown: bars between cells, a frame and a rule row; a column of the
        // leader in charge names a person, 重点工作 names the task, 全年 is within the list's year.
        let text = """
        2025年某区重点工作及责任清单
        | 序号 | 重点工作 | 责任领导 | 责任单位 | 完成时限 |
        |---|---|---|---|---|
        | 1 | 优化重点项目服务机制，全力服务重大项目落地见效。 | 张某 | 招商部、安商部 | 全年 |
        | 2 | 盘活存量土地400亩。 | 李某 | 改革办 | 6月底前 |
        注：一行 | 两格
        """
        let doc = try reader.read(path: "a-20250301.txt", bytes: Array(text.utf8), limits: ReadLimits()).document
        #expect(doc.blocks.map(\.kind) == [.paragraph, .tableRow, .tableRow, .tableRow, .tableRow, .paragraph])
        #expect(doc.blocks[2].cells.isEmpty, "the rule row holds no cells")
        #expect(doc.blocks[3].cells.map { doc.text.string($0) } == ["1", "优化重点项目服务机制，全力服务重大项目落地见效。", "张某", "招商部、安商部", "全年"])
        #expect(doc.blocks[4].origin.row == 3, "the rule row is no row of its own")
        let x = Extractor().extract(doc, referenceDate: nil)
        #expect(x.document.kind == .division)
        #expect(x.tasks.map(\.lead) == [["招商部", "安商部"], ["改革办"]])
        #expect(x.tasks.map { $0.deadline?.date?.iso } == ["2025-12-31", "2025-06-30"])
    }

    @Test func aTableCopiedOneCellToALineBecomesTableRows() throws {
        // Project-written. The same kind of table copied one cell to a line, each closed by a bar: the header up to the
        // line that holds 1 gives the width; each run of that many lines opening with the next number is a row.
        let text = """
        2025年某区重点工作及责任清单
        序号 |
        重点工作 |
        责任领导 |
        责任单位 |
        完成时限 |
        1 |
        优化重点项目服务机制，全力服务重大项目落地见效。 |
        张某 |
        招商部、安商部 |
        全年 |
        2 |
        盘活存量土地400亩。 |
        李某 |
        改革办 |
        6月底前 |
        注：责任单位第一个为牵头单位。
        """
        let doc = try reader.read(path: "a-20250301.txt", bytes: Array(text.utf8), limits: ReadLimits()).document
        #expect(doc.blocks.map(\.kind) == [.paragraph, .tableRow, .tableRow, .tableRow, .paragraph])
        #expect(doc.blocks[2].cells.map { doc.text.string($0) } == ["1", "优化重点项目服务机制，全力服务重大项目落地见效。", "张某", "招商部、安商部", "全年"])
        #expect(doc.blocks[3].origin.row == 3 && doc.blocks[3].origin.table == 1)
        let x = Extractor().extract(doc, referenceDate: nil)
        #expect(x.tasks.map { $0.deadline?.date?.iso } == ["2025-12-31", "2025-06-30"])
        #expect(x.tasks.map(\.lead) == [["招商部"], ["改革办"]], "the first-listed unit leads, as the note says")
        #expect(x.tasks.first?.support == ["安商部"])
        // Lines that merely end with a bar, without a header and numbered rows, stay paragraphs.
        let plain = try reader.read(path: "b.txt", bytes: Array("甲 |\n乙 |\n丙 |\n".utf8), limits: ReadLimits()).document
        #expect(plain.blocks.allSatisfy { $0.kind == .paragraph })
    }

    @Test func aPagesRecordTableInBarsGivesTitleNumberAndDate() throws {
        let text = """
        文件名称 | 2022年第八次县政府常务会议确定事项落实情况的通报 | ||
        文号 | 督察通报第十七期 | 成文日期: | 2022年09月14日 |
        内容概述 | 2022年第八次县政府常务会议确定事项落实情况的通报 |
        近期，县政府督查室对确定事项落实情况开展了专项督查，现通报如下。
        一、工作要求
        县民政局负责的第1件事项进展滞后，请加快工作节奏。
        """
        let doc = try reader.read(path: "a.txt", bytes: Array(text.utf8), limits: ReadLimits()).document
        #expect(doc.blocks.prefix(3).allSatisfy { $0.kind == .tableRow }, "a framed row of two cells is a row")
        let x = Extractor().extract(doc, referenceDate: nil)
        #expect(x.document.title == "2022年第八次县政府常务会议确定事项落实情况的通报")
        #expect(x.document.number == "督察通报第十七期")
        #expect(x.document.date?.iso == "2022-09-14")
    }

    @Test func utf16WithBOM() throws {
        let s = "会议要求，一要抓落实。"
        var le: [UInt8] = [0xFF, 0xFE]
        for u in s.utf16 { le += [UInt8(u & 0xFF), UInt8(u >> 8)] }
        var be: [UInt8] = [0xFE, 0xFF]
        for u in s.utf16 { be += [UInt8(u >> 8), UInt8(u & 0xFF)] }
        #expect(try reader.read(path: "a.txt", bytes: le, limits: ReadLimits()).document.text.string(SourceRange(start: 0, end: 11)) == s)
        #expect(try reader.read(path: "a.txt", bytes: be, limits: ReadLimits()).document.text.string(SourceRange(start: 0, end: 11)) == s)
    }

    @Test func gb18030WithoutDeclaration() throws {
        let s = "市水利局牵头，年底前完成。"
        let data = try #require(s.data(using: String.Encoding(rawValue: 0x8000_0632)))
        #expect(String(data: data, encoding: .utf8) == nil)
        let out = try reader.read(path: "a.txt", bytes: [UInt8](data), limits: ReadLimits())
        #expect(out.document.text.string(out.document.blocks[0].range) == s)
    }

    @Test func emptyAndBinaryFilesAreRefusedWithAReason() {
        #expect(throws: ReadError.self) { try reader.read(path: "e.txt", bytes: [], limits: ReadLimits()) }
        do {
            _ = try reader.read(path: "b.txt", bytes: [0x7F, 0x45, 0x4C, 0x46, 0, 0, 1, 2], limits: ReadLimits())
            Issue.record("a binary file was read as text")
        } catch let e as ReadError {
            #expect(e.id == "read.binary")
        } catch { Issue.record("unexpected \(error)") }
    }

    @Test func truncatedUTF8KeepsTheTextAndWarns() throws {
        var bytes = Array("年底前完成任务".utf8)
        bytes.removeLast()
        let out = try reader.read(path: "t.txt", bytes: bytes, limits: ReadLimits())
        #expect(out.document.text.string(out.document.blocks[0].range) == "年底前完成任")
        #expect(out.diagnostics.map(\.id) == ["read.truncated-utf8"])
    }

    @Test func fullWidthFormsAreFoldedOneForOne() {
        let t = SourceText("（一）１２，ＡＢ　")
        #expect(t.normalized.count == t.original.count)
        #expect(String(String.UnicodeScalarView(t.normalized)) == "(一)12,AB ")
        #expect(t.string(SourceRange(start: 0, end: 3)) == "（一）")
    }

    @Test func registryRefusesLegacyWordFilesWithAdvice() throws {
        let dir = Fixtures.tempDir()
        let p = dir.appendingPathComponent("old.doc").path
        #expect(FileManager.default.createFile(atPath: p, contents: Data([0xD0, 0xCF, 0x11, 0xE0])))
        do {
            _ = try ReaderRegistry.standard.read(path: p)
            Issue.record("a .doc file was read")
        } catch let e as ReadError {
            #expect(e.id == "read.legacy-format")
            #expect(e.reason.contains(".docx"))
        }
    }

    @Test func oversizedFilesAreRefused() throws {
        let dir = Fixtures.tempDir()
        let p = dir.appendingPathComponent("big.txt").path
        #expect(FileManager.default.createFile(atPath: p, contents: Data(repeating: 0x41, count: 4096)))
        var limits = ReadLimits()
        limits.maxFileBytes = 1000
        #expect(throws: ReadError.self) { try ReaderRegistry.standard.read(path: p, limits: limits) }
    }
}
