import Foundation
import Testing
@testable import DocketExtract
@testable import DocketModel
@testable import DocketReaders

/// PDFs, read through pdftotext (Debian's poppler-utils, installed by .ci/run). The PDF is printed by the test
/// itself from text the project wrote, with a real browser (chromium, also installed by .ci/run).
@Suite struct PDFReaderTests {
    static var hasPdftotext: Bool { PDFReader.pdftotext.path != nil }
    static var inCI: Bool { ProcessInfo.processInfo.environment["CI"] != nil }

    /// A one-page PDF with no text on it (as a scan without OCR is, to pdftotext), its cross-reference table exact.
    static func blankPDF() -> [UInt8] {
        let objects = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                       "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"]
        var out = Array("%PDF-1.4\n".utf8)
        var offsets: [Int] = []
        for (i, o) in objects.enumerated() {
            offsets.append(out.count)
            out += Array("\(i + 1) 0 obj\n\(o)\nendobj\n".utf8)
        }
        let xref = out.count
        out += Array("xref\n0 4\n0000000000 65535 f \n".utf8)
        for o in offsets { out += Array((String(repeating: "0", count: 10 - String(o).count) + "\(o) 00000 n \n").utf8) }
        out += Array("trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n".utf8)
        return out
    }

    @Test(.enabled(if: hasPdftotext && Fixtures.chromium != nil || inCI, "needs pdftotext and chromium (.ci/run installs both)"))
    func aPrintedMeetingReadsAsItsText() throws {
        let chromium = try #require(Fixtures.chromium, "chromium is not installed")
        #expect(Self.hasPdftotext, "pdftotext is not installed")
        let dir = Fixtures.tempDir("docket-pdf")
        defer { try? FileManager.default.removeItem(at: dir) }
        // A page of 公文: A4, a 16-point serif, first lines indented two characters, justified.
        let paragraphs = HardWrapTests.minutes.split(separator: "\n").map(String.init)
        var html = "<html><head><meta charset=\"utf-8\"><style>@page{size:A4;margin:37mm 26mm 35mm 28mm}"
        html += "body{font-family:\"Noto Serif CJK SC\",\"Noto Sans CJK SC\";font-size:16pt;line-height:28pt}"
        html += "p{text-indent:2em;margin:0;text-align:justify}h1{text-align:center;font-size:22pt}</style></head><body>"
        html += "<h1>\(paragraphs[0])</h1>" + paragraphs.dropFirst().map { "<p>\($0)</p>" }.joined() + "</body></html>"
        let page = dir.appendingPathComponent("m.html"), pdf = dir.appendingPathComponent("m.pdf")
        try html.write(to: page, atomically: true, encoding: .utf8)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: chromium)
        p.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", page.path]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        let bytes = [UInt8](try Data(contentsOf: pdf))
        let read = try PDFReader().read(path: "m.pdf", bytes: bytes, limits: ReadLimits())
        #expect(read.document.format == "pdf")
        #expect(read.diagnostics.map(\.id) == ["read.reflowed"], "the page's lines are joined into paragraphs")
        let b = try HardWrapTests.expectFactsOfTheMinutes(read.document)
        #expect(b.document.title == "某市水利工作推进会议纪要")
    }

    static func failure(_ bytes: [UInt8], reader: PDFReader = PDFReader()) -> ReadError? {
        do { _ = try reader.read(path: "x.pdf", bytes: bytes, limits: ReadLimits()); return nil } catch { return error as? ReadError }
    }

    @Test(.enabled(if: hasPdftotext || inCI, "needs pdftotext (.ci/run installs it)"))
    func blankDamagedAndFakePDFsAreRefusedWithTheirReason() {
        #expect(Self.failure(Self.blankPDF())?.id == "read.pdf-no-text")
        #expect(Self.failure(Self.blankPDF())?.reason.contains("OCR") == true)
        #expect(Self.failure(Array("%PDF-1.4\ngarbage\n".utf8))?.id == "read.pdf-invalid")
        #expect(Self.failure(Array("<html>not a pdf</html>".utf8))?.id == "read.pdf-invalid")
        #expect(Self.failure([])?.id == "read.empty")
    }

    @Test func withoutPdftotextAPDFIsRefusedWithWhatToDo() throws {
        var reader = PDFReader()
        reader.tool = ExternalTool(name: "docket-no-such-tool", override: "DOCKET_NO_SUCH_TOOL")
        let e = try #require(Self.failure(Self.blankPDF(), reader: reader))
        #expect(e.id == "read.unsupported-format")
        #expect(e.reason.contains("poppler-utils") && e.reason.contains(".docx"))
    }

    @Test func aToolThatRunsPastItsTimeIsStopped() throws {
        let sleep = ExternalTool(name: "sleep", override: "DOCKET_NO_SUCH_TOOL")
        let exe = try #require(sleep.path)
        let start = Date()
        do {
            _ = try sleep.run(exe, arguments: ["20"], input: [1, 2, 3], seconds: 0.3, maxBytes: 100)
            Issue.record("the tool was not stopped")
        } catch let e as ReadError {
            #expect(e.id == "read.tool-timeout")
        }
        #expect(Date().timeIntervalSince(start) < 10)
    }
}
