import Foundation
import Testing
@testable import Docket
@testable import DocketExtract
@testable import DocketModel
@testable import DocketReaders

/// Web pages and Word files give the same tasks as their plain-text twins (fixtures read from ../shared).
@Suite(.enabled(if: Fixtures.hasShared, "needs ../shared (or DOCKET_SHARED)"))
struct TwinTests {
    static let htmlTwins = [
        ("016-guobanfa-diwuci-dadudu-dianxing-biaoyang-tongbao.html", "014-guobanfa-diwuci-dadudu-dianxing-biaoyang-tongbao.txt"),
        ("017-guobanfa-zhenzhuashigan-jili-zhichi.html", "002-guobanfa-zhenzhuashigan-jili-zhichi.txt"),
        ("018-guofa-cujin-jiuye-ruogan-yijian.html", "003-guofa-cujin-jiuye-ruogan-yijian.txt"),
        ("019-guobanfa-xiaoqu-peitao-youeryuan-zhili.html", "010-guobanfa-xiaoqu-peitao-youeryuan-zhili.txt"),
        ("020-guobanhan-zhengfu-wangzhan-jiyuehua-shidian.html", "011-guobanhan-zhengfu-wangzhan-jiyuehua-shidian.txt"),
    ]

    static var docxTwins: [(String, String)] {
        let dir = Fixtures.sharedPath("corpus/docx")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        return names.filter { $0.hasSuffix(".num.docx") || $0.hasSuffix(".lo.docx") }.sorted().map { n in
            (n, String(n.prefix { $0 != "." }) + ".txt")
        }
    }

    struct Summary: Equatable {
        var text: String
        var lead: [String]
        var support: [String]
        var deadline: String?
    }

    static func summary(_ path: String) throws -> [Summary] {
        let r = Pipeline().process(path: path, referenceDate: nil)
        let x = try #require(r.extraction, "\(path): \(r.diagnostics.map(\.line))")
        return x.tasks.map { Summary(text: Evaluation.normText($0.text), lead: $0.lead, support: $0.support,
                                     deadline: $0.deadline.flatMap { $0.ongoing ? "ongoing" : $0.date?.iso }) }
    }

    /// Every web page and Word file with its plain-text twin, as paths under corpus/.
    static var twins: [(String, String)] {
        htmlTwins.map { ("html/" + $0.0, $0.1) } + docxTwins.map { ("docx/" + $0.0, $0.1) }
    }

    @Test(arguments: twins)
    func pageOrWordFileGivesTheTasksOfItsText(_ file: String, _ txt: String) throws {
        let a = try Self.summary(Fixtures.sharedPath("corpus/" + file))
        let b = try Self.summary(Fixtures.sharedPath("corpus/docs/" + txt))
        #expect(!b.isEmpty)
        #expect(a == b)
    }

    @Test func wordNumberingHonoursLevelRestarts() throws {
        // 001: （一）…（五十三） never restart under 二、, so （十七） follows 二、 as in the text.
        let outcome = try ReaderRegistry.standard.read(path: Fixtures.sharedPath("corpus/docx/001-guowuyuan-zimaoqu-shenhua-gaige-cuoshi.num.docx"))
        let lines = outcome.document.blocks.map { outcome.document.text.string($0.range) }
        let txt = try String(contentsOfFile: Fixtures.sharedPath("corpus/docs/001-guowuyuan-zimaoqu-shenhua-gaige-cuoshi.txt"), encoding: .utf8)
            .split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        #expect(lines == txt)
        #expect(lines.contains { $0.hasPrefix("（十七）") })
    }

    @Test func divisionTableGivesExactlyItsExpectedRows() throws {
        struct Row: Decodable { var seq: String; var task: String; var lead: [String]; var support: [String]; var deadline_text: String; var section: String }
        struct Expected: Decodable { var rows: [Row] }
        let data = try Data(contentsOf: URL(fileURLWithPath: Fixtures.sharedPath("corpus/docx/003-guofa-cujin-jiuye-ruogan-yijian.table.expected.json")))
        let expected = try JSONDecoder().decode(Expected.self, from: data).rows
        let r = Pipeline().process(path: Fixtures.sharedPath("corpus/docx/003-guofa-cujin-jiuye-ruogan-yijian.table.docx"), referenceDate: nil)
        let tasks = try #require(r.extraction).tasks
        #expect(tasks.count == expected.count)
        for (t, e) in zip(tasks, expected) {
            #expect(t.marker == e.seq)
            #expect(t.text == e.task)
            #expect(t.lead == e.lead, "\(e.seq) lead")
            #expect(t.support == e.support, "\(e.seq) support")
            #expect((t.deadline?.rule == "table-column" ? t.deadline?.text : "") == e.deadline_text, "\(e.seq) 完成时限")
            #expect(t.section == [e.section])
        }
    }
}

