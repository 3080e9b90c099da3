import Foundation
import Testing
@testable import Docket
@testable import DocketExtract
@testable import DocketGraph
@testable import DocketLedger
@testable import DocketModel
import DocketReport

/// Runs that report only their batch (`--scope batch`): the digests they link through, linking only the batch's
/// tasks, and what such a run writes and leaves in the ledger. The documents are the project's own samples
/// (inputs/); the corpus test reads ../shared.
@Suite(.serialized)
struct BatchScopeTests {
    static let plan = "sample-division-plan.txt", notice = "sample-progress-notice.md", seed = "000_4d3a807c9cf0d20c.txt"

    func compiler() throws -> Compiler { Compiler(style: try StyleSet(directory: Fixtures.styles)) }
    let day = Day(year: 2026, month: 10, day: 1)!

    /// A folder holding copies of these sample inputs.
    func folder(_ name: String, _ files: [String]) throws -> URL {
        let dir = Fixtures.tempDir(name)
        for f in files {
            try FileManager.default.copyItem(at: Fixtures.inputs.appendingPathComponent(f), to: dir.appendingPathComponent(f))
        }
        return dir
    }

    func extract(_ file: String) throws -> DocumentExtraction {
        let text = try String(contentsOf: Fixtures.inputs.appendingPathComponent(file), encoding: .utf8)
        var x = Extractor().extract(try Fixtures.document(text, name: file))
        x.path = file
        return x
    }

    /// The follow-up edges of a report.xml, as written.
    func followUps(_ out: URL) throws -> [String] {
        try String(contentsOf: out.appendingPathComponent("report.xml"), encoding: .utf8)
            .split(separator: "\n").filter { $0.contains("kind=\"follows-up\"") }.map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// The ids of the tasks a report.xml lists.
    func taskIds(_ out: URL) throws -> [String] {
        let xml = try String(contentsOf: out.appendingPathComponent("report.xml"), encoding: .utf8)
        return xml.components(separatedBy: "<task id=\"").dropFirst().compactMap { $0.split(separator: "\"").first.map(String.init) }
    }

    @Test func isSpaceAgreesWithTheUnicodeProperty() {
        var differ: [UInt32] = []
        for v in UInt32(0)...0x10FFFF {
            guard let u = Unicode.Scalar(v) else { continue }
            if SourceText.isSpace(u) != u.properties.isWhitespace { differ.append(v) }
        }
        #expect(differ.isEmpty, "isSpace differs from the property at \(differ.prefix(5))")
    }

    /// Texts written for the test: spaces, quotation marks, full- and half-width commas, a sentence longer than
    /// what linking reads, clauses shorter than eight characters, semicolons.
    static let awkward = [
        "由 县水利局 牵头，“河长制”办公室配合，于10月底前完成一期工程招标。二期另行安排。",
        "完成城区第二水厂扩建工程主体建设,6月底前具备通水条件；同步推进管网配套",
        "抓好落实，" + String(repeating: "推进农村供水工程水质提升行动并开展检测，", count: 6) + "年底前完成。",
        "一、关于城区供水管网改造问题",
        "短句",
        "",
        "ＡＢＣ　全角字母与全角空格，，，连续的逗号。",
    ]

    @Test func aDigestRoundTripsAndReadsAsTheFactsForLinking() throws {
        for t in Self.awkward {
            let link = DocumentDigest.linkText(t)
            #expect(FollowUpLinker.key(link) == FollowUpLinker.key(t), "the task's key from \(t)")
            #expect(FollowUpLinker.key(link, whole: true, limit: 60) == FollowUpLinker.key(t, whole: true, limit: 60), "the whole first sentence of \(t)")
        }
        let x = try extract(Self.plan)
        let d = DocumentDigest(x)
        #expect(d.tasks.map(\.id) == x.tasks.map(\.id))
        #expect(try DocumentDigest(decoding: d.encoded()) == d)
        #expect(d.encoded() == DocumentDigest(x).encoded(), "deterministic")
        #expect(d.sameDocument != nil && d.titleKey == x.titleKey)
        // Every cut or changed byte is refused or read as some digest, never a crash.
        let bytes = d.encoded()
        for n in 0..<bytes.count { #expect(throws: (any Error).self) { try DocumentDigest(decoding: Array(bytes.prefix(n))) } }
        #expect(throws: (any Error).self) { try DocumentDigest(decoding: bytes + [0]) }
        for i in stride(from: 0, to: bytes.count, by: 7) {
            var bad = bytes
            bad[i] ^= 0xFF
            _ = try? DocumentDigest(decoding: bad)
        }
        #expect(throws: (any Error).self) { try DocumentDigest(decoding: try BinaryCoding.encode(x)) }
    }

    /// Reads the corpus from ../shared.
    @Test(.enabled(if: Fixtures.hasShared, "needs ../shared (or DOCKET_SHARED)"))
    func corpusDigestsLinkAsTheirFactsDo() throws {
        let dir = Fixtures.sharedPath("corpus/docs")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".txt") }.sorted()
        var docs: [DocumentExtraction] = []
        for n in names {
            var x = Extractor().extract(try Fixtures.document(try String(contentsOfFile: dir + "/" + n, encoding: .utf8), name: n))
            x.path = n
            docs.append(x)
            let d = DocumentDigest(x)
            #expect(try DocumentDigest(decoding: d.encoded()) == d, "\(n) round-trips")
            for (t, dt) in zip(x.tasks, d.tasks) {
                #expect(FollowUpLinker.key(dt.text) == FollowUpLinker.key(t.text), "\(t.id)")
                #expect(FollowUpLinker.topic(d.extraction.tasks.first { $0.id == t.id } ?? t) == FollowUpLinker.topic(t), "\(t.id)")
            }
        }
        // The samples' notice follows up the plan, so that some links are found.
        docs += [try extract(Self.plan), try extract(Self.notice)]
        let ordered = TaskGraph.timeOrder(docs)
        let links = FollowUpLinker.link(ordered)
        #expect(!links.isEmpty)
        #expect(FollowUpLinker.link(ordered.map { DocumentDigest($0).extraction }) == links, "digests link as the facts do")
        // Looking up one document's tasks (or a few) finds what looking up all finds for them.
        for set in ordered.indices.map({ Set([$0]) }) + [Set(ordered.indices.filter { $0 % 3 == 0 })] {
            let ids = Set(set.flatMap { ordered[$0].tasks.map(\.id) })
            #expect(FollowUpLinker.link(ordered, only: set) == links.filter { ids.contains($0.from) }, "documents \(set.sorted())")
        }
    }

