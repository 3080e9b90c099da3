import DocketLedger
import DocketModel
import Foundation

extension Compiler {
    /// The results without inputs that repeat an earlier one (in path order): a copy (the same bytes: a file in a
    /// second folder), or the same document in another format (纪要.docx and 纪要.pdf: the same title, date and
    /// tasks). Either would list every task twice. Each one left out is a warning naming the input it repeats.
    public static func withoutDuplicates(_ results: [InputResult]) -> ([InputResult], [Diagnostic]) {
        var byHash: [String: String] = [:]
        var byKey: [String: String] = [:]
        // (Only documents that share a title and a date with another are compared task by task.)
        var titles: [String: Int] = [:]
        for r in results { if let x = r.extraction, !x.tasks.isEmpty { titles[x.titleKey, default: 0] += 1 } }
        var kept: [InputResult] = []
        var left: [Diagnostic] = []
        for r in results {
            guard let x = r.extraction, !r.hash.isEmpty else { kept.append(r); continue }
            if let original = byHash[r.hash] {
                left.append(Diagnostic(id: "input.duplicate", severity: .warning, file: r.path,
                                       message: "the same bytes as \(original); left out, so that its tasks are not listed twice"))
                continue
            }
            byHash[r.hash] = r.path
            if titles[x.titleKey, default: 0] > 1, let key = x.sameDocumentKey {
                if let original = byKey[key] {
                    left.append(Diagnostic(id: "input.same-document", severity: .warning, file: r.path,
                                           message: "the same document as \(original) (the same title, date and tasks, in another file); left out, so that its tasks are not listed twice"))
                    continue
                }
                byKey[key] = r.path
            }
            kept.append(r)
        }
        return (kept, left)
    }

    /// The documents a ledger remembers (their facts or digests), without those that one of the inputs read now
    /// repeats: the same bytes (a file moved or renamed since) or the same document in another file (the same title
    /// and date, and the same fingerprint of its tasks' texts).
    static func notRepeated<T>(_ stored: [T], by read: [InputResult], hash: (T) -> String, titleKey: (T) -> String,
                               sameDocument: (T) -> UInt64?) -> [T] {
        let hashes = Set(read.filter(\.ok).map(\.hash))
        let elsewhere = stored.filter { !hashes.contains(hash($0)) }
        // (Task by task only where a remembered document shares a title and a date with one read now.)
        let titles = Set(read.compactMap { $0.extraction?.titleKey })
        let mayRepeat = elsewhere.contains { titles.contains(titleKey($0)) }
        let keys = mayRepeat ? Set(read.compactMap { $0.extraction?.sameDocumentKey.map(DocumentDigest.fingerprint) }) : []
        return elsewhere.filter { d in !(titles.contains(titleKey(d)) && sameDocument(d).map(keys.contains) == true) }
    }

    /// The facts of the documents a ledger remembers, without those that one of the inputs read now repeats.
    static func notRepeated(_ stored: [StoredDocument], by read: [InputResult]) -> [StoredDocument] {
        notRepeated(stored, by: read, hash: \.hash, titleKey: \.extraction.titleKey,
                    sameDocument: { $0.extraction.sameDocumentKey.map(DocumentDigest.fingerprint) })
    }
}