/// Hostile files: a clean diagnostic, quickly, and nothing read from the machine.
@Suite(.enabled(if: Fixtures.hasShared, "needs ../shared (or DOCKET_SHARED)"))
struct HostileFileTests {
    @Test(arguments: [("hostile-xxe.docx", "read.docx-xml"), ("hostile-billion-laughs.docx", "read.docx-xml"), ("zip-bomb.docx", "read.zip-bomb")])
    func refusedWithADiagnosticWithinASecond(_ name: String, _ id: String) throws {
        let clock = ContinuousClock()
        let start = clock.now
        let r = Pipeline().process(path: Fixtures.sharedPath("corpus/docx/" + name), referenceDate: nil)
        let elapsed = clock.now - start
        #expect(r.extraction == nil)
        #expect(r.diagnostics.first?.id == id)
        #expect(r.diagnostics.first?.file.hasSuffix(name) == true)
        #expect(elapsed < .seconds(5), "took \(elapsed)")
    }

    @Test func theCommandLineRefusesEachWithinBoundedMemory() throws {
        let binary = Fixtures.packageRoot.appendingPathComponent(".build/debug/docket")
        try #require(FileManager.default.fileExists(atPath: binary.path), "build the docket executable first (swift build)")
        try #require(FileManager.default.isExecutableFile(atPath: "/usr/bin/time"), "GNU time measures the child's peak memory (.ci/run installs it)")
        for name in ["hostile-xxe.docx", "hostile-billion-laughs.docx", "zip-bomb.docx"] {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/usr/bin/time")
            p.arguments = ["-f", "peak-kib=%M", binary.path, "extract", Fixtures.sharedPath("corpus/docx/" + name)]
            let err = Pipe()
            p.standardError = err
            p.standardOutput = FileHandle.nullDevice
            try p.run()
            let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            p.waitUntilExit()
            #expect(p.terminationStatus == 1)
            #expect(message.contains(name) && message.contains("error ["), "\(name): \(message)")
            // The process that refused it stayed far below 100 MB of resident memory.
            let peak = message.split(separator: "\n").last { $0.hasPrefix("peak-kib=") }.flatMap { Int($0.dropFirst(9)) }
            let kib = try #require(peak, "no peak memory reported: \(message)")
            #expect(kib < 100 * 1024, "\(name): peak \(kib) KiB")
        }
    }

