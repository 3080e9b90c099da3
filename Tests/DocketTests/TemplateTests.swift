import Foundation
import Testing
@testable import Docket
@testable import DocketExtract
@testable import DocketModel
@testable import DocketReaders
@testable import DocketReport

/// A small object for template tests.
struct Obj: TemplateObject {
    var fields: [String: TemplateValue]
    func templateValue(named name: String) -> TemplateValue? { fields[name] }
}

/// Docket's own Mustache-subset templates: what the style authors can rely on.
@Suite struct TemplateTests {
    func render(_ t: String, _ fields: [String: TemplateValue]) throws -> String {
        try Template(t).render(Obj(fields: fields))
    }

    @Test func variablesAreEscapedUnlessTripled() throws {
        let v: [String: TemplateValue] = ["x": .text("<b>&\"'")]
        #expect(try render("{{x}}|{{{x}}}|{{& x}}", v) == "&lt;b&gt;&amp;&quot;&#39;|<b>&\"'|<b>&\"'")
        #expect(try render("{{% CONTENT_TYPE: TEXT}}{{x}}", v) == "<b>&\"'", "TEXT turns escaping off")
        #expect(try render("{{missing}}.", v) == ".")
    }

    @Test func escapingFindsEveryMarkupCharacterWhereverItStands() {
        // The sink passes over eight bytes at a time while none needs escaping: every special character, at every
        // place in texts of every length around that stride, among Chinese and ASCII text, must still be replaced.
        func reference(_ s: String) -> String {
            var out = ""
            for c in s {
                switch c {
                case "<": out += "&lt;"
                case ">": out += "&gt;"
                case "&": out += "&amp;"
                case "\"": out += "&quot;"
                case "'": out += "&#39;"
                default: out.append(c)
                }
            }
            return out
        }
        let fillers: [String] = ["督办任务", "abcdefgh", "进展a?=9"]
        for filler in fillers {
            let base = Array(String(repeating: filler, count: 6))
            for special in ["<", ">", "&", "\"", "'"] {
                for length in [0, 1, 7, 8, 9, 15, 16, 17] {
                    for at in 0...length {
                        var chars = Array(base.prefix(length))
                        chars.insert(Character(special), at: at)
                        let text = String(chars)
                        let sink = ByteSink()
                        sink.appendEscaped(text)
                        #expect(sink.string == reference(text), "\(text)")
                    }
                }
            }
        }
    }

    @Test func xmlEscapingMatchesTheRuleScalarByScalar() {
        // The XML report's and the workbook's escaping work on bytes; they must agree with the rule read scalar by
        // scalar: & < > (and in attributes " and white-space controls) replaced, C0 controls and U+FFFE/U+FFFF
        // dropped, and full-width punctuation (whose UTF-8 opens with EF, as U+FFFE's does) kept.
        func reference(_ s: String, attribute: Bool) -> String {
            var out = ""
            for u in s.unicodeScalars {
                switch u {
                case "&": out += "&amp;"
                case "<": out += "&lt;"
                case ">": out += "&gt;"
                case "\r": out += "&#13;"
                case "\"" where attribute: out += "&quot;"
                case "\n" where attribute: out += "&#10;"
                case "\t" where attribute: out += "&#9;"
                default: if XMLText.allowed(u) { out.unicodeScalars.append(u) }
                }
            }
            return out
        }
        let pieces = ["督办", "，", "：", "＂", "&", "<", ">", "\"", "'", "\r", "\n", "\t", "\u{01}", "\u{1F}", "\u{FFFE}", "\u{FFFF}", "\u{FFFD}", "a", "🙂"]
        for a in pieces {
            for b in pieces {
                let text = "任务" + a + b + "完成" + b
                for attribute in [false, true] {
                    let sink = ByteSink()
                    XMLText.escape(text, attribute: attribute, into: sink)
                    #expect(sink.string == reference(text, attribute: attribute), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
                }
                // The workbook's cells drop the same characters and keep full-width punctuation.
                let cell = XLSXWriter.xmlEscape(text)
                #expect(!cell.unicodeScalars.contains { !XMLText.allowed($0) })
                #expect(cell.contains("，") == text.contains("，"))
            }
        }
    }

    @Test func sectionsWalkListsFlagsObjectsAndText() throws {
        let rows = [Obj(fields: ["n": .number(1)]), Obj(fields: ["n": .number(2)])]
        let v: [String: TemplateValue] = [
            "rows": .objects(rows), "none": .objects([Obj]()), "yes": .flag(true), "no": .flag(false),
            "empty": .text(""), "full": .text("a"), "inner": .object(Obj(fields: ["k": .text("deep")])), "top": .text("T"),
        ]
        #expect(try render("{{#rows}}[{{n}}{{top}}]{{/rows}}", v) == "[1T][2T]", "names not in an element are found outside it")
        #expect(try render("{{rows.count}} {{none.count}}", v) == "2 0")
        #expect(try render("{{#none}}x{{/none}}{{^none}}empty{{/none}}", v) == "empty")
        #expect(try render("{{#yes}}y{{/yes}}{{#no}}n{{/no}}{{^no}}!n{{/no}}", v) == "y!n")
        #expect(try render("{{#empty}}e{{/empty}}{{#full}}({{.}}){{/full}}", v) == "(a)", "empty text is false")
        #expect(try render("{{inner.k}} {{#inner}}{{k}}{{/inner}}", v) == "deep deep")
    }

    @Test func standaloneTagLinesAreRemoved() throws {
        let t = "a\n  {{#yes}}\nb\n  {{/yes}}\n{{! a comment }}\nc {{#yes}}d{{/yes}}\n"
        #expect(try render(t, ["yes": .flag(true)]) == "a\nb\nc d\n")
    }

