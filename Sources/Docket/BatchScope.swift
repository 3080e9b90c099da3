import DocketExtract
import DocketGraph
import DocketLedger
import DocketModel
import DocketReport
import Foundation

/// What a compile run's outputs report.
public enum ReportScope: String, Sendable, CaseIterable {
    /// Every document the ledger remembers as well as the inputs: the archive's reports (the default).
    case archive
    /// The inputs alone (this meeting's documents), their tasks linked to those of every document the ledger
    /// remembers, with the earlier tasks they follow up; the ledger then remembers the inputs too.
    case batch
}

extension Compiler {
    /// A run that reports only its batch: the inputs are read and extracted, linked to the ledger's documents
    /// through their digests, and reported with the earlier tasks they follow up.
    ///
    /// The ledger's documents are not decoded, linked to one another or reported; only the digests are fetched
    /// (what linking needs), and the facts only of the documents whose tasks the batch follows up. An earlier task's
    /// status in these reports is the one the batch reports (the newest of the batch's follow-ups to it), and the
    /// changes are those the batch makes to the earlier documents as they were written: its tasks are new, and an
    /// earlier task it reports done is closed. No run is recorded, so that the next run over the whole archive still
    /// lists its changes since the previous one.
    func compileBatch(files: [String], out: String, asOf: Day, referenceDate: Day?, ledger: Ledger,
                      corrections: [Correction], correctionsFile: String, lap: (String) -> Void) throws -> (CompileSummary, [InputResult]) {
        let inputPaths = Set(files)
        let cached = try? ledger.cachedFacts(paths: inputPaths)
        let read = pipeline.process(paths: files, referenceDate: referenceDate, cache: { p, hash in try? cached?.extraction(path: p, hash: hash) })
        lap("read and extract (\(read.filter { !$0.fromCache }.count) extracted)")
        let (results, copies) = Self.withoutDuplicates(read)
        // The archive: the digest of every other document, without those an input repeats or has the path of.
        let stored = try ledger.digests(excluding: inputPaths)
        let currentPaths = Set(results.compactMap(\.extraction?.path))
        let archive = Self.notRepeated(stored.documents, by: read, hash: \.hash, titleKey: \.digest.titleKey,
                                       sameDocument: \.digest.sameDocument).filter { !currentPaths.contains($0.digest.path) }
        let (named, others) = Self.distinctNames(results: results, remembered: Parallel.map(archive.count, chunk: 64) { archive[$0].digest.extraction })
        lap("digests of the ledger's \(archive.count) documents")
        let batch = named.compactMap(\.extraction)
        let ids = Set((batch + others).flatMap { $0.tasks.map(\.id) })
        // (A batch against an empty ledger is most likely one whose --ledger was forgotten: OUT/docket.sqlite, new.)
        let empty = stored.documents.isEmpty && stored.unreadable.isEmpty ? [
            Diagnostic(id: "ledger.empty", severity: .warning, file: ledger.path,
                       message: "the ledger remembers no other document, so this batch follows up no earlier task (to link it to an archive, name that archive's ledger with --ledger)"),
        ] : []
        var batchDiagnostics = copies + empty + Self.unreadable(stored.unreadable) + Corrections.unmatched(corrections, ids: ids, file: correctionsFile)
        // Follow-ups of the batch's tasks, looked up among every earlier task (corrections applied, as a run over
        // the whole archive applies them).
        let batchNames = Set(batch.map(\.name))
        let order = TaskGraph.timeOrder(corrections.isEmpty ? batch + others : Corrections.apply(corrections, to: batch + others).0)
        let links = FollowUpLinker.link(order, only: Set(order.indices.filter { batchNames.contains(order[$0].name) }))
        lap("link")
        // The earlier documents whose tasks are followed up, each cut down to those tasks and what they are under.
        let targets = Set(links.map(\.to))
        let owners = Set(others.filter { x in x.tasks.contains { targets.contains($0.id) } }.map(\.name))
        var keyOf: [String: String] = [:]
        for (x, s) in zip(others, archive) where owners.contains(x.name) { keyOf[s.path] = x.name }
        let fetched = try ledger.documents(keys: keyOf.keys.sorted())
        let earlier = fetched.documents.compactMap { s -> DocumentExtraction? in
            guard let name = keyOf[s.path] else { return nil }
            let x = s.extraction.name == name ? s.extraction : DocumentNames.renamed(s.extraction, to: name)
            return Self.slice(x, keeping: targets)
        }
        // (A document whose digest was read but whose facts cannot be is named, and the links to it are dropped.)
        batchDiagnostics += Self.unreadable(fetched.unreadable)
        let present = Set((batch + earlier).flatMap { $0.tasks.map(\.id) })
        let found = links.filter { present.contains($0.to) }
        let (before, _) = Corrections.apply(corrections, to: earlier)
        let (corrected, marks) = Corrections.apply(corrections, to: batch + earlier)
        let ordered = TaskGraph.timeOrder(corrected)
        let graph = TaskGraph(extractions: ordered, aliases: Lexicon.standard.unitAliases, followUps: found)
        var report = Self.model(graph: graph, ordered: ordered, results: named, marks: marks, asOf: asOf, diagnostics: batchDiagnostics)
        // What the batch changes: the earlier tasks as their documents left them, against this batch's report.
        let beforeOrdered = TaskGraph.timeOrder(before)
        let beforeGraph = TaskGraph(extractions: beforeOrdered, aliases: Lexicon.standard.unitAliases, followUps: [])
        let beforeModel = Self.model(graph: beforeGraph, ordered: beforeOrdered, results: [], marks: [:], asOf: asOf)
        report.setChanges(Self.changes(from: Self.snapshot(beforeModel), to: Self.snapshot(report)))
        report.changesBasis = "与前期文件相比"
        lap("report model (\(earlier.count) earlier documents followed up)")
        try ledger.remember(documents: Self.extractedNow(results))
        lap("remember the batch")
        return try finish(report: report, graph: graph, results: results, named: named, files: files.count, out: out,
                          batchDiagnostics: batchDiagnostics, lap: lap)
    }

    /// A document cut down to the tasks with these ids and the tasks and headings they are under; without its
    /// targets, problems, figures and diagnostics (those of an earlier batch).
    static func slice(_ x: DocumentExtraction, keeping ids: Set<String>) -> DocumentExtraction {
        var keep = Set<String>()
        let parents = Dictionary(x.tasks.map { ($0.id, $0.parent) } + x.sections.map { ($0.id, $0.parent) }, uniquingKeysWith: { a, _ in a })
        for t in x.tasks where ids.contains(t.id) {
            var id: String? = t.id
            while let i = id, keep.insert(i).inserted { id = parents[i] ?? nil }
        }
        return DocumentExtraction(path: x.path, name: x.name, document: x.document, sections: x.sections.filter { keep.contains($0.id) },
                                  tasks: x.tasks.filter { keep.contains($0.id) }, metrics: [], diagnostics: [])
    }
}
