import Docket
import DocketExtract
import DocketGraph
import DocketModel
import DocketReaders
import DocketReport
import Foundation

// docket-bench: builds a corpus of N documents by recombining paragraphs of the corpus texts, then times each
// stage of the compiler (read, extract, link, report, write) and prints a table. It is not a test.
//
//     swift run -c release docket-bench [--sizes 1000,10000] [--repeat N] [--incremental] [--extract-only] [--keep]
//                                       [--corpus DIR] [--styles DIR]

struct Options {
    var sizes = [1000]
    var corpus = ProcessInfo.processInfo.environment["DOCKET_SHARED"].map { $0 + "/corpus/docs" } ?? "../shared/corpus/docs"
    var styles = "styles"
    var keep = false
    var incremental = false
    /// Stop after extraction (for profiling the rules).
    var extractOnly = false
    /// Runs of each size (one row each), since one run on a shared machine varies by about ±10%.
    var repeats = 1
}

func parseOptions() -> Options {
    var o = Options()
    var args = CommandLine.arguments.dropFirst().makeIterator()
    while let a = args.next() {
        switch a {
        case "--sizes": o.sizes = (args.next() ?? "").split(separator: ",").compactMap { Int($0) }
        case "--corpus": o.corpus = args.next() ?? o.corpus
        case "--styles": o.styles = args.next() ?? o.styles
        case "--keep": o.keep = true
        case "--incremental": o.incremental = true
        case "--extract-only": o.extractOnly = true
        case "--repeat": o.repeats = max(1, Int(args.next() ?? "") ?? 1)
        default: FileHandle.standardError.write(Data("unknown option \(a)\n".utf8)); exit(64)
        }
    }
    return o
}

/// Peak resident memory of this process, in MiB.
func peakMiB() -> Double {
    var u = rusage()
    getrusage(RUSAGE_SELF.rawValue, &u)
    return Double(u.ru_maxrss) / 1024
}

func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18 }

/// A deterministic generator (xorshift), so that every run builds the same corpus.
struct Rng {
    var s: UInt64
    mutating func next() -> UInt64 { s ^= s << 13; s ^= s >> 7; s ^= s << 17; return s }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(n, 1))) }
}

/// Writes N documents, each a title, a date and 10–40 paragraphs drawn from the corpus, keeping the structure
/// (headings, enumerations) of the paragraphs it takes. Returns the paths and the number of characters.
func buildCorpus(size: Int, from dir: String, into out: URL) throws -> ([String], Int) {
    let names = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".txt") }.sorted()
    var paragraphs: [String] = []
    for n in names {
        let text = try String(contentsOfFile: dir + "/" + n, encoding: .utf8)
        paragraphs += text.split(whereSeparator: \.isNewline).map(String.init).filter { $0.count > 8 }
    }
    guard !paragraphs.isEmpty else { throw CompileError(description: "no corpus texts in \(dir)") }
    try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
    var rng = Rng(s: 0x9E37_79B9_7F4A_7C15)
    var paths: [String] = []
    var chars = 0
    for i in 0..<size {
        var doc = "某市第\(i + 1)次工作会议纪要\n"
        let start = rng.below(paragraphs.count)
        let count = 10 + rng.below(30)
        for k in 0..<count { doc += paragraphs[(start + k) % paragraphs.count] + "\n" }
        doc += "2025年\(1 + rng.below(12))月\(1 + rng.below(28))日\n"
        let p = out.appendingPathComponent(String(format: "doc-%06d.txt", i)).path
        _ = FileManager.default.createFile(atPath: p, contents: Data(doc.utf8))
        paths.append(p)
        chars += doc.unicodeScalars.count
    }
    return (paths, chars)
}

/// A task-division plan and a progress notice on its tasks, written for the benchmark's incremental runs.
let benchPlan = """
某市2025年水利重点工作任务分工方案
一、由市水利局牵头，市财政局配合，于6月底前完成城区第二水厂扩建工程主体建设。
二、市卫生健康委负责，三季度完成农村饮水水质检测全覆盖。
三、市河长办牵头，各县区政府配合，年底前完成河湖“清四乱”专项整治验收。
2025年2月15日

"""
let benchNotice = """
关于2025年水利重点工作任务推进情况的督查通报
1. 城区第二水厂扩建工程主体建设。市水利局已完成。
2. 农村饮水水质检测全覆盖。市卫生健康委正在推进，进度滞后。
3. 河湖“清四乱”专项整治验收。市河长办尚未启动。
4. 各责任单位于12月底前报送整改情况。
2025年9月30日

"""

