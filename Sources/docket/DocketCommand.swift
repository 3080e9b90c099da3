import ArgumentParser
import Docket
import DocketModel
import DocketReport
import Foundation

/// The `docket` command: compiles meeting documents into checklists and reports.
struct Docket: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "docket",
        abstract: "Compile meeting minutes, work summaries and task-division plans into task checklists and progress reports.",
        subcommands: [Compile.self, Extract.self, Eval.self, Diff.self, LedgerCommand.self])
}

/// Parses a YYYY-MM-DD option.
func parseDay(_ s: String?, option: String) throws -> Day? {
    guard let s else { return nil }
    guard let d = Day(iso: s) else { throw ValidationError("\(option) must be a date written YYYY-MM-DD, not '\(s)'") }
    return d
}

/// Writes a line to standard error.
func printError(_ s: String) {
    FileHandle.standardError.write(Data((s + "\n").utf8))
}
