import Foundation
import Testing
@testable import Docket
@testable import DocketExtract
@testable import DocketModel
@testable import DocketReaders

/// OFD documents (电子公文), laid out by the test as a typesetter writes them: A4 pages, 16-point characters, 28 to
/// a line, each paragraph's first line set in by two, some lines written out one character per text object, one
/// object placed through a transformation, and a page template and a seal that are no part of the text.
@Suite struct OFDReaderTests {
    static let ns = "xmlns:ofd=\"http://www.ofdspec.org/2016\""

    /// The advance of each glyph but the last: an ideograph a size, a Latin letter or digit half of one.
    static func deltaX(_ text: String, _ size: Double) -> String {
        text.dropLast().map { String($0.isASCII ? size / 2 : size) }.joined(separator: " ")
    }

    /// The package of a text: its title centred, its paragraphs wrapped at 28 characters, 24 lines a page.
    static func package(_ text: String, perCharacterLines: Set<Int> = [5, 6], transformedLine: Int = 9) throws -> [UInt8] {
        let size = 5.6, left = 27.0, top = 40.0, step = 9.8
        var lines: [(x: Double, text: String)] = []
        let paragraphs = text.split(separator: "\n").map(String.init)
        lines.append((left + (28 - Double(paragraphs[0].count)) / 2 * size, paragraphs[0]))
        for p in paragraphs.dropFirst() {
            // Lines filled to 28 ems: an ideograph takes one, a Latin letter or digit half of one.
            var line = "", width = 2.0, first = true
            for c in p {
                let w = c.isASCII ? 0.5 : 1.0
                if width + w > 28 {
                    lines.append((left + (first ? 2 * size : 0), line))
                    line = ""; width = 0; first = false
                }
                line.append(c)
                width += w
            }
            if !line.isEmpty { lines.append((left + (first ? 2 * size : 0), line)) }
        }
        var pages: [String] = []
        var id = 10
        for (p, chunk) in stride(from: 0, to: lines.count, by: 24).map({ (k: Int) in (k / 24, Array(lines[k..<min(k + 24, lines.count)])) }) {
            var objects = ""
            for (k, line) in chunk.enumerated() {
                let n = p * 24 + k
                let y = top + Double(k) * step
                func escaped(_ s: String) -> String { s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;") }
                if perCharacterLines.contains(n) {
                    for (i, c) in line.text.enumerated() {
                        id += 1
                        objects += "<ofd:TextObject ID=\"\(id)\" Boundary=\"\(line.x + Double(i) * size) \(y - size) \(size) \(size * 1.2)\" Font=\"3\" Size=\"\(size)\"><ofd:TextCode X=\"0\" Y=\"\(size)\">\(escaped(String(c)))</ofd:TextCode></ofd:TextObject>"
                    }
                } else if n == transformedLine {
                    // Drawn at a third of the scale, through a CTM (x' = 0.3527x − 10, y' = 0.3527y + 2).
                    id += 1
                    objects += "<ofd:TextObject ID=\"\(id)\" CTM=\"0.3527 0 0 0.3527 -10 2\" Boundary=\"\(line.x + 10 - 0.3527 * 0) \(y - 2 - size) 160 \(size * 1.2)\" Font=\"3\" Size=\"\(size / 0.3527)\"><ofd:TextCode X=\"0\" Y=\"\(size / 0.3527)\" DeltaX=\"\(Self.deltaX(line.text, size / 0.3527))\">\(escaped(line.text))</ofd:TextCode></ofd:TextObject>"
                } else {
                    id += 1
                    objects += "<ofd:TextObject ID=\"\(id)\" Boundary=\"\(line.x) \(y - size) 160 \(size * 1.2)\" Font=\"3\" Size=\"\(size)\"><ofd:TextCode X=\"0\" Y=\"\(size)\" DeltaX=\"\(Self.deltaX(line.text, size))\">\(escaped(line.text))</ofd:TextCode></ofd:TextObject>"
                }
            }
            pages.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Page \(ns)><ofd:Template TemplateID=\"2\"/><ofd:Content><ofd:Layer ID=\"4\">\(objects)<ofd:ImageObject ID=\"\(id + 1)\" Boundary=\"0 0 10 10\" ResourceID=\"9\"/></ofd:Layer></ofd:Content></ofd:Page>")
        }
        var parts: [(String, String)] = [
            ("OFD.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:OFD \(ns) Version=\"1.0\" DocType=\"OFD\"><ofd:DocBody><ofd:DocInfo><ofd:DocID>x</ofd:DocID></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>"),
            ("Doc_0/Document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Document \(ns)><ofd:CommonData><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea><ofd:TemplatePage ID=\"2\" BaseLoc=\"Tpls/Tpl_0/Content.xml\"/></ofd:CommonData><ofd:Pages>"
                + pages.indices.map { "<ofd:Page ID=\"\($0 + 100)\" BaseLoc=\"Pages/Page_\($0)/Content.xml\"/>" }.joined() + "</ofd:Pages></ofd:Document>"),
            // A template drawn on every page (a running header) is no part of the text.
            ("Doc_0/Tpls/Tpl_0/Content.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Page \(ns)><ofd:Content><ofd:Layer ID=\"5\"><ofd:TextObject ID=\"6\" Boundary=\"20 10 100 8\" Size=\"4\"><ofd:TextCode X=\"0\" Y=\"4\">页眉：某市人民政府办公室</ofd:TextCode></ofd:TextObject></ofd:Layer></ofd:Content></ofd:Page>"),
        ]
        for (i, p) in pages.enumerated() { parts.append(("Doc_0/Pages/Page_\(i)/Content.xml", p)) }
        return [UInt8](try ZipWriter.pack(parts))
    }

