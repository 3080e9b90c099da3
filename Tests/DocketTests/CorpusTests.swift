import Foundation
import Testing
@testable import Docket
@testable import DocketExtract
@testable import DocketModel
import DocketReport

/// Extraction over the shared corpus (public texts read from ../shared, never copied into the project),
/// scored as ../shared/eval/score.py scores it. The floors guard what has been reached: a change that
/// lowers a score below its floor fails CI.
@Suite(.enabled(if: Fixtures.hasShared, "needs ../shared (or DOCKET_SHARED)"))
struct CorpusTests {
    static let floors: [(String, Double)] = [("task", 0.98), ("lead", 0.965), ("support", 0.97), ("deadline", 0.975), ("date", 0.97), ("status", 0.95)]

    static func corpusScores() throws -> Evaluation.Scores {
        let docs = Fixtures.sharedPath("corpus/docs")
        let names = try FileManager.default.contentsOfDirectory(atPath: docs).sorted()
        let results = Pipeline().process(paths: names.map { docs + "/" + $0 }, referenceDate: nil)
        var preds: [String: (date: String?, tasks: [Evaluation.PredTask])] = [:]
        for r in results {
            #expect(r.ok, "every corpus document is read: \(r.diagnostics.map(\.line))")
            if let x = r.extraction { preds[x.name] = (x.document.date?.iso, x.tasks.map(Evaluation.PredTask.init)) }
        }
        let gold = try Evaluation.loadGold(URL(fileURLWithPath: Fixtures.sharedPath("corpus/gold")))
        return Evaluation.score(gold: gold, predictions: preds)
    }

    @Test func scoresStayAboveTheirFloors() throws {
        let s = try Self.corpusScores()
        let values: [String: Double?] = ["task": s.task.prf?.f1, "lead": s.lead.prf?.f1, "support": s.support.prf?.f1,
                                         "deadline": s.deadline.prf?.f1, "date": s.dateAccuracy, "status": s.statusAccuracy]
        for (k, floor) in Self.floors {
            let v = try #require(values[k] ?? nil, "\(k) has a score")
            #expect(v >= floor, "\(k) F1 \(v) fell below its floor \(floor)")
        }
        print(s.table)
    }

    @Test func evalAgreesWithScorePy() throws {
        // Write the predictions as JSON, run score.py on them, compare its summary with ours.
        let dir = Fixtures.tempDir("docket-eval")
        let docs = Fixtures.sharedPath("corpus/docs")
        let names = try FileManager.default.contentsOfDirectory(atPath: docs).sorted()
        for r in Pipeline().process(paths: names.map { docs + "/" + $0 }, referenceDate: nil) {
            guard let x = r.extraction else { continue }
            try FactsJSON(x).encoded().write(to: dir.appendingPathComponent(x.name + ".json"), atomically: true, encoding: .utf8)
        }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", Fixtures.sharedPath("eval/score.py"), "--gold", Fixtures.sharedPath("corpus/gold"), "--pred", dir.path, "--json"]
        let pipe = Pipe()
        p.standardOutput = pipe
        try p.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        let summary = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let ours = try Self.corpusScores()
        func f1(_ k: String) -> Double? { (summary[k] as? [String: Any])?["f1"] as? Double }
        func r3(_ v: Double?) -> String { v.map { String(format: "%.3f", $0) } ?? "n/a" }
        #expect(r3(f1("task")) == r3(ours.task.prf?.f1))
        #expect(r3(f1("lead")) == r3(ours.lead.prf?.f1))
        #expect(r3(f1("support")) == r3(ours.support.prf?.f1))
        #expect(r3(f1("deadline")) == r3(ours.deadline.prf?.f1))
        #expect(r3(summary["date_accuracy"] as? Double) == r3(ours.dateAccuracy))
        #expect(r3(summary["status_accuracy"] as? Double) == r3(ours.statusAccuracy))
    }

    @Test func spansPointAtTheTextAsRead() throws {
        let docs = Fixtures.sharedPath("corpus/docs")
        for name in try FileManager.default.contentsOfDirectory(atPath: docs).sorted() {
            let r = Pipeline().process(path: docs + "/" + name, referenceDate: nil)
            let x = try #require(r.extraction)
            let text = Array(try String(contentsOfFile: docs + "/" + name, encoding: .utf8).unicodeScalars)
            for t in x.tasks {
                let slice = String(String.UnicodeScalarView(text[t.range.start..<t.range.end]))
                #expect(slice == t.text, "\(name) \(t.id): span does not give the task text")
            }
        }
    }
}
