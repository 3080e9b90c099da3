import ArgumentParser
import Docket
import DocketLedger
import DocketReport
import Foundation

/// `docket diff`: what changed between the last two batches in the ledger.
struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Show what changed between the last two batches: new tasks, changed deadlines or units, newly overdue, closed.")

    @Option(help: "The output folder whose ledger to read.")
    var out: String = "outputs"

    @Option(help: "The ledger (default: OUT/docket.sqlite).")
    var ledger: String?

    func run() throws {
        let path = ledger ?? Compiler.defaultLedger(out: out)
        guard FileManager.default.fileExists(atPath: path) else {
            printError("docket: \(path): no ledger yet; run docket compile first")
            throw ExitCode(2)
        }
        let runs = try Ledger(path: path, version: "").runs(limit: 2)
        guard let latest = runs.first else { print("无记录"); return }
        let changes = Compiler.changes(from: runs.dropFirst().first?.tasks ?? [:], to: latest.tasks)
        if changes.isEmpty { print("无变化（与上一批次相比）") }
        for c in changes { print("\(c.label)\t\(c.taskId)\t\(c.text)\(c.detail.isEmpty ? "" : "\t" + c.detail)") }
    }
}