    @Test func anOFDDocumentReadsAsItsText() throws {
        let bytes = try Self.package(HardWrapTests.minutes)
        let read = try OFDReader().read(path: "m.ofd", bytes: bytes, limits: ReadLimits())
        #expect(read.document.format == "ofd")
        #expect(read.diagnostics.map(\.id) == ["read.reflowed"])
        let plain = try PlainTextReader().read(path: "m.txt", bytes: Array(HardWrapTests.minutes.utf8), limits: ReadLimits())
        let paragraphs = { (d: SourceDocument) in d.blocks.map { d.text.string($0.range).trimmingCharacters(in: .whitespaces) } }
        #expect(paragraphs(read.document) == paragraphs(plain.document))
        #expect(!read.document.text.string(SourceRange(start: 0, end: read.document.text.count)).contains("页眉"))
        let b = try HardWrapTests.expectFactsOfTheMinutes(read.document)
        #expect(b.document.title == "某市水利工作推进会议纪要")
    }

    @Test func brokenAndEmptyOFDsAreRefusedWithTheirReason() throws {
        func id(_ bytes: [UInt8]) -> String? {
            do { _ = try OFDReader().read(path: "x.ofd", bytes: bytes, limits: ReadLimits()); return nil } catch let e as ReadError { return e.id } catch { return "\(error)" }
        }
        #expect(id(Array("not a zip".utf8)) == "read.ofd-not-zip")
        #expect(id([UInt8](try ZipWriter.pack([("Doc_0/Document.xml", "<a/>")]))) == "read.ofd-corrupt")
        #expect(id([UInt8](try ZipWriter.pack([("OFD.xml", "<OFD><DocBody><DocRoot>Doc_0/Document.xml</DocRoot></DocBody></OFD>")]))) == "read.ofd-corrupt")
        let blank = [UInt8](try ZipWriter.pack([("OFD.xml", "<OFD><DocBody><DocRoot>Doc_0/Document.xml</DocRoot></DocBody></OFD>"),
                                                ("Doc_0/Document.xml", "<Document><Pages><Page BaseLoc=\"Pages/Page_0/Content.xml\"/></Pages></Document>"),
                                                ("Doc_0/Pages/Page_0/Content.xml", "<Page><Content><Layer><ImageObject Boundary=\"0 0 210 297\"/></Layer></Content></Page>")]))
        #expect(id(blank) == "read.ofd-no-text")
        let xxe = [UInt8](try ZipWriter.pack([("OFD.xml", "<!DOCTYPE OFD [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><OFD><DocBody><DocRoot>&x;</DocRoot></DocBody></OFD>")]))
        #expect(id(xxe) == "read.ofd-xml")
    }

    @Test func locationsResolveFromThePartThatNamesThem() {
        #expect(OFDReader.resolve("Pages/Page_0/Content.xml", from: "Doc_0") == "Doc_0/Pages/Page_0/Content.xml")
        #expect(OFDReader.resolve("/Doc_0/Pages/Page_0/Content.xml", from: "Doc_0") == "Doc_0/Pages/Page_0/Content.xml")
        #expect(OFDReader.resolve("../Res/x.xml", from: "Doc_0/Pages") == "Doc_0/Res/x.xml")
    }
}
