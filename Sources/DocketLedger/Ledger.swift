import DocketModel
import Foundation
import GRDB

/// A task's state as one run left it, to tell what changed in the next.
public struct TaskSnapshot: Codable, Sendable, Equatable {
    public var text: String
    public var status: String?
    public var deadline: String?
    public var lead: [String]
    public var support: [String]
    public var overdue: Bool

    /// Creates a snapshot.
    public init(text: String, status: String?, deadline: String?, lead: [String], support: [String], overdue: Bool) {
        self.text = text
        self.status = status
        self.deadline = deadline
        self.lead = lead
        self.support = support
        self.overdue = overdue
    }
}

/// One recorded batch: its inputs, its as-of date and the state of every task after it.
public struct RunRecord: Sendable {
    public var id: Int64
    public var inputsKey: String
    public var asOf: String
    public var tasks: [String: TaskSnapshot]
}

/// A document the ledger remembers: where it was, its content hash and its facts.
public struct StoredDocument: Sendable {
    public var path: String
    public var hash: String
    public var extraction: DocumentExtraction

    /// Creates a stored document.
    public init(path: String, hash: String, extraction: DocumentExtraction) {
        self.path = path
        self.hash = hash
        self.extraction = extraction
    }
}

/// The digest of a document the ledger remembers (``DocumentDigest``), by its name in the ledger.
public struct StoredDigest: Sendable {
    /// Its name in the ledger (its path from the ledger's folder), its content hash and its digest.
    public var path: String
    public var hash: String
    public var digest: DocumentDigest
}

/// A document as the ledger remembers it (`docket ledger list`).
public struct RememberedDocument: Sendable {
    /// Its name in the ledger: the path from the ledger's folder.
    public var key: String
    /// Its absolute path.
    public var path: String
    /// Its title, date and number of tasks (nil when its stored facts cannot be read).
    public var title: String?
    public var date: Day?
    public var tasks: Int?
    /// The runs that first recorded it and last extracted it.
    public var firstRun: Int64
    public var lastRun: Int64
}

/// The task ledger: an SQLite database that remembers documents, their facts and every batch across runs.
///
/// Each batch is written in one transaction, so a run killed midway leaves the ledger as it was. The schema is
/// versioned with GRDB's migrator.
public final class Ledger: Sendable {
    private let db: DatabaseQueue
    /// The extractor version facts were cached with; a different version re-extracts.
    public let version: String
    /// The folder the ledger is in (absolute): documents are remembered by their path from it.
    private let folder: [String]
    /// The path the ledger was opened at.
    public let path: String