    @Test func badTemplatesNameTheLine() throws {
        #expect(throws: Template.ParseError.self) { try Template("a\n{{#x}}\nb") }
        do {
            _ = try Template("a\nb {{/x}}")
            Issue.record("an unopened close must not parse")
        } catch let e as Template.ParseError {
            #expect(e.line == 2)
        }
        #expect(throws: Template.ParseError.self) { try Template("{{> partial}}") }
        #expect(throws: Template.ParseError.self) { try Template("{{x") }
    }

    @Test func aSinkOnAFileStreamsEverything() throws {
        let dir = Fixtures.tempDir("sink")
        let path = dir.appendingPathComponent("big.txt").path
        let sink = try ByteSink(file: path, bufferSize: 1024)
        let rows = (0..<5000).map { Obj(fields: ["n": .number($0)]) }
        try Template("{{#rows}}{{n}}\n{{/rows}}").render(Obj(fields: ["rows": .objects(rows)]), into: sink)
        try sink.flush()
        #expect(sink.bytes.isEmpty, "flushed as it went")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text == (0..<5000).map { "\($0)\n" }.joined())
    }
}

/// The zip and JSON writers that replaced library code on the hot path write the same thing the libraries did.
@Suite struct FastWriterTests {
    @Test func zipPartsLargerThanAChunkReadBackWithPython() throws {
        // 3.5 MiB of text crosses several 1 MiB deflate chunks; an empty part has a stream of its own.
        let big = String(repeating: "督办任务进展报告，牵头单位：市水利局。\n", count: 65_000)
        let zip = try ZipWriter.pack([("big.txt", big), ("empty.txt", ""), ("dir/small.txt", "x")])
        let dir = Fixtures.tempDir("zip")
        let path = dir.appendingPathComponent("t.zip").path
        try zip.write(to: URL(fileURLWithPath: path))
        let (rc, text) = try OfficeOutputTests.python("""
        import zipfile, hashlib
        z = zipfile.ZipFile('\(path)')
        assert z.testzip() is None
        print(z.namelist()); print(hashlib.sha256(z.read('big.txt')).hexdigest()); print(len(z.read('empty.txt')), z.read('dir/small.txt'))
        """)
        #expect(rc == 0, "\(text)")
        let digest = try OfficeOutputTests.python("import hashlib,sys; print(hashlib.sha256(sys.stdin.read().encode()).hexdigest())", input: big).1
        let lines = text.split(separator: "\n")
        #expect(lines.first == "['big.txt', 'empty.txt', 'dir/small.txt']")
        #expect(lines.dropFirst().first.map(String.init) == digest.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(lines.last == "0 b'x'")
        #expect(try ZipWriter.pack([("big.txt", big)]) == (try ZipWriter.pack([("big.txt", big)])), "the same parts give the same bytes")
    }

    /// The JSON Foundation's encoder gives for the facts (the writer must match it byte for byte).
    func encoderJSON(_ f: FactsJSON) throws -> String {
        let enc = JSONEncoder()
        enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try enc.encode(f), as: UTF8.self) + "\n"
    }

    @Test func factsJSONIsTheEncodersTextWithAwkwardCharacters() throws {
        let text = "会议纪要\n一、关于\"引号\"和\\反斜杠/斜杠\u{1}\u{1F}\t的事项\n市水利局要于2025年12月底前完成“四化”项目建设。\n"
        let doc = try ReaderRegistry.standard.read(path: "awkward.txt", bytes: Array(text.utf8), limits: ReadLimits()).document
        let x = Extractor().extract(doc, referenceDate: nil)
        #expect(!x.tasks.isEmpty)
        let f = FactsJSON(x)
        #expect(try f.encoded() == (try encoderJSON(f)))
    }

    @Test(.enabled(if: Fixtures.hasShared, "needs ../shared (or DOCKET_SHARED)"))
    func factsJSONIsTheEncodersTextOnTheCorpus() throws {
        let dir = Fixtures.sharedPath("corpus/docs")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".txt") }.sorted()
        #expect(names.count > 10)
        for n in names {
            let r = Pipeline().process(path: dir + "/" + n, referenceDate: nil)
            guard let x = r.extraction else { Issue.record("\(n) was not read"); continue }
            let f = FactsJSON(x)
            #expect(try f.encoded() == (try encoderJSON(f)), "\(n)")
        }
    }
}

/// Writers that stream must not hold their output: a report past the validation bound goes to the file as it is made.
@Suite struct StreamingWriterTests {
    @Test func largeXMLReportsStreamThroughTheSink() throws {
        let seed = try FileManager.default.contentsOfDirectory(atPath: Fixtures.inputs.path).filter { $0.hasSuffix(".txt") }.sorted()
        let results = seed.map { Pipeline().process(path: Fixtures.inputs.appendingPathComponent($0).path, referenceDate: nil) }
        let report = Compiler.report(results, asOf: Day(year: 2025, month: 10, day: 9)!)
        #expect(report.taskCount > 5)
        var writer = XMLWriter(style: try StyleSet(directory: Fixtures.styles))
        let whole = try writer.render(report)
        #expect(whole.utf8.count > 2 * (512 + 4096), "the report is larger than what may wait in memory")
        writer.validationLimit = 0 // every report counts as large: no validation, streamed
        let path = Fixtures.tempDir("xml-stream").appendingPathComponent("report.xml").path
        let sink = try ByteSink(file: path, bufferSize: 512)
        try writer.write(report, into: sink)
        #expect(sink.bytes.count < 512 + 4096, "at most a buffer and one task wait in memory")
        try sink.flush()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == whole, "the streamed file is the validated text")
    }
}
