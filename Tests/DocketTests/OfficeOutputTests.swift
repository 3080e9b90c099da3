import Foundation
import Testing
@testable import Docket
@testable import DocketModel
@testable import DocketReport

/// tasks.csv, tasks.xlsx and deadlines.ics, checked with real third-party readers (Python's csv, openpyxl and
/// icalendar, installed by .ci/run).
@Suite struct OfficeOutputTests {
    static func python(_ script: String, input: String? = nil) throws -> (Int32, String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", script]
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = pipe
        let stdin = Pipe()
        p.standardInput = stdin
        try p.run()
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    func compileSamples() throws -> (URL, [InputResult]) {
        let out = Fixtures.tempDir("office")
        let (_, results) = try Compiler(style: try StyleSet(directory: Fixtures.styles))
            .compile(inputs: Fixtures.inputs.path, out: out.path, asOf: Day(year: 2026, month: 7, day: 1)!, referenceDate: nil, ledgerPath: nil)
        return (out, results)
    }

    @Test func spreadsheetOpensWithOpenpyxlWithASheetPerUnit() throws {
        let (out, _) = try compileSamples()
        let checklists = try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("checklists").path).count
        let (rc, text) = try Self.python("""
        import openpyxl, sys
        wb = openpyxl.load_workbook(sys.argv[1] if len(sys.argv) > 1 else '\(out.path)/tasks.xlsx')
        s = wb['汇总']
        print(len(wb.sheetnames)); print(s.max_row); print(s['A1'].value, s['C1'].value)
        """)
        #expect(rc == 0, "openpyxl failed: \(text)")
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.first.flatMap { Int($0) } == checklists + 1, "a summary sheet and one sheet per unit")
        let tasks = try String(contentsOf: out.appendingPathComponent("tasks.csv"), encoding: .utf8).split(separator: "\r\n").count
        #expect(lines.dropFirst().first.flatMap { Int($0) } == tasks, "the summary has the rows of tasks.csv")
        #expect(lines.last == "任务编号 牵头单位")
    }

    @Test func calendarParsesWithIcalendar() throws {
        let (out, _) = try compileSamples()
        let (rc, text) = try Self.python("""
        import icalendar
        cal = icalendar.Calendar.from_ical(open('\(out.path)/deadlines.ics', 'rb').read())
        todos = list(cal.walk('VTODO'))
        print(len(todos)); print(todos[0].get('DUE').dt.isoformat()); print(str(todos[0].get('SUMMARY'))[:4])
        """)
        #expect(rc == 0, "icalendar failed: \(text)")
        let ics = try String(contentsOf: out.appendingPathComponent("deadlines.ics"), encoding: .utf8)
        let due = ics.components(separatedBy: "DUE;VALUE=DATE:").count - 1
        #expect(text.split(separator: "\n").first.flatMap { Int($0) } == due)
        #expect(due > 0)
        #expect(ics.split(separator: "\r\n").allSatisfy { $0.utf8.count <= 75 }, "lines are folded at 75 octets")
    }

    @Test func calendarLinesFoldBetweenCharacters() {
        // A long line of Chinese text with ASCII and four-byte characters among it: every folded line holds at most
        // 75 octets and is valid UTF-8 on its own, and unfolding gives the line back.
        for text in ["SUMMARY:" + String(repeating: "完成城区第二水厂扩建工程主体建设，a🙂", count: 9), "DESCRIPTION:" + String(repeating: "x", count: 200)] {
            let folded = ICSWriter.fold(text)
            #expect(folded.hasSuffix("\r\n"))
            // ("\r\n" is one Character: drop its two bytes.)
            let lines = String(decoding: folded.utf8.dropLast(2), as: UTF8.self).components(separatedBy: "\r\n")
            #expect(lines.allSatisfy { $0.utf8.count <= 75 })
            #expect(lines.dropFirst().allSatisfy { $0.hasPrefix(" ") })
            #expect(lines.first! + lines.dropFirst().map { String($0.dropFirst()) }.joined() == text)
        }
    }

    @Test func csvHasABOMAndReadsBackWithPythonsCSVReader() throws {
        let (out, _) = try compileSamples()
        let data = try Data(contentsOf: out.appendingPathComponent("tasks.csv"))
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let (rc, text) = try Self.python("""
        import csv
        rows = list(csv.reader(open('\(out.path)/tasks.csv', encoding='utf-8-sig', newline='')))
        print(len(rows[0])); print(len(rows))
        """)
        #expect(rc == 0, "\(text)")
        #expect(text.hasPrefix("10\n"))
        #expect(CSVWriter.cell("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"", "formulas are neutralised")
    }
}

@Suite struct SpreadsheetEscapingTests {
    @Test func cellsAreEscapedAndInvalidCharactersDropped() throws {
        let sst = String(decoding: XLSXWriter.sharedStrings(["a<b&c\"d'e", "x\u{1}y\u{FFFE}z"]), as: UTF8.self)
        #expect(sst.contains("a&lt;b&amp;c&quot;d&apos;e"))
        #expect(sst.contains(">xyz<"))
        #expect(sst.hasPrefix("<?xml"))
        // Cells refer to the shared strings by index; an empty cell is left out.
        let sheet = String(decoding: XLSXWriter.sheet([XLSXWriter.SheetRow(role: 0, base: 5, empty: 0b10)], width: 3), as: UTF8.self)
        #expect(sheet.contains("<c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>5</v></c><c r=\"D1\" t=\"s\"><v>7</v></c>"))
    }
}
