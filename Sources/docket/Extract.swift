import ArgumentParser
import Docket
import DocketModel
import DocketReport
import Foundation

/// `docket extract FILE`: prints the facts of one document.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the facts of one document.")

    @Argument(help: "The document (.txt, .md, .html or .docx).")
    var file: String

    @Option(help: "Output format: json, md or xml.")
    var format: OutputFormat = .json

    @Option(name: .customLong("reference-date"), help: "The date to use when the document's own date cannot be found (YYYY-MM-DD).")
    var referenceDate: String?

    func run() throws {
        let ref = try parseDay(referenceDate, option: "--reference-date")
        let result = Pipeline().process(path: file, referenceDate: ref)
        for d in result.diagnostics { printError(d.line) }
        guard let x = result.extraction else { throw ExitCode(1) }
        switch format {
        case .json: print(try FactsJSON(x).encoded(), terminator: "")
        case .md, .xml:
            let style = try StyleSet.locate(nil)
            let report = Compiler.report([result], asOf: ref ?? x.document.date ?? Day(ordinal: 0))
            let writer: any ReportWriter = format == .md ? MarkdownWriter(style: style) : XMLWriter(style: style)
            print(try writer.render(report), terminator: "")
        }
    }
}

/// The formats `extract` prints.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case json, md, xml
}
