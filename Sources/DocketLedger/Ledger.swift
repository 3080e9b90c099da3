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

/// The task ledger: an SQLite database that remembers documents, their facts and every batch across runs.
///
/// Each batch is written in one transaction, so a run killed midway leaves the ledger as it was. The schema is
/// versioned with GRDB's migrator.
public final class Ledger: Sendable {
    private let db: DatabaseQueue
    /// The extractor version facts were cached with; a different version re-extracts.
    public let version: String

    /// Opens (or creates) the ledger at `path` and brings its schema up to date.
    public init(path: String, version: String) throws {
        try FileManager.default.createDirectory(at: URL(fileURLWithPath: path).deletingLastPathComponent(), withIntermediateDirectories: true)
        var config = Configuration()
        config.journalMode = .default
        db = try DatabaseQueue(path: path, configuration: config)
        self.version = version
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
        try migrator.migrate(db)
    }

    /// The facts cached for a file whose content hash is unchanged, if any.
    public func cached(path: String, hash: String) throws -> DocumentExtraction? {
        // Decoded outside the database queue, so that the pipeline's threads decode in parallel.
        let json: String? = try db.read { db in
            try Row.fetchOne(db, sql: "SELECT extraction FROM document WHERE path = ? AND hash = ? AND version = ?",
                             arguments: [path, hash, version])?["extraction"]
        }
        guard let json else { return nil }
        return try JSONDecoder().decode(DocumentExtraction.self, from: Data(json.utf8))
    }

    /// Every document the ledger remembers, by path, except those at `excluding` (read afresh this run).
    public func documents(excluding: Set<String> = []) throws -> [StoredDocument] {
        try db.read { db in
            try Row.fetchAll(db, sql: "SELECT path, hash, extraction FROM document ORDER BY path").compactMap { row in
                let path: String = row["path"]
                if excluding.contains(path) { return nil }
                guard let json: String = row["extraction"] else { return nil }
                return StoredDocument(path: row["path"], hash: row["hash"],
                                      extraction: try JSONDecoder().decode(DocumentExtraction.self, from: Data(json.utf8)))
            }
        }
    }

    /// The last runs, newest first.
    public func runs(limit: Int = 2) throws -> [RunRecord] {
        try db.read { db in
            try Row.fetchAll(db, sql: "SELECT id, inputsKey, asOf, tasks FROM run ORDER BY id DESC LIMIT ?", arguments: [limit]).map { row in
                let json: String = row["tasks"]
                return RunRecord(id: row["id"], inputsKey: row["inputsKey"], asOf: row["asOf"],
                                 tasks: (try? JSONDecoder().decode([String: TaskSnapshot].self, from: Data(json.utf8))) ?? [:])
            }
        }
    }

    /// Records a batch in one transaction: the documents read (facts cached by content hash) and the run.
    public func record(documents: [StoredDocument], inputsKey: String, asOf: String, tasks: [String: TaskSnapshot]) throws {
        let enc = JSONEncoder()
        enc.outputFormatting = [.sortedKeys]
        try db.write { db in
            let snapshot = String(decoding: try enc.encode(tasks), as: UTF8.self)
            try db.execute(sql: "INSERT INTO run (inputsKey, asOf, tasks) VALUES (?, ?, ?)", arguments: [inputsKey, asOf, snapshot])
            let run = db.lastInsertedRowID
            for d in documents {
                let json = String(decoding: try enc.encode(d.extraction), as: UTF8.self)
                try db.execute(sql: """
                    INSERT INTO document (path, hash, version, extraction, firstRun, lastRun) VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT(path) DO UPDATE SET hash = excluded.hash, version = excluded.version,
                        extraction = excluded.extraction, lastRun = excluded.lastRun
                    """, arguments: [d.path, d.hash, version, json, run, run])
            }
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
