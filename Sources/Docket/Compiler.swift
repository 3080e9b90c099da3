import DocketExtract
import DocketGraph
import DocketLedger
import DocketModel
import DocketReaders
import DocketReport
import Foundation

/// What a compile run did, for the summary line and the exit status.
public struct CompileSummary: Sendable {
    /// Inputs found.
    public var documents: Int
    /// Inputs that could not be read.
    public var failed: Int
    /// Tasks extracted.
    public var tasks: Int
    /// Open tasks past their deadline.
    public var overdue: Int
    /// Warnings raised.
    public var warnings: Int
    /// Files written.
    public var written: [String]
    /// Inputs extracted in this run (the others came unchanged from the ledger).
    public var extracted: Int = 0
    /// What was said about the batch as a whole: inputs left out as copies of others, remembered documents whose
    /// facts could not be read.
    public var batchDiagnostics: [Diagnostic] = []

    /// The one-line summary printed at the end of a run.
    public var line: String {
        "docket: \(documents) documents (\(failed) failed), \(tasks) tasks, \(overdue) overdue, \(warnings) warnings"
    }
}

/// The back half of the compiler: graph, report model, writers, files.
public struct Compiler {
    /// The pipeline that reads and extracts.
    public var pipeline: Pipeline
    /// The style the writers render with.
    public var style: StyleSet
    /// Called after each stage of ``compile(inputs:out:asOf:referenceDate:ledgerPath:correctionsPath:scope:)`` with its
    /// name and the time it took (`docket compile --timings`).
    public var timings: (@Sendable (String, Duration) -> Void)?

    /// Creates a compiler.
    public init(pipeline: Pipeline = Pipeline(), style: StyleSet) {
        self.pipeline = pipeline
        self.style = style
    }

