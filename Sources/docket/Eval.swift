import ArgumentParser
import Docket
import DocketModel
import Foundation

/// `docket eval --gold DIR FILES...`: extracts files and scores them against hand annotations.
struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Score extraction against gold annotations (NAME.gold.json), as score.py does.")

    @Option(help: "The folder of NAME.gold.json files.")
    var gold: String

    @Argument(help: "The documents (or folders) to extract; each is paired with the gold file of its name.")
    var files: [String]

    @Option(name: .customLong("reference-date"), help: "The date for documents whose own date cannot be found (YYYY-MM-DD).")
    var referenceDate: String?

    func run() throws {
        let ref = try parseDay(referenceDate, option: "--reference-date")
        let gold = try Evaluation.loadGold(URL(fileURLWithPath: self.gold))
        let pipeline = Pipeline()
        var paths: [String] = []
        for f in files {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: f, isDirectory: &isDir), isDir.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: f)) ?? []
                paths += names.sorted().map { (f as NSString).appendingPathComponent($0) }.filter { pipeline.registry.handles($0) }
            } else { paths.append(f) }
        }
        var preds: [String: (date: String?, tasks: [Evaluation.PredTask])] = [:]
        for r in pipeline.process(paths: paths, referenceDate: ref) {
            for d in r.diagnostics where d.severity == .error { printError(d.line) }
            guard let x = r.extraction else { continue }
            preds[x.name] = (x.document.date?.iso, x.tasks.map(Evaluation.PredTask.init))
        }
        let scores = Evaluation.score(gold: gold, predictions: preds)
        print(scores.table, terminator: "")
        let missing = gold.map(\.name).filter { preds[$0] == nil }
        if !missing.isEmpty { print("missing predictions: \(missing.count) (\(missing.prefix(5).joined(separator: ", ")))") }
    }
}
