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
        for r in results { if let x = r.extraction, !x.tasks.isEmpty { titles[titleKey(x), default: 0] += 1 } }
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
            if titles[titleKey(x), default: 0] > 1, let key = sameDocumentKey(x) {
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

    /// The facts of the documents a ledger remembers, without those that one of the inputs read now repeats: the
    /// same bytes (a file moved or renamed since) or the same document in another file.
    static func notRepeated(_ stored: [StoredDocument], by read: [InputResult]) -> [DocumentExtraction] {
        let hashes = Set(read.filter(\.ok).map(\.hash))
        let elsewhere = stored.filter { !hashes.contains($0.hash) }
        // (Task by task only where a remembered document shares a title and a date with one read now.)
        let titles = Set(read.compactMap { $0.extraction.map(titleKey) })
        let mayRepeat = elsewhere.contains { titles.contains(titleKey($0.extraction)) }
        let keys = mayRepeat ? Set(read.compactMap { $0.extraction.flatMap(sameDocumentKey) }) : []
        return elsewhere.filter { d in
            !(titles.contains(titleKey(d.extraction)) && sameDocumentKey(d.extraction).map(keys.contains) == true)
        }.map(\.extraction)
    }

    /// A document's title (full-width forms folded, no spaces) and date: what two files of one document share first.
    static func titleKey(_ x: DocumentExtraction) -> String {
        folded(x.document.title) + "\u{1}" + (x.document.date?.iso ?? "-")
    }

    static func folded(_ s: String) -> String {
        ScalarStrings.make(s.unicodeScalars.lazy.map(SourceText.fold).filter { !$0.properties.isWhitespace })
    }

    /// What makes two files one document: its title, its date and the text of every task, with full-width forms
    /// folded and spaces dropped (a Word file and its PDF break lines and space text differently); nil for a
    /// document without tasks, which has nothing to list twice.
    static func sameDocumentKey(_ x: DocumentExtraction) -> String? {
        guard !x.tasks.isEmpty else { return nil }
        return ([titleKey(x)] + x.tasks.map { folded($0.text) }).joined(separator: "\u{1}")
    }
}
