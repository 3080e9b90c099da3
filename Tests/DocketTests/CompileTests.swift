import Foundation
import Testing
@testable import Docket
@testable import DocketModel
import DocketReport
import DocketXML

/// The batch run end to end: every output written, valid, deterministic and escaped.
@Suite struct CompileTests {
    let asOf = Day(year: 2026, month: 7, day: 1)!

    func compiler() throws -> Compiler { Compiler(style: try StyleSet(directory: Fixtures.styles)) }

    func files(under dir: URL) throws -> [String: Data] { Fixtures.files(under: dir) }

    @Test func compilesTheSampleInputs() throws {
        let out = Fixtures.tempDir()
        let (summary, results) = try compiler().compile(inputs: Fixtures.inputs.path, out: out.path, asOf: asOf, referenceDate: nil, ledgerPath: nil)
        #expect(summary.failed == 0)
        #expect(summary.documents == results.count && summary.documents >= 3)
        let written = try files(under: out)
        for f in ["report.html", "report.xml", "report.md"] { #expect(written[f] != nil, "\(f) written") }
        #expect(written.keys.contains { $0.hasPrefix("checklists/") && $0.hasSuffix(".md") })
        #expect(written.keys.filter { $0.hasPrefix("facts/") }.count == results.count)
        let xml = String(decoding: try #require(written["report.xml"]), as: UTF8.self)
        let schema = try String(contentsOf: Fixtures.styles.appendingPathComponent("docket.rng"), encoding: .utf8)
        #expect(RelaxNG.validate(xml: xml, schema: schema).isEmpty)
        let html = String(decoding: try #require(written["report.html"]), as: UTF8.self)
        #expect(html.contains("<style>") && !html.contains("<link"), "the HTML report is self-contained")
        // Every task appears in the HTML report and in some checklist.
        let checklists = written.filter { $0.key.hasPrefix("checklists/") }.values.map { String(decoding: $0, as: UTF8.self) }.joined()
        // Every task appears in the HTML report and in some checklist: as an item, or as progress on an earlier task.
        for r in results { for t in r.extraction?.tasks ?? [] {
            #expect(html.contains("data-task-id=\"\(t.id)\"") || html.contains("data-support-of=\"\(t.id)\"") || html.contains("data-report-id=\"\(t.id)\""))
            #expect(checklists.contains(Self.mdEscaped(t.text)), "task \(t.id) is in a checklist")
        } }
        // The progress notice reports on the plan's tasks: the plan's first task is ticked in its unit's checklist.
        let water = String(decoding: try #require(written["checklists/市水利局.md"]), as: UTF8.self)
        #expect(water.contains("- [x] 完成城区第二水厂扩建工程主体建设"))
    }

    static func mdEscaped(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
            .replacingOccurrences(of: "\"", with: "&quot;").replacingOccurrences(of: "'", with: "&#39;")
    }

    @Test func sameInputsGiveByteIdenticalOutputs() throws {
        let a = Fixtures.tempDir(), b = Fixtures.tempDir()
        _ = try compiler().compile(inputs: Fixtures.inputs.path, out: a.path, asOf: asOf, referenceDate: nil, ledgerPath: nil)
        _ = try compiler().compile(inputs: Fixtures.inputs.path, out: b.path, asOf: asOf, referenceDate: nil, ledgerPath: nil)
        let fa = try files(under: a), fb = try files(under: b)
        #expect(fa.keys.sorted() == fb.keys.sorted())
        for (k, v) in fa { #expect(fb[k] == v, "\(k) differs between two runs") }
    }

    @Test func scriptInADocumentIsShownAsTextInEveryFormat() throws {
        let dir = Fixtures.tempDir(), out = Fixtures.tempDir()
        try "会议纪要\n会议要求，一要做好<script>alert(1)</script>工作，年底前完成。二要抓好\"落实\"&检查。\n2026年3月1日\n"
            .write(to: dir.appendingPathComponent("x.txt"), atomically: true, encoding: .utf8)
        _ = try compiler().compile(inputs: dir.path, out: out.path, asOf: asOf, referenceDate: nil, ledgerPath: nil)
        for (name, data) in try files(under: out) {
            let s = String(decoding: data, as: UTF8.self)
            if name.hasSuffix(".json") {
                // JSON is data: the text comes back exactly, as a string value.
                let obj = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
                let texts = (obj["tasks"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
                #expect(texts.contains { $0.contains("<script>alert(1)</script>") })
                continue
            }
            // Data outputs (graph.dot labels, changes.txt, CSV, iCalendar, the zipped spreadsheet written with libxml2)
            // hold the words as text; nothing renders them as HTML.
            if name.hasSuffix(".dot") || name.hasSuffix(".txt") || name.hasSuffix(".csv") || name.hasSuffix(".ics") || name.hasSuffix(".xlsx") || name.hasSuffix(".sqlite") { continue }
            #expect(!s.contains("<script>"), "\(name) holds a live <script> tag")
            if name.hasSuffix(".html") || name.hasSuffix(".md") { #expect(s.contains("&lt;script&gt;"), "\(name) shows the text") }
        }
        let xml = String(decoding: try #require(try files(under: out)["report.xml"]), as: UTF8.self)
        #expect(xml.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    }

    @Test func aBadFileIsReportedAndTheOthersAreCompiled() throws {
        let dir = Fixtures.tempDir(), out = Fixtures.tempDir()
        try "会议要求，一要抓好落实。二要加强检查。\n".write(to: dir.appendingPathComponent("good.txt"), atomically: true, encoding: .utf8)
        FileManager.default.createFile(atPath: dir.appendingPathComponent("empty.txt").path, contents: Data())
        FileManager.default.createFile(atPath: dir.appendingPathComponent("old.doc").path, contents: Data([0xD0, 0xCF]))
        FileManager.default.createFile(atPath: dir.appendingPathComponent("bin.txt").path, contents: Data([0, 1, 2, 3, 0, 0xFF]))
        let (summary, results) = try compiler().compile(inputs: dir.path, out: out.path, asOf: asOf, referenceDate: nil, ledgerPath: nil)
        #expect(summary.documents == 4)
        #expect(summary.failed == 3)
        let byName = Dictionary(uniqueKeysWithValues: results.map { (($0.path as NSString).lastPathComponent, $0) })
        #expect(byName["good.txt"]?.extraction?.tasks.count == 2)
        #expect(byName["empty.txt"]?.diagnostics.first?.id == "read.empty")
        #expect(byName["old.doc"]?.diagnostics.first?.id == "read.legacy-format")
        #expect(byName["bin.txt"]?.diagnostics.first?.id == "read.binary")
        let md = try String(contentsOf: out.appendingPathComponent("report.md"), encoding: .utf8)
        #expect(md.contains("read.empty") && md.contains("empty.txt"))
    }
}