    @Test func linkingOnlySomeDocumentsFindsTheirLinksAsLinkingAllDoes() throws {
        let docs = TaskGraph.timeOrder([try extract(Self.seed), try extract(Self.plan), try extract(Self.notice)])
        let all = FollowUpLinker.link(docs)
        #expect(!all.isEmpty)
        for k in docs.indices {
            let names = Set(docs[k].tasks.map(\.id))
            #expect(FollowUpLinker.link(docs, only: [k]) == all.filter { names.contains($0.from) }, "document \(k)")
        }
        #expect(FollowUpLinker.link(docs, only: []).isEmpty)
    }

    @Test func aBatchIsReportedWithTheEarlierTasksItFollowsUpAndRemembered() throws {
        let archive = try folder("scope-archive", [Self.seed, Self.plan])
        let batch = try folder("scope-batch", [Self.notice])
        let everything = try folder("scope-all", [Self.seed, Self.plan, Self.notice])
        let out = Fixtures.tempDir("scope-out"), batchOut = Fixtures.tempDir("scope-batch-out"), allOut = Fixtures.tempDir("scope-all-out")
        let ledgerPath = Compiler.defaultLedger(out: out.path)
        let c = try compiler()
        _ = try c.compile(inputs: archive.path, out: out.path, asOf: day, referenceDate: nil, ledgerPath: ledgerPath)
        let (summary, _) = try c.compile(inputs: batch.path, out: batchOut.path, asOf: day, referenceDate: nil, ledgerPath: ledgerPath, scope: .batch)
        _ = try c.compile(inputs: everything.path, out: allOut.path, asOf: day, referenceDate: nil, ledgerPath: nil)
        #expect(summary.documents == 1 && summary.extracted == 1)
        // The same follow-ups as a run over every document, and only the batch's tasks and those they follow up.
        let links = try followUps(batchOut)
        #expect(!links.isEmpty)
        #expect(links == (try followUps(allOut)))
        let ids = try taskIds(batchOut)
        let notice = try extract(Self.notice)
        #expect(Set(ids.filter { $0.hasPrefix("sample-progress-notice#") }) == Set(notice.tasks.map(\.id)))
        let earlier = Set(ids.filter { !$0.hasPrefix("sample-progress-notice#") })
        #expect(!earlier.isEmpty && earlier.allSatisfy { $0.hasPrefix("sample-division-plan#") }, "the seed's tasks are not followed up: \(earlier)")
        #expect(earlier.count < (try extract(Self.plan)).tasks.count, "only the plan's tasks the notice follows up")
        // Its checklists are those of the units these tasks name; its facts, the batch's.
        #expect(try FileManager.default.contentsOfDirectory(atPath: batchOut.appendingPathComponent("facts").path) == ["sample-progress-notice.json"])
        let changes = try String(contentsOf: batchOut.appendingPathComponent("changes.txt"), encoding: .utf8)
        #expect(changes.contains("销号\tsample-division-plan#"), "an earlier task the notice reports done is closed")
        #expect(changes.contains("新增\tsample-progress-notice#"), "the notice's own task is new")
        let md = try String(contentsOf: batchOut.appendingPathComponent("report.md"), encoding: .utf8)
        #expect(md.contains("## 与前期文件相比的变化") && !md.contains("与上一批次相比"), "the reports say what the changes are measured against")
        // The ledger remembers the notice without recording a run; the next run over the archive reports it.
        let ledger = try Ledger(path: ledgerPath, version: Extractor.version)
        #expect(try ledger.runHeaders(limit: 5).count == 1)
        #expect(try ledger.remembered().map(\.key).contains { $0.hasSuffix(Self.notice) })
        let (again, _) = try c.compile(inputs: batch.path, out: batchOut.path, asOf: day, referenceDate: nil, ledgerPath: ledgerPath, scope: .batch)
        #expect(again.extracted == 0, "an unchanged batch takes its facts from the ledger")
        #expect(try followUps(batchOut) == links)
        _ = try c.compile(inputs: archive.path, out: out.path, asOf: day, referenceDate: nil, ledgerPath: ledgerPath)
        #expect(try followUps(out) == links, "the next run over the archive links the remembered notice")
    }