/// Prints a line and flushes it at once, so that each table row appears as soon as it is measured.
func emit(_ s: String) { FileHandle.standardOutput.write(Data((s + "\n").utf8)) }
/// The as-of date of every benchmark run (a fixed day, so runs compare).
let benchAsOf = Day(ordinal: 20_362) // 2025-10-01
let options = parseOptions()
let clock = ContinuousClock()
emit("docket-bench: \(ProcessInfo.processInfo.activeProcessorCount) cores, corpus from \(options.corpus)")
emit("| documents | characters | read | extract | link | report | write | total | chars/s (end to end) | peak MiB |")
emit("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
for size in options.sizes.flatMap({ Array(repeating: $0, count: options.repeats) }) {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("docket-bench-\(size)-\(getpid())")
    defer { if !options.keep { try? FileManager.default.removeItem(at: root) } }
    let (paths, chars): ([String], Int)
    do { (paths, chars) = try buildCorpus(size: size, from: options.corpus, into: root.appendingPathComponent("in")) } catch {
        emit("cannot build the corpus: \(error)")
        exit(1)
    }
    // The corpus just written is flushed to disk before the clock starts, so that the kernel's writeback of the
    // benchmark's own setup does not run into the stages it times (it slowed the write stage by half on ext4).
    sync()
    let registry = ReaderRegistry.standard
    let extractor = Extractor()
    // Read.
    let t0 = clock.now
    let box = Outcomes(count: paths.count)
    DispatchQueue.concurrentPerform(iterations: paths.count) { i in box.set(i, try? registry.read(path: paths[i])) }
    let t1 = clock.now
    if ProcessInfo.processInfo.environment["DOCKET_BENCH_MEMORY"] != nil { emit("  peak after t1: \(Int(peakMiB())) MiB") }
    // Extract; each source document is dropped once its facts are out, as a compile run does.
    let extracted = Parallel.map(paths.count) { i in box.take(i).map { extractor.extract($0.document, referenceDate: nil) } }
    let t2 = clock.now
    if ProcessInfo.processInfo.environment["DOCKET_BENCH_MEMORY"] != nil { emit("  peak after t2: \(Int(peakMiB())) MiB") }
    if options.extractOnly {
        emit("| \(size) | \(chars) | extract only: read \(String(format: "%.2f s", seconds(t1 - t0))), extract \(String(format: "%.2f s", seconds(t2 - t1))), \(String(format: "%.0f", Double(chars) / seconds(t2 - t1))) chars/s |")
        continue
    }
    // Link: time order, follow-ups, the task graph (as a compile run does it).
    let extractions = extracted.compactMap { $0 }
    let results = zip(paths, extracted).map { InputResult(path: $0, extraction: $1, diagnostics: []) }
    let (graph, ordered, marks) = Compiler.link(results: results, remembered: [], corrections: [])
    let t3 = clock.now
    if ProcessInfo.processInfo.environment["DOCKET_BENCH_MEMORY"] != nil { emit("  peak after t3: \(Int(peakMiB())) MiB") }
    // Report model.
    let report = Compiler.model(graph: graph, ordered: ordered, results: results, marks: marks, asOf: benchAsOf)
    let t4 = clock.now
    if ProcessInfo.processInfo.environment["DOCKET_BENCH_MEMORY"] != nil { emit("  peak after t4: \(Int(peakMiB())) MiB") }
    // Write.
    let style = try StyleSet.locate(options.styles)
    let compiler = Compiler(style: style)
    try compiler.write(report: report, results: results, graph: graph, to: root.appendingPathComponent("out"))
    let t5 = clock.now
    if ProcessInfo.processInfo.environment["DOCKET_BENCH_MEMORY"] != nil { emit("  peak after t5: \(Int(peakMiB())) MiB") }
    if ProcessInfo.processInfo.environment["DOCKET_BENCH_WRITERS"] != nil {
        var w = clock.now
        func lap(_ name: String) { let n = clock.now; emit("  \(name): \(String(format: "%.2f s", seconds(n - w)))"); w = n }
        let ordered = TaskGraph.timeOrder(extractions); lap("time order")
        let links = FollowUpLinker.link(ordered); lap("follow-ups (\(links.count))")
        let g2 = TaskGraph(extractions: ordered, aliases: Lexicon.standard.unitAliases, followUps: links); lap("graph")
        _ = ReportModel(graph: g2, documents: [], diagnostics: [], asOf: benchAsOf); lap("report model")
        _ = try HTMLWriter(style: style).render(report); lap("html")
        _ = try MarkdownWriter(style: style).render(report); lap("markdown")
        _ = try XMLWriter(style: style).render(report); lap("xml + validation")
        for l in report.units { _ = try MarkdownWriter(style: style).checklist(l, report: report) }; lap("checklists")
        for x in extractions { _ = try FactsJSON(x).encoded() }; lap("facts json")
        _ = GraphDOT.render(graph); lap("graph.dot")
        _ = try ZipWriter.pack(try XLSXWriter().parts(report), into: ByteSink()); lap("tasks.xlsx")
        try CSVWriter().write(report, into: ByteSink()); lap("tasks.csv")
        try ICSWriter().write(report, into: ByteSink()); lap("deadlines.ics")
    }
    let total = seconds(t5 - t0)
    func f(_ a: ContinuousClock.Instant, _ b: ContinuousClock.Instant) -> String { String(format: "%.2f s", seconds(b - a)) }
    var incremental = ""
    if options.incremental {
        // A ledger of N documents (and a plan written for the benchmark), then one new document: a progress notice
        // on the plan's tasks, so that linking finds the tasks it follows up. (The recombined documents share their
        // paragraphs with so many others that their bigrams are too common to link by.) Timed twice: reported with
        // the whole archive (the notice added to the input folder) and alone (`--scope batch`, the notice in a
        // folder of its own, linked to the ledger's documents).
        let ledger = root.appendingPathComponent("ledger.sqlite").path
        let out = root.appendingPathComponent("out-ledger").path
        let c = Compiler(style: style)
        let asOf = benchAsOf
        try benchPlan.write(to: root.appendingPathComponent("in/aa-plan.txt"), atomically: true, encoding: .utf8)
        let i0 = clock.now
        _ = try c.compile(inputs: root.appendingPathComponent("in").path, out: out, asOf: asOf, referenceDate: nil, ledgerPath: ledger)
        let i1 = clock.now
        let text = benchNotice
        let batch = root.appendingPathComponent("new")
        try FileManager.default.createDirectory(at: batch, withIntermediateDirectories: true)
        try text.write(to: batch.appendingPathComponent("zz-new.txt"), atomically: true, encoding: .utf8)
        sync()
        let b0 = clock.now
        _ = try c.compile(inputs: batch.path, out: root.appendingPathComponent("out-batch").path, asOf: asOf, referenceDate: nil,
                          ledgerPath: ledger, scope: .batch)
        let b1 = clock.now
        try text.write(to: root.appendingPathComponent("in/zz-new.txt"), atomically: true, encoding: .utf8)
        sync()
        let i2 = clock.now
        _ = try c.compile(inputs: root.appendingPathComponent("in").path, out: out, asOf: asOf, referenceDate: nil, ledgerPath: ledger)
        let i3 = clock.now
        let firstRun: Double = seconds(i1 - i0), whole: Double = seconds(i3 - i2), alone: Double = seconds(b1 - b0)
        incremental = String(format: " first run with ledger %.2f s; one new document: %.2f s with the whole archive, %.2f s alone (--scope batch)",
                             firstRun, whole, alone)
    }
    emit("| \(size) | \(chars) | \(f(t0, t1)) | \(f(t1, t2)) | \(f(t2, t3)) | \(f(t3, t4)) | \(f(t4, t5)) | \(String(format: "%.2f s", total)) | \(String(format: "%.0f", Double(chars) / total)) | \(String(format: "%.0f", peakMiB())) |" + incremental)
}

final class Outcomes: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var values: [ReadOutcome?]
    init(count: Int) { values = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ v: ReadOutcome?) { lock.lock(); values[i] = v; lock.unlock() }
    /// Takes an outcome out, leaving nothing behind.
    func take(_ i: Int) -> ReadOutcome? { lock.lock(); defer { lock.unlock() }; let v = values[i]; values[i] = nil; return v }
}
