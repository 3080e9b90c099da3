import ArgumentParser
import Docket
import DocketLedger
import Foundation

/// `docket ledger`: what the ledger remembers, and forgetting a document.
struct LedgerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ledger",
        abstract: "List the documents the ledger remembers, or forget some.",
        subcommands: [List.self, Forget.self])

    /// Where the ledger is: `--ledger`, or the one in the output folder.
    struct Location: ParsableArguments {
        @Option(help: "The output folder whose ledger to use.")
        var out: String = "outputs"

        @Option(help: "The ledger (default: OUT/docket.sqlite).")
        var ledger: String?

        func open() throws -> Ledger {
            let path = ledger ?? Compiler.defaultLedger(out: out)
            guard FileManager.default.fileExists(atPath: path) else {
                printError("docket: \(path): no ledger yet; run docket compile first")
                throw ExitCode(2)
            }
            return try Ledger(path: path, version: "")
        }
    }

    /// `docket ledger list`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the documents the ledger remembers: path, date, tasks, title (and whether the file is gone).")

        @OptionGroup var location: Location

        func run() throws {
            let docs = try location.open().remembered()
            if docs.isEmpty { print("无记录"); return }
            for d in docs {
                let gone = FileManager.default.fileExists(atPath: d.path) ? "" : "\t(文件已不在)"
                print("\(d.key)\t\(d.date?.iso ?? "-")\t\(d.tasks.map(String.init) ?? "?")\t\(d.title ?? "?")\(gone)")
            }
        }
    }

    /// `docket ledger forget`.
    struct Forget: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Forget documents (files, or every document under a folder), so that later runs no longer report their tasks.")

        @Argument(help: "The files or folders to forget, as a run named them or as `docket ledger list` shows them.")
        var paths: [String]

        @OptionGroup var location: Location

        func run() throws {
            let ledger = try location.open()
            // A path as the run named it (from the working folder), or as `ledger list` shows it (from the ledger's).
            let given = paths.flatMap { p in p.hasPrefix("/") ? [p] : [p, ledger.path(forKey: p)] }
            let gone = try ledger.forget(paths: given)
            if gone.isEmpty {
                printError("docket: the ledger remembers no document at \(paths.joined(separator: ", "))")
                throw ExitCode(1)
            }
            for k in gone {
                let still = FileManager.default.fileExists(atPath: ledger.path(forKey: k))
                print("已移除\t\(k)" + (still ? "\t(文件仍在：再编译其所在文件夹会重新读入)" : ""))
            }
        }
    }
}