    /// The plan compiled into a ledger, and a folder holding the notice: what a batch run after it needs.
    func planInLedgerAndNotice(_ name: String) throws -> (archive: URL, batch: URL, batchOut: URL, ledgerPath: String) {
        let archive = try folder("\(name)-archive", [Self.plan])
        let batch = try folder("\(name)-batch", [Self.notice])
        let out = Fixtures.tempDir("\(name)-out")
        let ledgerPath = Compiler.defaultLedger(out: out.path)
        _ = try compiler().compile(inputs: archive.path, out: out.path, asOf: day, referenceDate: nil, ledgerPath: ledgerPath)
        return (archive, batch, Fixtures.tempDir("\(name)-batch-out"), ledgerPath)
    }

    @Test func correctionsApplyToTheEarlierTasksABatchFollowsUp() throws {
        let (_, batch, batchOut, ledgerPath) = try planInLedgerAndNotice("scope-corr")
        // The earlier task the notice reports done, given another lead unit by hand.
        try """
        [[correction]]
        task = "sample-division-plan#t1"
        lead = ["市城市管理局"]
        """.write(to: batch.appendingPathComponent("corrections.toml"), atomically: true, encoding: .utf8)
        let (summary, _) = try compiler().compile(inputs: batch.path, out: batchOut.path, asOf: day, referenceDate: nil, ledgerPath: ledgerPath, scope: .batch)
        #expect(summary.batchDiagnostics.isEmpty, "the correction names a task of the ledger: \(summary.batchDiagnostics.map(\.message))")
        let list = try String(contentsOf: batchOut.appendingPathComponent("checklists/市城市管理局.md"), encoding: .utf8)
        #expect(list.contains("第二水厂") && list.contains("已人工更正"))
    }

