import Foundation
import Testing
@testable import Docket
@testable import DocketModel
import DocketReport

/// The HTML report of the whole corpus in a real browser (Debian's chromium with fonts-noto-cjk, installed by
/// .ci/run): a screenshot that is not blank, and every task in the DOM, at desktop and mobile widths.
/// It runs wherever chromium is installed, and always in CI (CI=true), where a missing browser fails it.
@Suite(.enabled(if: Fixtures.hasShared && (Fixtures.chromium != nil || ProcessInfo.processInfo.environment["CI"] != nil),
                "needs ../shared and chromium"), .serialized)
struct BrowserTests {
    static var chromium: String? { Fixtures.chromium }

    static func run(_ exe: String, _ args: [String]) throws -> (Int32, Data) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: exe)
        p.arguments = args
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, data)
    }

    static let report: (URL, Set<String>)? = {
        let out = Fixtures.tempDir("browser")
        guard let (_, results) = try? Compiler(style: try StyleSet(directory: Fixtures.styles))
            .compile(inputs: Fixtures.sharedPath("corpus/docs"), out: out.path, asOf: Day(year: 2026, month: 7, day: 1)!, referenceDate: nil, ledgerPath: nil)
        else { return nil }
        return (out.appendingPathComponent("report.html"), Set(results.flatMap { $0.extraction?.tasks.map(\.id) ?? [] }))
    }()

    @Test(arguments: [("desktop", "1200,900"), ("mobile", "390,844")])
    func reportRendersWithEveryTask(_ name: String, _ size: String) throws {
        let exe = try #require(Self.chromium, "chromium is not installed (.ci/run installs it)")
        let (html, ids) = try #require(Self.report)
        #expect(ids.count > 500)
        let png = Fixtures.tempDir("shot").appendingPathComponent("\(name).png")
        let flags = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=\(size)"]
        _ = try Self.run(exe, flags + ["--screenshot=\(png.path)", html.absoluteString])
        let (rc, text) = try Self.run("/usr/bin/env", ["python3", "-c", """
            from PIL import Image
            im = Image.open('\(png.path)').convert('RGB')
            colors = im.getcolors(1 << 20) or []
            print(im.size[0], im.size[1], len(colors))
            """])
        let fields = String(decoding: text, as: UTF8.self).split(separator: " ").compactMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        #expect(rc == 0 && fields.count == 3, "the screenshot could not be read: \(String(decoding: text, as: UTF8.self))")
        if fields.count == 3 {
            #expect(fields[0] == Int(size.split(separator: ",")[0]))
            #expect(fields[2] > 50, "the page is not blank: \(fields[2]) colours")
        }
        // Every task is in the DOM after the page has loaded.
        let (_, dom) = try Self.run(exe, flags + ["--dump-dom", html.absoluteString])
        let page = String(decoding: dom, as: UTF8.self)
        var missing: [String] = []
        for id in ids where !page.contains("data-task-id=\"\(id)\"") && !page.contains("data-support-of=\"\(id)\"") && !page.contains("data-report-id=\"\(id)\"") {
            missing.append(id)
        }
        #expect(missing.isEmpty, "tasks missing from the DOM: \(missing.prefix(5))")
    }
}