    /// Opens (or creates) the ledger at `path` and brings its schema up to date.
    public init(path: String, version: String) throws {
        try FileManager.default.createDirectory(at: URL(fileURLWithPath: path).deletingLastPathComponent(), withIntermediateDirectories: true)
        var config = Configuration()
        config.journalMode = .default
        db = try DatabaseQueue(path: path, configuration: config)
        self.version = version
        self.path = path
        let folder = FilePaths.components((path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent)
        self.folder = folder
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.create(table: "document") { t in
                t.primaryKey("path", .text)
                t.column("hash", .text).notNull()
                t.column("version", .text).notNull()
                t.column("extraction", .text).notNull()
                t.column("firstRun", .integer).notNull()
                t.column("lastRun", .integer).notNull()
            }
            try db.create(table: "run") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("inputsKey", .text).notNull()
                t.column("asOf", .text).notNull()
                t.column("tasks", .text).notNull()
            }
        }
        // v2: facts in Docket's binary form (BinaryCoding), several times faster to decode than the JSON of v1,
        // which older rows keep until their file is extracted again.
        migrator.registerMigration("v2") { db in
            try db.alter(table: "document") { t in t.add(column: "facts", .blob) }
        }
        // v3: documents are remembered by their path from the ledger's folder, not as a run was given it
        // (`inputs/a.txt` from one folder, `/home/…/inputs/a.txt` from another: one document, not two). Paths of
        // older rows are taken from the folder this run is started in; of two rows that become one, the later stays.
        migrator.registerMigration("v3") { db in try Self.rekey(db, folder: folder) }
        // v4: each document's digest (``DocumentDigest``) beside its facts, for runs that report only
        // their batch; older rows get theirs the first time such a run needs it.
        migrator.registerMigration("v4") { db in
            try db.alter(table: "document") { t in t.add(column: "digest", .blob) }
        }
        try migrator.migrate(db)
    }

    /// Renames every remembered document by its path from the ledger's folder (migration v3).
    static func rekey(_ db: Database, folder: [String]) throws {
        let rows = try Row.fetchAll(db, sql: "SELECT path FROM document ORDER BY lastRun DESC, path")
        var seen = Set<String>()
        for row in rows {
            let old: String = row["path"]
            let key = Self.key(for: old, from: folder)
            if !seen.insert(key).inserted {
                try db.execute(sql: "DELETE FROM document WHERE path = ?", arguments: [old])
            } else if key != old {
                try db.execute(sql: "DELETE FROM document WHERE path = ?", arguments: [key])
                try db.execute(sql: "UPDATE document SET path = ? WHERE path = ?", arguments: [key, old])
            }
        }
    }

    /// Stores a row under a path as older versions did, then renames every row again as migration v3 does
    /// (tests use it to stand for a ledger written before v3).
    func rekeyForTesting(adding rows: [(path: String, hash: String, lastRun: Int)]) throws -> [String: String] {
        try db.write { db in
            for r in rows {
                try db.execute(sql: "INSERT INTO document (path, hash, version, extraction, firstRun, lastRun) VALUES (?, ?, '', '', ?, ?)",
                               arguments: [r.path, r.hash, r.lastRun, r.lastRun])
            }
            try Self.rekey(db, folder: folder)
            return Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT path, hash FROM document").map { ($0["path"], $0["hash"]) })
        }
    }

    /// The name under which the ledger remembers the file at `path` (relative to the working folder, or
    /// absolute): its path from the ledger's folder, so that one file has one name however a run names it, and a
    /// project folder moved with its ledger keeps its documents.
    public func key(for path: String) -> String { Self.key(for: path, from: folder) }

    /// The absolute path of a file the ledger remembers under `key`.
    public func path(forKey key: String) -> String {
        FilePaths.absolute("/" + (folder + [key]).joined(separator: "/"))
    }

    static func key(for path: String, from folder: [String]) -> String {
        let target = FilePaths.components(path)
        var common = 0
        while common < folder.count && common < target.count && folder[common] == target[common] { common += 1 }
        let up = Array(repeating: "..", count: folder.count - common)
        return (up + target[common...]).joined(separator: "/")
    }

    /// The facts cached for the files at `paths` by this extractor version, fetched in one query and decoded only
    /// when asked for (by the pipeline's threads, in parallel): one query instead of one per file through the
    /// serial database queue, which held the threads up at ten thousand files.
    public func cachedFacts(paths: Set<String>) throws -> CachedFacts {
        let keys = Dictionary(paths.map { (key(for: $0), $0) }, uniquingKeysWith: min)
        let rows: [String: CachedFacts.Entry] = try db.read { db in
            var out: [String: CachedFacts.Entry] = [:]
            // (A small batch against a large ledger looks its files up one by one rather than scanning every row.)
            if keys.count <= 64 {
                for (key, path) in keys.sorted(by: { $0.key < $1.key }) {
                    let row = try Row.fetchOne(db, sql: "SELECT hash, extraction, facts FROM document WHERE path = ? AND version = ?",
                                               arguments: [key, version])
                    if let row { out[path] = CachedFacts.Entry(hash: row["hash"], facts: StoredFacts(row)) }
                }
                return out
            }
            let cursor = try Row.fetchCursor(db, sql: "SELECT path, hash, extraction, facts FROM document WHERE version = ?",
                                             arguments: [version])
            while let row = try cursor.next() {
                if let path = keys[row["path"]] { out[path] = CachedFacts.Entry(hash: row["hash"], facts: StoredFacts(row)) }
            }
            return out
        }
        return CachedFacts(rows: rows)
    }

    /// The facts a ledger holds for a run's files, by path, still encoded.
    public struct CachedFacts: Sendable {
        struct Entry: Sendable {
            var hash: String
            var facts: StoredFacts
        }
        let rows: [String: Entry]

        /// The facts cached for a file whose content hash is unchanged, if any.
        public func extraction(path: String, hash: String) throws -> DocumentExtraction? {
            guard let e = rows[path], e.hash == hash else { return nil }
            return try e.facts.decode()
        }
    }

    /// The facts column of a row: binary (v2) or the JSON of v1.
    struct StoredFacts: Sendable {
        var json: String
        var binary: [UInt8]?

        init(json: String, binary: [UInt8]?) {
            self.json = json
            self.binary = binary
        }

        init(_ row: Row) {
            json = row["extraction"] ?? ""
            binary = (row["facts"] as Data?).map { [UInt8]($0) }
        }

        func decode() throws -> DocumentExtraction {
            if let binary { return try BinaryCoding.decode(DocumentExtraction.self, from: binary) }
            return try JSONDecoder().decode(DocumentExtraction.self, from: Data(json.utf8))
        }
    }

    /// Every document the ledger remembers, by path, except those at `excluding` (read afresh this run), and
    /// the paths whose stored facts could not be decoded (absolute; left out, so that one damaged row does not
    /// stop a run).
    ///
    /// A stored document's path is the ledger's name for it (its path from the ledger's folder); its facts keep
    /// the path the run that extracted it was given.
    public func documents(excluding paths: Set<String> = []) throws -> (documents: [StoredDocument], unreadable: [String]) {
        let excluding = Set(paths.map(key(for:)))
        // The paths first, so that the facts of excluded documents are not even fetched.
        let rows: [(String, String, StoredFacts)] = try db.read { db in
            let all = try String.fetchAll(db, sql: "SELECT path FROM document ORDER BY path")
            let paths = all.filter { !excluding.contains($0) }
            if paths.isEmpty { return [] }
            if paths.count * 4 < all.count {
                return try paths.compactMap { p in
                    try Row.fetchOne(db, sql: "SELECT path, hash, extraction, facts FROM document WHERE path = ?", arguments: [p])
                        .map { ($0["path"], $0["hash"], StoredFacts($0)) }
                }
            }
            return try Row.fetchAll(db, sql: "SELECT path, hash, extraction, facts FROM document ORDER BY path").compactMap { row in
                let path: String = row["path"]
                return excluding.contains(path) ? nil : (path, row["hash"], StoredFacts(row))
            }
        }
        return decoded(rows)
    }

    /// Rows of facts decoded in parallel, with the paths (absolute) of those that cannot be decoded.
    private func decoded(_ rows: [(String, String, StoredFacts)]) -> (documents: [StoredDocument], unreadable: [String]) {
        let decoded = Parallel.map(rows.count) { i -> StoredDocument? in
            (try? rows[i].2.decode()).map { StoredDocument(path: rows[i].0, hash: rows[i].1, extraction: $0) }
        }
        return (decoded.compactMap { $0 }, zip(rows, decoded).filter { $0.1 == nil }.map { path(forKey: $0.0.0) })
    }

    /// Every document the ledger remembers, by its name in the ledger: where it is, its title, date and tasks.
    public func remembered() throws -> [RememberedDocument] {
        let rows: [(String, StoredFacts, Int64, Int64)] = try db.read { db in
            try Row.fetchAll(db, sql: "SELECT path, extraction, facts, firstRun, lastRun FROM document ORDER BY path").map {
                ($0["path"], StoredFacts($0), $0["firstRun"], $0["lastRun"])
            }
        }
        return rows.map { key, facts, first, last in
            let x = try? facts.decode()
            return RememberedDocument(key: key, path: path(forKey: key), title: x?.document.title, date: x?.document.date,
                                      tasks: x?.tasks.count, firstRun: first, lastRun: last)
        }
    }

    /// Forgets the documents at `paths` (files, or folders: every document under one), in one transaction, so
    /// that later runs no longer report their tasks; returns the names in the ledger of those forgotten.
    public func forget(paths: [String]) throws -> [String] {
        let keys = paths.map(key(for:))
        return try db.write { db in
            let all = try String.fetchAll(db, sql: "SELECT path FROM document ORDER BY path")
            let gone = all.filter { k in keys.contains { k == $0 || k.hasPrefix($0 + "/") } }
            for k in gone { try db.execute(sql: "DELETE FROM document WHERE path = ?", arguments: [k]) }
            return gone
        }
    }

    /// The last runs, newest first, with the task snapshots they kept (empty for runs older than the last two).
    public func runs(limit: Int = 2) throws -> [RunRecord] {
        try runHeaders(limit: limit).map { h in
            var r = h
            r.tasks = try snapshot(ofRun: h.id)
            return r
        }
    }

    /// The last runs, newest first, without their task snapshots (``snapshot(ofRun:)`` reads one).
    public func runHeaders(limit: Int = 2) throws -> [RunRecord] {
        try db.read { db in
            try Row.fetchAll(db, sql: "SELECT id, inputsKey, asOf FROM run ORDER BY id DESC LIMIT ?", arguments: [limit]).map { row in
                RunRecord(id: row["id"], inputsKey: row["inputsKey"], asOf: row["asOf"], tasks: [:])
            }
        }
    }

    /// The state of every task after a run (empty when the run's snapshot was not kept).
    public func snapshot(ofRun id: Int64) throws -> [String: TaskSnapshot] {
        let text: String? = try db.read { db in try String.fetchOne(db, sql: "SELECT tasks FROM run WHERE id = ?", arguments: [id]) }
        guard let text, !text.isEmpty else { return [:] }
        if let tasks = SnapshotText.decode(text) { return tasks }
        // Ledgers written before the compact format hold JSON.
        return (try? JSONDecoder().decode([String: TaskSnapshot].self, from: Data(text.utf8))) ?? [:]
    }

    /// Replaces the stored snapshot text of a run (tests use it to stand for a ledger written by an older version).
    func overwriteSnapshotForTesting(run id: Int64, text: String) throws {
        try db.write { db in try db.execute(sql: "UPDATE run SET tasks = ? WHERE id = ?", arguments: [text, id]) }
    }

    /// Replaces the stored facts of a document (tests use it to stand for a damaged row).
    func overwriteFactsForTesting(path: String, bytes: [UInt8]) throws {
        try db.write { db in try db.execute(sql: "UPDATE document SET facts = ? WHERE path = ?", arguments: [Data(bytes), key(for: path)]) }
    }

    /// Replaces (nil: removes) the stored digest of a document (tests use it to stand for a row of an older ledger).
    func overwriteDigestForTesting(path: String, bytes: [UInt8]?) throws {
        try db.write { db in try db.execute(sql: "UPDATE document SET digest = ? WHERE path = ?", arguments: [bytes.map { Data($0) }, key(for: path)]) }
    }

    /// Records a batch in one transaction: the documents read (facts cached by content hash, under the ledger's
    /// name for each path) and the run.
    ///
    /// Only the last two runs keep their task snapshots (what the changes since the previous batch, and a re-run
    /// of the same batch, need), so that the ledger grows with the documents, not with documents times runs.
    public func record(documents: [StoredDocument], inputsKey: String, asOf: String, tasks: [String: TaskSnapshot]) throws {
        let snapshot = SnapshotText.encode(tasks)
        let encoded = try Self.encode(documents)
        try db.write { db in
            try db.execute(sql: "INSERT INTO run (inputsKey, asOf, tasks) VALUES (?, ?, ?)", arguments: [inputsKey, asOf, snapshot])
            let run = db.lastInsertedRowID
            try db.execute(sql: "UPDATE run SET tasks = '' WHERE id < (SELECT MIN(id) FROM (SELECT id FROM run ORDER BY id DESC LIMIT 2)) AND tasks != ''")
            try store(documents, encoded, run: run, in: db)
        }
    }

    /// Remembers documents without recording a run (a run that reports only its batch): in one transaction, their
    /// facts and digests, as first and last seen in the latest recorded run, so that the next batch and the next
    /// run over the whole archive know them and the changes since the previous whole run still compare with it.
    public func remember(documents: [StoredDocument]) throws {
        guard !documents.isEmpty else { return }
        let encoded = try Self.encode(documents)
        try db.write { db in
            let run = try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM run") ?? 0
            try store(documents, encoded, run: run, in: db)
        }
    }

    /// The facts and digest of each document in binary form (in parallel).
    static func encode(_ documents: [StoredDocument]) throws -> [(Data, Data)] {
        try Parallel.map(documents.count) { i -> Result<(Data, Data), any Error> in
            Result { (Data(try BinaryCoding.encode(documents[i].extraction)), Data(DocumentDigest(documents[i].extraction).encoded())) }
        }.map { try $0.get() }
    }

    /// Inserts or updates the rows of documents, under the ledger's name for each path.
    private func store(_ documents: [StoredDocument], _ encoded: [(Data, Data)], run: Int64, in db: Database) throws {
        for (d, (facts, digest)) in zip(documents, encoded) {
            try db.execute(sql: """
                INSERT INTO document (path, hash, version, extraction, facts, digest, firstRun, lastRun) VALUES (?, ?, ?, '', ?, ?, ?, ?)
                ON CONFLICT(path) DO UPDATE SET hash = excluded.hash, version = excluded.version,
                    extraction = '', facts = excluded.facts, digest = excluded.digest, lastRun = excluded.lastRun
                """, arguments: [key(for: d.path), d.hash, version, facts, digest, run, run])
        }
    }

    /// The digest of every document the ledger remembers, except those at `excluding` (read afresh this run), by
    /// its name in the ledger, with the paths whose stored facts could not be read (absolute).
    ///
    /// One query fetches the digests, decoded in parallel; a row stored before digests were kept gets its digest
    /// from its facts, stored back so that the next run need not decode them again.
    public func digests(excluding paths: Set<String> = []) throws -> (documents: [StoredDigest], unreadable: [String]) {
        let excluding = Set(paths.map(key(for:)))
        let rows: [(String, String, [UInt8]?)] = try db.read { db in
            try Row.fetchAll(db, sql: "SELECT path, hash, digest FROM document ORDER BY path").compactMap { row in
                let path: String = row["path"]
                return excluding.contains(path) ? nil : (path, row["hash"], (row["digest"] as Data?).map { [UInt8]($0) })
            }
        }
        let decoded = Parallel.map(rows.count, chunk: 64) { i -> DocumentDigest? in
            rows[i].2.flatMap { try? DocumentDigest(decoding: $0) }
        }
        // Rows without a digest (or with one that cannot be read): from their facts.
        let missing = rows.indices.filter { decoded[$0] == nil }.map { rows[$0].0 }
        var filled: [String: DocumentDigest] = [:]
        if !missing.isEmpty {
            for d in try documents(keys: missing).documents { filled[d.path] = DocumentDigest(d.extraction) }
            try db.write { db in
                for k in filled.keys.sorted() {
                    guard let digest = filled[k] else { continue }
                    try db.execute(sql: "UPDATE document SET digest = ? WHERE path = ?", arguments: [Data(digest.encoded()), k])
                }
            }
        }
        var out: [StoredDigest] = []
        var unreadable: [String] = []
        for (i, row) in rows.enumerated() {
            if let x = decoded[i] ?? filled[row.0] { out.append(StoredDigest(path: row.0, hash: row.1, digest: x)) } else { unreadable.append(path(forKey: row.0)) }
        }
        return (out, unreadable)
    }

    /// The facts of the documents with these names in the ledger (a document whose facts cannot be read is left out).
    public func documents(keys: [String]) throws -> (documents: [StoredDocument], unreadable: [String]) {
        let rows: [(String, String, StoredFacts)] = try db.read { db in
            try keys.sorted().compactMap { k in
                try Row.fetchOne(db, sql: "SELECT path, hash, extraction, facts FROM document WHERE path = ?", arguments: [k])
                    .map { ($0["path"], $0["hash"], StoredFacts($0)) }
            }
        }
        return decoded(rows)
    }
}