    @Test func nothingFromEtcReachesAnyOutput() throws {
        let dir = Fixtures.tempDir(), out = Fixtures.tempDir()
        for n in ["hostile-xxe.docx", "hostile-billion-laughs.docx", "zip-bomb.docx"] {
            try FileManager.default.copyItem(atPath: Fixtures.sharedPath("corpus/docx/" + n), toPath: dir.appendingPathComponent(n).path)
        }
        try "会议要求，一要抓好落实。二要加强检查。\n".write(to: dir.appendingPathComponent("good.txt"), atomically: true, encoding: .utf8)
        let (summary, _) = try Compiler(style: try .init(directory: Fixtures.styles)).compile(inputs: dir.path, out: out.path, asOf: Day(year: 2026, month: 1, day: 1)!, referenceDate: nil, ledgerPath: nil)
        #expect(summary.failed == 3)
        let hostname = (try? String(contentsOfFile: "/etc/hostname", encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "no-hostname-file"
        let e = FileManager.default.enumerator(atPath: out.path)
        while let rel = e?.nextObject() as? String {
            guard let s = try? String(contentsOfFile: out.appendingPathComponent(rel).path, encoding: .utf8) else { continue }
            #expect(!s.contains(hostname) || hostname.count < 3, "\(rel) holds the host name")
            #expect(!s.contains("root:x:0:0"))
        }
    }
}

/// Small fixtures the project writes itself.
@Suite struct OwnFixtureReaderTests {
    /// Builds a .docx in memory from a document.xml body and an optional numbering.xml.
    static func docx(body: String, numbering: String? = nil) throws -> [UInt8] {
        let w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
        var parts = [("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
                     ("word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document \(w)><w:body>\(body)</w:body></w:document>")]
        if let n = numbering { parts.append(("word/numbering.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:numbering \(w)>\(n)</w:numbering>")) }
        return [UInt8](try ZipWriter.pack(parts))
    }

    static func p(_ text: String, num: (Int, Int)? = nil) -> String {
        let pPr = num.map { "<w:pPr><w:numPr><w:ilvl w:val=\"\($0.1)\"/><w:numId w:val=\"\($0.0)\"/></w:numPr></w:pPr>" } ?? ""
        return "<w:p>\(pPr)<w:r><w:t>\(text)</w:t></w:r></w:p>"
    }

    @Test func wordAutomaticNumberingIsRenderedAsTheReaderSeesIt() throws {
        let numbering = """
        <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/><w:lvlText w:val="%1、"/></w:lvl>
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlRestart w:val="0"/><w:suff w:val="nothing"/><w:lvlText w:val="（%2）"/></w:lvl></w:abstractNum>
        <w:num w:numId="5"><w:abstractNumId w:val="1"/></w:num>
        """
        var body = Self.p("总体要求", num: (5, 0))
        for i in 1...11 { body += Self.p("第\(i)项工作要抓好落实。", num: (5, 1)) }
        body += Self.p("组织实施", num: (5, 0)) + Self.p("再一项工作要抓好落实。", num: (5, 1))
        let out = try DocxReader().read(path: "n.docx", bytes: try Self.docx(body: body, numbering: numbering), limits: ReadLimits())
        let lines = out.document.blocks.map { out.document.text.string($0.range) }
        #expect(lines.first == "一、总体要求")
        #expect(lines[11] == "（十一）第11项工作要抓好落实。")
        #expect(lines[12] == "二、组织实施")
        #expect(lines[13] == "（十二）再一项工作要抓好落实。", "lvlRestart 0: the count runs on")
    }

    @Test func mergedCellsAreCarriedDownAndSpansExpand() throws {
        let cell = { (t: String, extra: String) in "<w:tc><w:tcPr>\(extra)</w:tcPr>\(Self.p(t))</w:tc>" }
        let body = "<w:tbl>"
            + "<w:tr>" + cell("任务", "") + cell("牵头单位", "") + cell("完成时限", "") + "</w:tr>"
            + "<w:tr>" + cell("一、重点任务", "<w:gridSpan w:val=\"3\"/>") + "</w:tr>"
            + "<w:tr>" + cell("建设水厂", "") + cell("市水利局", "<w:vMerge w:val=\"restart\"/>") + cell("年底前", "") + "</w:tr>"
            + "<w:tr>" + cell("整治河道", "") + cell("", "<w:vMerge/>") + cell("6月底前", "") + "</w:tr>"
            + "</w:tbl>"
        let doc = try DocxReader().read(path: "t.docx", bytes: try Self.docx(body: body), limits: ReadLimits()).document
        let x = Extractor().extract(doc, referenceDate: Day(year: 2026, month: 1, day: 5))
        #expect(x.tasks.map(\.text) == ["建设水厂", "整治河道"])
        #expect(x.tasks.map(\.lead) == [["市水利局"], ["市水利局"]])
        #expect(x.tasks.map { $0.deadline?.date?.iso } == ["2026-12-31", "2026-06-30"])
        #expect(x.tasks.map(\.section) == [["一、重点任务"], ["一、重点任务"]])
    }

    @Test func aDocxThatIsNotAZipIsRefused() {
        do {
            _ = try DocxReader().read(path: "x.docx", bytes: Array("not a zip".utf8), limits: ReadLimits())
            Issue.record("read")
        } catch let e as ReadError { #expect(e.id == "read.docx-not-zip") } catch { Issue.record("\(error)") }
    }

    @Test func zipEntriesWithParentPathsAreRefused() throws {
        let bytes = [UInt8](try ZipWriter.pack([("../evil.xml", Data("x".utf8))]))
        do {
            _ = try DocxReader().read(path: "e.docx", bytes: bytes, limits: ReadLimits())
            Issue.record("read")
        } catch let e as ReadError { #expect(e.id == "read.zip-path") }
    }

    @Test func htmlDeclaredGB2312WithGBKOnlyCharactersIsNotTruncated() throws {
        // 镕 is outside GB2312; pages that declare gb2312 still use it. Read as GB18030.
        let html = "<html><head><meta charset=\"gb2312\"><title>t</title></head><body><div class=\"nav\">首页</div><div id=\"content\"><p>会议要求，一要请朱镕基同志关心的工作抓好落实。二要加强检查，年底前完成。</p><p>第二段文字内容较长，用于判断正文所在。</p></div></body></html>"
        let bytes = try #require(html.data(using: String.Encoding(rawValue: 0x8000_0632)))
        let doc = try HTMLReader().read(path: "p.html", bytes: [UInt8](bytes), limits: ReadLimits()).document
        let text = String(String.UnicodeScalarView(doc.text.original))
        #expect(text.contains("朱镕基"))
        #expect(text.contains("年底前完成。"))
        #expect(!text.contains("首页"), "navigation is not article text")
    }

    @Test func htmlNestedVeryDeepIsBounded() throws {
        let html = String(repeating: "<div>", count: 100_000) + "会议要求，要抓好落实。" + String(repeating: "</div>", count: 100_000)
        let clock = ContinuousClock()
        let start = clock.now
        _ = try? HTMLReader().read(path: "deep.html", bytes: Array(html.utf8), limits: ReadLimits())
        #expect(clock.now - start < .seconds(10))
    }
}
