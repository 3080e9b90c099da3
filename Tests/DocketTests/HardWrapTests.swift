import Foundation
import Testing
@testable import Docket
@testable import DocketExtract
@testable import DocketModel
@testable import DocketReaders

/// Hard-wrapped text (copied out of a PDF): lines of one width are joined back into paragraphs.
@Suite struct HardWrapTests {
    /// Wraps text as a PDF's text layer does: at `columns` columns, an ideograph taking two, lines ending
    /// wherever the width is reached (inside a sentence, a word or a number).
    static func wrap(_ text: String, columns: Int = 76, indent: Bool = false) -> String {
        var out: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = indent && !paragraph.isEmpty ? "\u{3000}\u{3000}" : ""
            var width = line.isEmpty ? 0 : 4
            for c in paragraph {
                let w = c.unicodeScalars.allSatisfy { HardWrap.isWide($0) } ? 2 : 1
                if width + w > columns { out.append(line); line = ""; width = 0 }
                line.append(c)
                width += w
            }
            out.append(line)
        }
        return out.joined(separator: "\n")
    }

    /// A meeting's minutes written for this test: long paragraphs, items, a unit note, a number and Latin words.
    static let minutes = """
    某市水利工作推进会议纪要
    2025年7月18日，市政府副市长主持召开全市水利工作推进会议，听取市水利局关于上半年工作情况的汇报，研究部署下半年重点工作。市发展改革委、市财政局、市自然资源局、市生态环境局有关负责同志参加会议。现将会议议定事项纪要如下：
    一、关于防汛备汛工作。会议要求，市水利局要会同市应急管理局在7月底前完成全市中小水库汛前安全检查，对发现的问题建立台账、限期整改，确保水库安全度汛，同时加强值班值守和信息报送工作。
    二、关于项目建设工作。市发展改革委要牵头做好重点水利项目前期工作，加快推进引调水工程可行性研究报告编制，力争在三季度完成项目审批，市财政局要统筹安排资金予以保障，确保年度投资完成率达到100%以上。
    三、关于河湖长制工作。各县（市、区）要持续推进河湖“清四乱”常态化规范化，年底前完成市级河湖健康评价，并依托Smart River平台实现问题线索闭环管理（市河长办牵头，市生态环境局配合）。
    四、关于节约用水工作。市水利局要严格落实最严格水资源管理制度，推进县域节水型社会达标建设，2025年10月底前完成年度用水总量和强度双控考核，推动全社会节约用水意识进一步提升。
    """

    @Test func aWrappedTextReadsAsItsParagraphs() throws {
        let reader = PlainTextReader()
        let plain = try reader.read(path: "m.txt", bytes: Array(Self.minutes.utf8), limits: ReadLimits())
        #expect(plain.diagnostics.isEmpty, "a text of one paragraph per line is read as it is")
        // Wrapped at 38 ideographs, with a page number between two pages in the middle of a paragraph.
        var lines = Self.wrap(Self.minutes).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.count > 15)
        lines.insert(contentsOf: ["", "- 1 -", ""], at: 9)
        let wrapped = try reader.read(path: "m.txt", bytes: Array(lines.joined(separator: "\n").utf8), limits: ReadLimits())
        #expect(wrapped.diagnostics.map(\.id) == ["read.reflowed"])
        #expect(wrapped.diagnostics.first?.severity == .note)
        let paragraphs = { (d: SourceDocument) in d.blocks.map { d.text.string($0.range) } }
        #expect(paragraphs(wrapped.document) == paragraphs(plain.document))
        // And so do the facts.
        try Self.expectFactsOfTheMinutes(wrapped.document)
    }

    /// Checks that a copy of ``minutes`` (wrapped, printed, laid out) gives the facts the text itself gives: its four
    /// tasks, their units and deadlines. Returns the copy's facts for further checks.
    @discardableResult
    static func expectFactsOfTheMinutes(_ copy: SourceDocument, sourceLocation: SourceLocation = #_sourceLocation) throws -> DocumentExtraction {
        let plain = try PlainTextReader().read(path: "m.txt", bytes: Array(minutes.utf8), limits: ReadLimits())
        let day = Day(year: 2025, month: 7, day: 20)
        let a = Extractor().extract(plain.document, referenceDate: day), b = Extractor().extract(copy, referenceDate: day)
        #expect(a.tasks.count == 4, sourceLocation: sourceLocation)
        #expect(b.tasks.map(\.text) == a.tasks.map(\.text), sourceLocation: sourceLocation)
        #expect(b.tasks.map(\.lead) == a.tasks.map(\.lead) && b.tasks.map(\.support) == a.tasks.map(\.support), sourceLocation: sourceLocation)
        #expect(b.tasks.map { $0.deadline?.date } == a.tasks.map { $0.deadline?.date }, sourceLocation: sourceLocation)
        #expect(b.document.title == a.document.title && b.document.date == a.document.date, sourceLocation: sourceLocation)
        return b
    }

    @Test func indentedParagraphsAndItemsStartNewParagraphs() throws {
        // A paragraph that ends exactly at the margin is followed by an indented one, or by an item.
        let full = String(repeating: "推进工作落实", count: 6) + "完成任务。"   // 37 ideographs and a full stop: 76 columns
        let text = (["\u{3000}\u{3000}" + String(repeating: "加快", count: 18) + "建设"] + Array(repeating: String(repeating: "统筹推进", count: 9) + "各项", count: 5)
                    + [full, "\u{3000}\u{3000}第二段开始，" + String(repeating: "继续", count: 15) + "推进", full, "二、下一项工作。"]).joined(separator: "\n")
        let r = try #require(HardWrap.reflow(text))
        let out = r.text.split(separator: "\n").map(String.init)
        #expect(out.count == 3, "\(out)")
        #expect(out.last == "二、下一项工作。")
        #expect(out[1].hasPrefix("\u{3000}\u{3000}第二段开始"))
    }

    @Test func joinsKeepNumbersWholeAndLatinWordsApart() throws {
        let filler = Array(repeating: String(repeating: "统筹推进", count: 9) + "各项", count: 5)
        let lines = [String(repeating: "推进", count: 18) + "在20", "19年2月底前完成，" + String(repeating: "推进", count: 12) + "依托Smart", "River平台。"]
        let text = (filler + lines).joined(separator: "\n")
        let r = try #require(HardWrap.reflow(text))
        #expect(r.text.contains("在2019年2月底前"))
        #expect(r.text.contains("Smart River平台"))
    }

    @Test func listsAndTablesOfEvenLinesAreNotJoined() {
        // Items of one length that each end a sentence, and items without a full stop but each numbered.
        let sentences = (1...12).map { "\($0)、" + String(repeating: "推进", count: 16) + "工作。" }.joined(separator: "\n")
        #expect(HardWrap.reflow(sentences) == nil)
        let short = (1...12).map { "某某县第\($0)项重点工作" }.joined(separator: "\n")
        #expect(HardWrap.reflow(short) == nil, "short lines are no wrapped text")
        let rows = (1...12).map { "\($0)\t" + String(repeating: "推进", count: 16) + "\t市水利局\t年底前" }.joined(separator: "\n")
        #expect(HardWrap.reflow(rows) == nil, "rows of a table are never joined")
        let spaced = (1...12).map { "\($0)  " + String(repeating: "推进", count: 16) + "  市水利局" }.joined(separator: "\n")
        #expect(HardWrap.reflow(spaced) == nil, "nor rows whose columns are set apart with spaces")
        let notices = (1...12).map { _ in String(repeating: "推进", count: 19) }.joined(separator: "\n\n")
        #expect(HardWrap.reflow(notices) == nil, "blank lines part paragraphs: nothing is joined across them")
    }

    @Test func aWordFileConvertedFromAPDFIsReflowedToo() throws {
        // Each line of the page became a paragraph of its own, as a PDF-to-Word conversion leaves it.
        let body = Self.wrap(Self.minutes).split(separator: "\n").map { OwnFixtureReaderTests.p(String($0)) }.joined()
        let read = try DocxReader().read(path: "m.docx", bytes: try OwnFixtureReaderTests.docx(body: body), limits: ReadLimits())
        #expect(read.diagnostics.map(\.id) == ["read.reflowed"])
        let plain = try PlainTextReader().read(path: "m.txt", bytes: Array(Self.minutes.utf8), limits: ReadLimits())
        let paragraphs = { (d: SourceDocument) in d.blocks.map { d.text.string($0.range) } }
        #expect(paragraphs(read.document) == paragraphs(plain.document))
        // A Word file of whole paragraphs is read as it is.
        let whole = Self.minutes.split(separator: "\n").map { OwnFixtureReaderTests.p(String($0)) }.joined()
        #expect(try DocxReader().read(path: "w.docx", bytes: try OwnFixtureReaderTests.docx(body: whole), limits: ReadLimits()).diagnostics.isEmpty)
    }

    @Test func aPageWhoseLinesAreBrokenWithBrIsReflowedToo() throws {
        // A page made from a PDF: the article's lines kept apart with <br>.
        let lines = Self.wrap(Self.minutes).split(separator: "\n").map(String.init)
        let html = "<html><head><meta charset=\"utf-8\"><title>某市水利工作推进会议纪要</title></head><body><div class=\"article\"><p>"
            + lines.dropFirst().joined(separator: "<br/>") + "</p></div></body></html>"
        let read = try HTMLReader().read(path: "m.html", bytes: Array(html.utf8), limits: ReadLimits())
        #expect(read.diagnostics.map(\.id) == ["read.reflowed"])
        let plain = try PlainTextReader().read(path: "m.txt", bytes: Array(Self.minutes.utf8), limits: ReadLimits())
        let paragraphs = { (d: SourceDocument) in d.blocks.map { d.text.string($0.range) } }
        #expect(paragraphs(read.document).suffix(5) == paragraphs(plain.document).suffix(5))
    }

    @Test func markdownIsReflowedToo() throws {
        let text = "# 某市水利工作推进会议纪要\n\n" + Self.wrap(Self.minutes.split(separator: "\n").dropFirst().joined(separator: "\n"))
        let doc = try MarkdownReader().read(path: "m.md", bytes: Array(text.utf8), limits: ReadLimits())
        #expect(doc.diagnostics.map(\.id) == ["read.reflowed"])
        #expect(doc.document.blocks.first?.kind == .heading)
        #expect(doc.document.blocks.count == 6)
    }

    /// Every corpus document (public texts read from ../shared, never copied into the project) wrapped at 38
    /// ideographs is extracted almost as well as the document itself.
    @Test(.enabled(if: Fixtures.hasShared, "needs ../shared (or DOCKET_SHARED)"))
    func theWrappedCorpusScoresNearTheCorpus() throws {
        let docs = Fixtures.sharedPath("corpus/docs")
        let dir = Fixtures.tempDir("docket-wrapped")
        defer { try? FileManager.default.removeItem(at: dir) }
        var paths: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: docs).sorted() where name.hasSuffix(".txt") {
            let text = try String(contentsOfFile: docs + "/" + name, encoding: .utf8)
            let p = dir.appendingPathComponent(name).path
            try Self.wrap(text, indent: true).write(toFile: p, atomically: true, encoding: .utf8)
            paths.append(p)
        }
        var preds: [String: (date: String?, tasks: [Evaluation.PredTask])] = [:]
        for r in Pipeline().process(paths: paths, referenceDate: nil) {
            if let x = r.extraction { preds[x.name] = (x.document.date?.iso, x.tasks.map(Evaluation.PredTask.init)) }
        }
        let gold = try Evaluation.loadGold(URL(fileURLWithPath: Fixtures.sharedPath("corpus/gold")))
        let s = Evaluation.score(gold: gold, predictions: preds)
        let task = try #require(s.task.prf?.f1), lead = try #require(s.lead.prf?.f1), deadline = try #require(s.deadline.prf?.f1)
        #expect(task >= 0.95, "task F1 of the wrapped corpus: \(task)")
        #expect(lead >= 0.94, "lead F1 of the wrapped corpus: \(lead)")
        #expect(deadline >= 0.9, "deadline F1 of the wrapped corpus: \(deadline)")
    }
}