    /// The input files under a folder (or the file itself), sorted, that a reader handles; nothing under
    /// `skipping` (the output folder, when it lies inside the input folder: its reports and checklists are no inputs).
    public func inputs(at path: String, skipping: String? = nil) throws -> [String] {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            throw CompileError(description: "\(path): no such file or folder")
        }
        if !isDir.boolValue { return [path] }
        guard let e = FileManager.default.enumerator(atPath: path) else { return [] }
        // (Only an output folder strictly inside the input folder is skipped; one that holds it is no concern.)
        let folder = FilePaths.absolute(path) + "/"
        if let skipping, FilePaths.absolute(skipping) + "/" == folder {
            throw CompileError(description: "\(path): the output folder is the input folder; its reports would be read as inputs on the next run (choose another --out)")
        }
        let skipped = skipping.map { FilePaths.absolute($0) + "/" }.flatMap { $0.hasPrefix(folder) ? $0 : nil }
        var out: [String] = []
        for case let rel as String in e {
            let name = rel.split(separator: "/").last.map(String.init) ?? rel
            if name.hasPrefix(".") || name.hasPrefix("~$") { continue }
            let full = (path as NSString).appendingPathComponent(rel)
            if let skipped, (FilePaths.absolute(full) + "/").hasPrefix(skipped) { e.skipDescendants(); continue }
            var d: ObjCBool = false
            if FileManager.default.fileExists(atPath: full, isDirectory: &d), !d.boolValue, pipeline.registry.handles(full) {
                out.append(full)
            }
        }
        return out.sorted()
    }

    /// Builds the report model from extraction results (no ledger, no corrections): used by `extract` and the benchmark.
    public static func report(_ results: [InputResult], asOf: Day, calendar: WorkingDayCalendar = .standard) -> ReportModel {
        report(results: results, remembered: [], corrections: [], previous: nil, asOf: asOf, calendar: calendar).0
    }

    /// Builds the report model of a batch: the documents read now and those the ledger remembers, corrections
    /// applied, follow-ups linked, changes since the previous batch. Returns the model, the task snapshot and the graph.
    /// `lap` is called after linking and after the model, with the stage's name.
    public static func report(results: [InputResult], remembered: [DocumentExtraction], corrections: [Correction],
                              previous: [String: TaskSnapshot]?, asOf: Day, calendar: WorkingDayCalendar = .standard,
                              diagnostics: [Diagnostic] = [],
                              lap: (String) -> Void = { _ in }) -> (ReportModel, [String: TaskSnapshot], TaskGraph) {
        let (graph, ordered, marks) = link(results: results, remembered: remembered, corrections: corrections)
        lap("link")
        var model = Self.model(graph: graph, ordered: ordered, results: results, marks: marks, asOf: asOf, calendar: calendar,
                               diagnostics: diagnostics)
        let snapshot = Self.snapshot(model)
        if let previous { model.setChanges(Self.changes(from: previous, to: snapshot)) }
        lap("report model")
        return (model, snapshot, graph)
    }

    /// The link step: the documents of this batch and those the ledger remembers, corrections applied, in time
    /// order, with follow-ups linked into a task graph. Returns the graph, the ordered documents and the corrected fields.
    public static func link(results: [InputResult], remembered: [DocumentExtraction],
                            corrections: [Correction]) -> (TaskGraph, [DocumentExtraction], [String: [String]]) {
        let (named, others) = distinctNames(results: results, remembered: remembered)
        let all = named.compactMap(\.extraction) + others
        let (corrected, marks) = Corrections.apply(corrections, to: all)
        let ordered = TaskGraph.timeOrder(corrected)
        let links = FollowUpLinker.link(ordered)
        let graph = TaskGraph(extractions: ordered, aliases: Lexicon.standard.unitAliases, followUps: links)
        return (graph, ordered, marks)
    }

    /// The documents of a batch with distinct names (``DocumentNames``): the results read now, and the documents
    /// the ledger remembers that are not among them. Documents that share a file name in different folders would
    /// otherwise give their tasks one id.
    public static func distinctNames(results: [InputResult], remembered: [DocumentExtraction]) -> ([InputResult], [DocumentExtraction]) {
        let currentPaths = Set(results.compactMap(\.extraction?.path))
        let others = remembered.filter { !currentPaths.contains($0.path) }
        let current = results.indices.filter { results[$0].extraction != nil }
        let named = DocumentNames.distinct(current.compactMap { results[$0].extraction } + others)
        var out = results
        for (k, i) in current.enumerated() { out[i].extraction = named[k] }
        return (out, Array(named.dropFirst(current.count)))
    }

    /// The report model of a linked batch (without the changes since the previous batch).
    public static func model(graph: TaskGraph, ordered: [DocumentExtraction], results: [InputResult], marks: [String: [String]],
                             asOf: Day, calendar: WorkingDayCalendar = .standard, diagnostics: [Diagnostic] = []) -> ReportModel {
        var docs = ordered.map { x in
            DocumentRow(name: x.name, path: x.path, title: x.document.title, kind: x.document.kind.rawValue,
                        date: x.document.date?.iso ?? "", issuer: x.document.issuer ?? "", number: x.document.number ?? "",
                        host: x.document.host ?? "", attendees: x.document.attendees, taskCount: x.tasks.count, failed: false)
        }
        for r in results where r.extraction == nil {
            let name = (r.path as NSString).lastPathComponent
            docs.append(DocumentRow(name: name, path: r.path, title: name, kind: "other", date: "", issuer: "", number: "", taskCount: 0, failed: true))
        }
        let workingDays: @Sendable (Day, Day) -> Int = { calendar.workingDays(from: $0, to: $1) }
        var model = ReportModel(graph: graph, documents: docs, diagnostics: results.flatMap(\.diagnostics) + diagnostics, asOf: asOf,
                                calendar: workingDays, corrections: marks)
        model.setStatements(targets: ordered.flatMap { x in x.targets.map { StatementRow($0, document: x.name, title: x.document.title) } },
                            problems: ordered.flatMap { x in x.problems.map { StatementRow($0, document: x.name, title: x.document.title) } })
        model.setMetrics(ordered.compactMap(MetricGroup.init))
        return model
    }

    /// The state of every checklist task after a batch.
    static func snapshot(_ r: ReportModel) -> [String: TaskSnapshot] {
        var out: [String: TaskSnapshot] = [:]
        for t in r.tasks where !t.isReport {
            out[t.id] = TaskSnapshot(text: t.text, status: t.status == "none" ? nil : t.status,
                                     deadline: t.deadlineDate.isEmpty ? nil : t.deadlineDate, lead: t.lead, support: t.support, overdue: t.overdue)
        }
        return out
    }

    /// What changed between two snapshots: new tasks, changed deadlines or units, newly overdue, closed (销号).
    public static func changes(from old: [String: TaskSnapshot], to new: [String: TaskSnapshot]) -> [ChangeRow] {
        var out: [ChangeRow] = []
        for id in new.keys.sorted() {
            guard let n = new[id] else { continue }
            guard let o = old[id] else {
                out.append(ChangeRow(kind: "new", label: "新增", taskId: id, text: n.text, detail: n.deadline.map { "完成时限 \($0)" } ?? ""))
                continue
            }
            if o.deadline != n.deadline {
                out.append(ChangeRow(kind: "deadline", label: "时限变更", taskId: id, text: n.text, detail: "\(o.deadline ?? "无") → \(n.deadline ?? "无")"))
            }
            if o.lead != n.lead || o.support != n.support {
                let a = (o.lead + o.support).joined(separator: "、"), b = (n.lead + n.support).joined(separator: "、")
                out.append(ChangeRow(kind: "units", label: "单位变更", taskId: id, text: n.text, detail: "\(a.isEmpty ? "无" : a) → \(b.isEmpty ? "无" : b)"))
            }
            if n.overdue && !o.overdue {
                out.append(ChangeRow(kind: "overdue", label: "新逾期", taskId: id, text: n.text, detail: n.deadline ?? ""))
            }
            if n.status == "done" && o.status != "done" {
                out.append(ChangeRow(kind: "closed", label: "销号", taskId: id, text: n.text, detail: "已完成"))
            }
        }
        return out
    }

    /// The default place of the ledger for an output folder.
    public static func defaultLedger(out: String) -> String { (out as NSString).appendingPathComponent("docket.sqlite") }

    /// Compiles the inputs and writes every output under `out`, with the ledger at `ledgerPath` (nil: no ledger).
    ///
    /// `scope` decides what the outputs report: every document the ledger remembers as well as the inputs
    /// (`.archive`), or the inputs alone, linked to the ledger's documents (`.batch`: see ``ReportScope``).
    public func compile(inputs path: String, out: String, asOf: Day, referenceDate: Day?,
                        ledgerPath: String?, correctionsPath: String? = nil, scope: ReportScope = .archive) throws -> (CompileSummary, [InputResult]) {
        let clock = ContinuousClock()
        var lapStart = clock.now
        func lap(_ stage: String) {
            guard let timings else { return }
            let now = clock.now
            timings(stage, now - lapStart)
            lapStart = now
        }
        let files = try inputs(at: path, skipping: out)
        let (corrections, correctionsText, cpath) = try Self.corrections(inputs: path, file: correctionsPath)
        let ledger: Ledger?
        if let p = ledgerPath {
            do { ledger = try Ledger(path: p, version: Extractor.version) } catch {
                throw CompileError(description: "\(p): the ledger cannot be opened (\(error))")
            }
        } else { ledger = nil }
        lap("find inputs, open ledger")
        if scope == .batch, let ledger {
            return try compileBatch(files: files, out: out, asOf: asOf, referenceDate: referenceDate, ledger: ledger,
                                    corrections: corrections, correctionsFile: cpath, lap: lap)
        }
        // Read and extract; a file whose content is unchanged takes its facts from the ledger.
        // (A ledger whose rows cannot be read leaves every file to be extracted afresh.)
        let inputPaths = Set(files)
        let cached = try? ledger?.cachedFacts(paths: inputPaths)
        let read = pipeline.process(paths: files, referenceDate: referenceDate, cache: { p, hash in try? cached?.extraction(path: p, hash: hash) })
        lap("read and extract (\(read.filter { !$0.fromCache }.count) extracted)")
        let (results, copies) = Self.withoutDuplicates(read)
        // Documents of earlier batches that are not among these inputs (those are decoded once, above), nor moved
        // or copied to one of them (the same bytes at another path), nor the same document in another format.
        // (Every input has its result, so the paths read now are the inputs'.)
        let stored = try ledger?.documents(excluding: inputPaths)
        let remembered = Self.notRepeated(stored?.documents ?? [], by: read).map(\.extraction)
        // Documents that share a file name are told apart for this run (the ledger keeps the facts as extracted).
        let (named, others) = Self.distinctNames(results: results, remembered: remembered)
        let ids = Set((named.compactMap(\.extraction) + others).flatMap { $0.tasks.map(\.id) })
        let batchDiagnostics = copies + Self.unreadable(stored?.unreadable ?? []) + Corrections.unmatched(corrections, ids: ids, file: cpath)
        let key = results.map { "\($0.path)=\($0.hash)" }.joined(separator: "\n") + "\ncorrections=" + correctionsText
        let inputsKey = contentHash(Array(key.utf8))
        let runs = (try ledger?.runHeaders(limit: 2)) ?? []
        // The previous batch is the last run whose inputs differed from these.
        let previousRun = runs.first?.inputsKey == inputsKey ? runs.dropFirst().first : runs.first
        let previousTasks = try previousRun.flatMap { try ledger?.snapshot(ofRun: $0.id) }
        lap("previous batch from the ledger")
        let (report, snapshot, graph) = Self.report(results: named, remembered: others, corrections: corrections,
                                                    previous: previousTasks, asOf: asOf, diagnostics: batchDiagnostics, lap: lap)
        // One transaction, before the outputs: a run killed before it leaves the ledger as it was.
        if let ledger, runs.first?.inputsKey != inputsKey {
            try ledger.record(documents: Self.extractedNow(results), inputsKey: inputsKey, asOf: asOf.iso, tasks: snapshot)
        }
        lap("record the batch")
        return try finish(report: report, graph: graph, results: results, named: named, files: files.count, out: out,
                          batchDiagnostics: batchDiagnostics, lap: lap)
    }

    /// The documents extracted in this run, for the ledger (unchanged files are in it already).
    static func extractedNow(_ results: [InputResult]) -> [StoredDocument] {
        results.filter { !$0.fromCache }.compactMap { r in r.extraction.map { StoredDocument(path: r.path, hash: r.hash, extraction: $0) } }
    }

    /// The warnings for remembered documents whose stored facts cannot be read.
    static func unreadable(_ paths: [String]) -> [Diagnostic] {
        paths.map { p in
            Diagnostic(id: "ledger.unreadable-facts", severity: .warning, file: p,
                       message: "the facts the ledger remembers for this document cannot be read; it is left out of this run (compile the file again to restore it)")
        }
    }

    /// The end of a run: every output written (with the changes as text), and the summary.
    func finish(report: ReportModel, graph: TaskGraph, results: [InputResult], named: [InputResult], files: Int, out: String,
                batchDiagnostics: [Diagnostic], lap: (String) -> Void) throws -> (CompileSummary, [InputResult]) {
        let written = try write(report: report, results: named, graph: graph, to: URL(fileURLWithPath: out),
                                extra: [("changes.txt", Self.changesText(report))])
        lap("write outputs")
        let summary = CompileSummary(documents: files, failed: results.filter { !$0.ok }.count, tasks: report.taskCount,
                                     overdue: report.overdueCount, warnings: report.warningCount, written: written,
                                     extracted: results.filter { $0.ok && !$0.fromCache }.count,
                                     batchDiagnostics: batchDiagnostics)
        return (summary, results)
    }

    /// The changes since the previous batch as plain text, as `docket diff` prints them.
    public static func changesText(_ r: ReportModel) -> String {
        if r.changes.isEmpty { return "无变化（\(r.changesBasis)）\n" }
        return r.changes.map { "\($0.label)\t\($0.taskId)\t\($0.text)\($0.detail.isEmpty ? "" : "\t" + $0.detail)" }.joined(separator: "\n") + "\n"
    }

    /// The corrections of a run: those of `file`, or of corrections.toml in the input folder; with their text and
    /// the path they came from (or would have).
    static func corrections(inputs path: String, file: String?) throws -> ([Correction], String, String) {
        var isDir: ObjCBool = false
        _ = FileManager.default.fileExists(atPath: path, isDirectory: &isDir)
        let folder = isDir.boolValue ? path : (path as NSString).deletingLastPathComponent
        let cpath = file ?? (folder as NSString).appendingPathComponent("corrections.toml")
        guard FileManager.default.fileExists(atPath: cpath) else { return ([], "", cpath) }
        let text = try String(contentsOfFile: cpath, encoding: .utf8)
        do { return (try Corrections.parse(text), text, cpath) } catch {
            throw CompileError(description: "\(cpath): \(error)")
        }
    }

    /// Renders every output of a report and writes them atomically under `outURL`; returns the paths written.
    ///
    /// Each output streams into a temporary file as it renders (spread over the cores); when all are complete
    /// they are renamed into place together.
    @discardableResult
    public func write(report: ReportModel, results: [InputResult], graph: TaskGraph? = nil, to outURL: URL,
                      extra: [(String, String)] = []) throws -> [String] {
        let md = MarkdownWriter(style: style)
        let html = HTMLWriter(style: style), xml = XMLWriter(style: style)
        typealias Job = (String, @Sendable (ByteSink) throws -> Void)
        var jobs: [Job] = extra.map { e in (e.0, { $0.append(e.1) }) }
        if let graph { jobs.append(("graph.dot", { try GraphDOT.write(graph, into: $0) })) }
        // The longest jobs first, so that neither thread is left with a long one at the end.
        let reports: [Job] = [
            ("tasks.xlsx", { try ZipWriter.pack(try XLSXWriter().parts(report), into: $0) }),
            ("report.xml", { try xml.write(report, into: $0) }),
            ("report.html", { try html.write(report, into: $0) }),
            ("report.md", { try md.write(report, into: $0) }),
            ("deadlines.ics", { try ICSWriter().write(report, into: $0) }),
            ("tasks.csv", { try CSVWriter().write(report, into: $0) }),
        ]
        jobs += reports
        let checklists: [Job] = report.units.map { list in ("checklists/" + list.fileName, { try md.checklist(list, report: report, into: $0) }) }
        var usedFacts = Set<String>()
        var facts: [Job] = []
        for r in results {
            guard let x = r.extraction else { continue }
            var name = x.name
            var n = 2
            while !usedFacts.insert(name).inserted { name = "\(x.name)-\(n)"; n += 1 }
            facts.append(("facts/\(name).json", { FactsJSON(x).write(into: $0) }))
        }
        // Checklists and facts alternate, so that the two threads mostly create files in different folders
        // (creating files in one folder from both threads contends on the folder's lock).
        for k in 0..<max(checklists.count, facts.count) {
            if k < checklists.count { jobs.append(checklists[k]) }
            if k < facts.count { jobs.append(facts[k]) }
        }
        let staging = AtomicFiles.Staging(root: outURL)
        let files = try jobs.map { try staging.file(for: $0.0) }
        let work = jobs.map(\.1)
        let failures = Parallel.map(work.count) { i -> (any Error)? in
            do {
                let sink = files[i].sink()
                try work[i](sink)
                try sink.flush()
                try files[i].finish()
                return nil
            } catch { return error }
        }
        // The failure of the earliest output, so that the message does not depend on thread timing.
        if let i = failures.firstIndex(where: { $0 != nil }), let e = failures[i] {
            staging.discard()
            throw CompileError(description: "\(outURL.appendingPathComponent(jobs[i].0).path): \(e)")
        }
        return try staging.commit(pruning: ["checklists", "facts"])
    }
}

/// An error that stops a compile run.
public struct CompileError: Error, CustomStringConvertible {
    public var description: String

    /// Creates an error with its message.
    public init(description: String) { self.description = description }
}
