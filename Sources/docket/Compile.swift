import ArgumentParser
import Docket
import DocketModel
import DocketReaders
import DocketReport
import Foundation

/// `docket compile DIR --out DIR`: the batch run after a meeting.
struct Compile: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Compile every document in a folder into reports and checklists.")

    @Argument(help: "The folder of documents (or one document).")
    var inputs: String

    @Option(help: "The folder to write reports into.")
    var out: String = "outputs"

    @Option(name: .customLong("as-of"), help: "The date that decides what is overdue (YYYY-MM-DD; default: today).")
    var asOf: String?

    @Option(name: .customLong("reference-date"), help: "The date for documents whose own date cannot be found (YYYY-MM-DD).")
    var referenceDate: String?

    @Option(help: "A style folder with templates, CSS and schema (default: styles/).")
    var style: String?

    @Option(name: .customLong("max-file-size"), help: "The largest input file read, in bytes.")
    var maxFileSize: Int = 16 << 20

    @Option(name: .customLong("max-unzipped-size"), help: "The most bytes a .docx, .xlsx or .ofd may expand to.")
    var maxUnzippedSize: Int = 256 << 20

    @Option(help: "The longest time spent extracting one file, in seconds.")
    var timeout: Int = 30

    @Option(help: "The task ledger (SQLite) that remembers earlier batches (default: OUT/docket.sqlite).")
    var ledger: String?

    @Flag(name: .customLong("no-ledger"), help: "Compile this batch alone, without reading or writing a ledger.")
    var noLedger = false

    @Option(help: "A corrections file (default: corrections.toml in the input folder).")
    var corrections: String?

    @Option(help: "What the reports cover: archive (every document the ledger remembers, and the inputs) or batch (the inputs alone, linked to the ledger's documents, with the earlier tasks they follow up).")
    var scope: ReportScope = .archive

    @Flag(help: "Print the time each stage of the run took (on stderr).")
    var timings = false

    func run() throws {
        let day = try parseDay(asOf, option: "--as-of") ?? Self.today()
        let ref = try parseDay(referenceDate, option: "--reference-date")
        let styleSet: StyleSet
        do { styleSet = try StyleSet.locate(style) } catch { printError("docket: \(error)"); throw ExitCode(2) }
        var limits = ReadLimits()
        limits.maxFileBytes = maxFileSize
        limits.maxUnzippedBytes = maxUnzippedSize
        var pipeline = Pipeline(limits: limits)
        pipeline.timeLimit = .seconds(max(1, timeout))
        // A progress bar on stderr, only when stderr is a terminal.
        if isatty(2) != 0 {
            pipeline.progress = { done, total in
                let width = 30
                let filled = total > 0 ? done * width / total : width
                let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
                FileHandle.standardError.write(Data("\r\(bar) \(done)/\(total)".utf8))
                if done == total { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            }
        }
        var compiler = Compiler(pipeline: pipeline, style: styleSet)
        if timings {
            compiler.timings = { stage, d in
                let c = d.components
                printError("docket: " + String(format: "%8.3f s", Double(c.seconds) + Double(c.attoseconds) / 1e18) + "  " + stage)
            }
        }
        let summary: CompileSummary
        let results: [InputResult]
        do {
            (summary, results) = try compiler.compile(inputs: inputs, out: out, asOf: day, referenceDate: ref,
                                                      ledgerPath: noLedger ? nil : (ledger ?? Compiler.defaultLedger(out: out)),
                                                      correctionsPath: corrections, scope: scope)
        } catch {
            printError("docket: \(error)")
            throw ExitCode(2)
        }
        for r in results { for d in r.diagnostics where d.severity >= .warning { printError(d.line) } }
        for d in summary.batchDiagnostics { printError(d.line) }
        printError(summary.line)
        if summary.failed > 0 { throw ExitCode(1) }
    }

    /// Today's date in the local time zone: read once here, at the edge, never inside extraction.
    static func today() -> Day {
        let c = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return Day(year: c.year ?? 1970, month: c.month ?? 1, day: c.day ?? 1) ?? Day(ordinal: 0)
    }
}

extension ReportScope: ExpressibleByArgument {}
