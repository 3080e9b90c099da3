import DocketExtract
import DocketGraph
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

    /// Creates a compiler.
    public init(pipeline: Pipeline = Pipeline(), style: StyleSet) {
        self.pipeline = pipeline
        self.style = style
    }

    /// The input files under a folder (or the file itself), sorted, that a reader handles.
    public func inputs(at path: String) throws -> [String] {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            throw CompileError(description: "\(path): no such file or folder")
        }
        if !isDir.boolValue { return [path] }
        guard let e = FileManager.default.enumerator(atPath: path) else { return [] }
        var out: [String] = []
        for case let rel as String in e {
            let name = rel.split(separator: "/").last.map(String.init) ?? rel
            if name.hasPrefix(".") || name.hasPrefix("~$") { continue }
            let full = (path as NSString).appendingPathComponent(rel)
            var d: ObjCBool = false
            if FileManager.default.fileExists(atPath: full, isDirectory: &d), !d.boolValue, pipeline.registry.handles(full) {
                out.append(full)
            }
        }
        return out.sorted()
    }

    /// Builds the report model from extraction results.
    public static func report(_ results: [InputResult], asOf: Day, calendar: WorkingDayCalendar = .standard) -> ReportModel {
        let extractions = results.compactMap(\.extraction)
        let graph = TaskGraph(extractions: extractions, aliases: Lexicon.standard.unitAliases)
        let docs = results.map { r -> DocumentRow in
            if let x = r.extraction {
                return DocumentRow(name: x.name, path: x.path, title: x.document.title, kind: x.document.kind.rawValue,
                                   date: x.document.date?.iso ?? "", issuer: x.document.issuer ?? "", number: x.document.number ?? "",
                                   taskCount: x.tasks.count, failed: false)
            }
            let name = (r.path as NSString).lastPathComponent
            return DocumentRow(name: name, path: r.path, title: name, kind: "other", date: "", issuer: "", number: "", taskCount: 0, failed: true)
        }
        return ReportModel(graph: graph, documents: docs, diagnostics: results.flatMap(\.diagnostics), asOf: asOf,
                           calendar: { calendar.workingDays(from: $0, to: $1) })
    }

    /// Compiles the inputs and writes every output under `out`.
    public func compile(inputs path: String, out: String, asOf: Day, referenceDate: Day?) throws -> (CompileSummary, [InputResult]) {
        let files = try inputs(at: path)
        let results = pipeline.process(paths: files, referenceDate: referenceDate)
        let report = Self.report(results, asOf: asOf)
        let written = try write(report: report, results: results, to: URL(fileURLWithPath: out))
        let summary = CompileSummary(documents: files.count, failed: results.filter { !$0.ok }.count, tasks: report.taskCount,
                                     overdue: report.overdueCount, warnings: report.warningCount, written: written)
        return (summary, results)
    }

    /// Renders every output of a report and writes them atomically under `outURL`; returns the paths written.
    @discardableResult
    public func write(report: ReportModel, results: [InputResult], to outURL: URL) throws -> [String] {
        // Every output is rendered on its own, spread over the cores; the list keeps a fixed order.
        let md = MarkdownWriter(style: style)
        let html = HTMLWriter(style: style), xml = XMLWriter(style: style)
        var jobs: [(String, @Sendable () throws -> String)] = [
            ("report.html", { try html.render(report) }),
            ("report.xml", { try xml.render(report) }),
            ("report.md", { try md.render(report) }),
        ]
        for list in report.units { jobs.append(("checklists/" + list.fileName, { try md.checklist(list, report: report) })) }
        var usedFacts = Set<String>()
        for r in results {
            guard let x = r.extraction else { continue }
            var name = x.name
            var n = 2
            while !usedFacts.insert(name).inserted { name = "\(x.name)-\(n)"; n += 1 }
            jobs.append(("facts/\(name).json", { try FactsJSON(x).encoded() }))
        }
        let rendered = RenderBox(count: jobs.count)
        let work = jobs.map(\.1)
        DispatchQueue.concurrentPerform(iterations: work.count) { i in
            rendered.set(i, Result { try work[i]() })
        }
        var files_: [(String, String)] = []
        for (i, job) in jobs.enumerated() {
            guard let r = rendered.values[i] else { continue }
            files_.append((job.0, try r.get()))
        }
        try AtomicFiles.write(files_, under: outURL, pruning: ["checklists", "facts"])
        return files_.map(\.0)
    }
}

/// An error that stops a compile run.
public struct CompileError: Error, CustomStringConvertible {
    public var description: String

    /// Creates an error with its message.
    public init(description: String) { self.description = description }
}

/// Collects rendered outputs written from several threads.
final class RenderBox: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var values: [Result<String, any Error>?]
    init(count: Int) { values = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ v: Result<String, any Error>) {
        lock.lock()
        values[i] = v
        lock.unlock()
    }
}