    @Test func aCopyOfARememberedDocumentIsNotLinkedToItself() throws {
        let archive = try folder("scope-copy-archive", [Self.plan])
        let batch = Fixtures.tempDir("scope-copy-batch")
        try FileManager.default.copyItem(at: Fixtures.inputs.appendingPathComponent(Self.plan), to: batch.appendingPathComponent("plan-copy.txt"))
        let out = Fixtures.tempDir("scope-copy-out"), batchOut = Fixtures.tempDir("scope-copy-batch-out")
        let ledgerPath = Compiler.defaultLedger(out: out.path)
        let c = try compiler()
        _ = try c.compile(inputs: archive.path, out: out.path, asOf: day, referenceDate: nil, ledgerPath: ledgerPath)
        _ = try c.compile(inputs: batch.path, out: batchOut.path, asOf: day, referenceDate: nil, ledgerPath: ledgerPath, scope: .batch)
        #expect(try followUps(batchOut).isEmpty)
        #expect(try taskIds(batchOut).allSatisfy { $0.hasPrefix("plan-copy#") })
    }

    @Test func aBatchAgainstAnEmptyLedgerSaysSo() throws {
        let batch = try folder("scope-empty-batch", [Self.notice])
        let out = Fixtures.tempDir("scope-empty-out")
        let (summary, _) = try compiler().compile(inputs: batch.path, out: out.path, asOf: day, referenceDate: nil,
                                                  ledgerPath: Compiler.defaultLedger(out: out.path), scope: .batch)
        #expect(summary.batchDiagnostics.map(\.id) == ["ledger.empty"])
        #expect(summary.batchDiagnostics.first?.file == Compiler.defaultLedger(out: out.path))
        // With a document in the ledger, nothing is said.
        let (again, _) = try compiler().compile(inputs: try folder("scope-empty-batch-2", [Self.plan]).path, out: out.path, asOf: day,
                                                referenceDate: nil, ledgerPath: Compiler.defaultLedger(out: out.path), scope: .batch)
        #expect(again.batchDiagnostics.isEmpty)
    }

    @Test func aFollowedUpDocumentWhoseFactsCannotBeReadIsNamedAndItsLinksDropped() throws {
        let (archive, batch, batchOut, ledgerPath) = try planInLedgerAndNotice("scope-damaged")
        try Ledger(path: ledgerPath, version: Extractor.version).overwriteFactsForTesting(path: archive.appendingPathComponent(Self.plan).path, bytes: [1, 2, 3])
        let (summary, _) = try compiler().compile(inputs: batch.path, out: batchOut.path, asOf: day, referenceDate: nil, ledgerPath: ledgerPath, scope: .batch)
        #expect(summary.batchDiagnostics.map(\.id) == ["ledger.unreadable-facts"])
        #expect(try followUps(batchOut).isEmpty)
        #expect(try taskIds(batchOut).allSatisfy { $0.hasPrefix("sample-progress-notice#") })
    }

    @Test func aLedgerRowWithoutADigestGetsOneFromItsFacts() throws {
        let archive = try folder("scope-old-archive", [Self.plan])
        let out = Fixtures.tempDir("scope-old-out")
        let ledgerPath = Compiler.defaultLedger(out: out.path)
        _ = try compiler().compile(inputs: archive.path, out: out.path, asOf: day, referenceDate: nil, ledgerPath: ledgerPath)
        let ledger = try Ledger(path: ledgerPath, version: Extractor.version)
        let file = archive.appendingPathComponent(Self.plan).path
        let stored = try #require(try ledger.digests().documents.first)
        for bytes in [nil, [UInt8](repeating: 7, count: 9)] as [[UInt8]?] {
            try ledger.overwriteDigestForTesting(path: file, bytes: bytes)
            let (docs, unreadable) = try ledger.digests()
            #expect(unreadable.isEmpty)
            #expect(docs.map(\.digest) == [stored.digest], "from the facts")
        }
        // Stored back: damaging the facts now leaves the digest readable.
        try ledger.overwriteFactsForTesting(path: file, bytes: [1, 2, 3])
        #expect(try ledger.digests().documents.map(\.digest) == [stored.digest])
        // Neither digest nor facts: the document is named as unreadable.
        try ledger.overwriteDigestForTesting(path: file, bytes: nil)
        let (docs, unreadable) = try ledger.digests()
        #expect(docs.isEmpty && unreadable.count == 1)
    }
}