/// The task snapshot of a run as compact text: a header line, then one line per task, sorted by id, with
/// tab-separated fields (id, text, status, deadline, lead units, support units, overdue); units are separated by
/// U+001F, and `\`, tab, newline, carriage return and U+001F inside a field are escaped.
enum SnapshotText {
    static let header = "docket-snapshot 1\n"

    static func encode(_ tasks: [String: TaskSnapshot]) -> String {
        var out: [UInt8] = Array(header.utf8)
        out.reserveCapacity(tasks.count * 160)
        func field(_ s: String) {
            // (Most fields hold nothing to escape: their bytes go in whole.)
            if !s.utf8.contains(where: { $0 < 0x20 || $0 == 0x5C }) { out.append(contentsOf: s.utf8); return }
            for b in s.utf8 {
                switch b {
                case 0x5C: out += [0x5C, 0x5C]
                case 0x09: out += [0x5C, 0x74]
                case 0x0A: out += [0x5C, 0x6E]
                case 0x0D: out += [0x5C, 0x72]
                case 0x1F: out += [0x5C, 0x75]
                default: out.append(b)
                }
            }
        }
        func units(_ list: [String]) {
            for (k, u) in list.enumerated() {
                if k > 0 { out.append(0x1F) }
                field(u)
            }
        }
        for id in tasks.keys.sorted() {
            guard let t = tasks[id] else { continue }
            field(id); out.append(0x09)
            field(t.text); out.append(0x09)
            field(t.status ?? ""); out.append(0x09)
            field(t.deadline ?? ""); out.append(0x09)
            units(t.lead); out.append(0x09)
            units(t.support); out.append(0x09)
            out.append(t.overdue ? 0x31 : 0x30)
            out.append(0x0A)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The tasks of a snapshot, or nil when the text is not in this format.
    static func decode(_ text: String) -> [String: TaskSnapshot]? {
        guard text.hasPrefix(header) else { return nil }
        var tasks: [String: TaskSnapshot] = [:]
        var text = text
        return text.withUTF8 { u -> [String: TaskSnapshot]? in
            var i = header.utf8.count
            var fields: [[String]] = []
            var current: [UInt8] = []
            var unitList: [String] = []
            while i < u.count {
                let b = u[i]
                i += 1
                switch b {
                case 0x5C where i < u.count:
                    let e = u[i]
                    i += 1
                    current.append(e == 0x74 ? 0x09 : e == 0x6E ? 0x0A : e == 0x72 ? 0x0D : e == 0x75 ? 0x1F : e)
                case 0x1F:
                    unitList.append(String(decoding: current, as: UTF8.self))
                    current.removeAll(keepingCapacity: true)
                case 0x09, 0x0A:
                    let last = String(decoding: current, as: UTF8.self)
                    current.removeAll(keepingCapacity: true)
                    fields.append(unitList.isEmpty ? [last] : unitList + [last])
                    unitList.removeAll()
                    if b == 0x0A {
                        guard fields.count == 7 else { return nil }
                        func one(_ k: Int) -> String { fields[k].first ?? "" }
                        func list(_ k: Int) -> [String] { fields[k] == [""] ? [] : fields[k] }
                        tasks[one(0)] = TaskSnapshot(text: one(1), status: one(2).isEmpty ? nil : one(2),
                                                     deadline: one(3).isEmpty ? nil : one(3), lead: list(4),
                                                     support: list(5), overdue: one(6) == "1")
                        fields.removeAll(keepingCapacity: true)
                    }
                default:
                    current.append(b)
                }
            }
            return fields.isEmpty && current.isEmpty ? tasks : nil
        }
    }
}

/// A stable 64-bit content hash (FNV-1a), written as 16 hex digits.
public func contentHash(_ bytes: [UInt8]) -> String {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in bytes {
        h ^= UInt64(b)
        h = h &* 0x0000_0100_0000_01B3
    }
    let s = String(h, radix: 16)
    return String(repeating: "0", count: 16 - s.count) + s + "-" + String(bytes.count)
}
