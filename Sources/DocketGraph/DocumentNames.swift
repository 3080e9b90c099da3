import DocketModel

/// Distinct names for the documents of a batch, so that the ids of their facts (`NAME#t3`) are unique.
///
/// A document's name is its file name without extension, and two folders often hold files of one name
/// (`2025-06/会议纪要.docx`, `2025-07/会议纪要.docx`). Among documents that share a name, the earliest (by its
/// date, then by its absolute path; undated ones last) keeps it and the others are named `NAME-2`, `NAME-3`… in that
/// order (skipping names another document has), with the ids of their sections and tasks renamed to match; the
/// output file of each document's facts is named the same way. A later meeting's file of the same name thus leaves
/// the ids of the earlier one, and the corrections that name them, as they were.
public enum DocumentNames {
    /// The documents, in the order given, each with a name no other one has.
    public static func distinct(_ docs: [DocumentExtraction]) -> [DocumentExtraction] {
        var byName: [String: [Int]] = [:]
        for (i, x) in docs.enumerated() { byName[x.name, default: []].append(i) }
        guard byName.count < docs.count else { return docs }
        var used = Set(byName.keys)
        var out = docs
        for name in byName.keys.sorted() {
            guard let group = byName[name], group.count > 1 else { continue }
            let ordered = group.map { i in (i, docs[i].document.date?.ordinal ?? Int.max, FilePaths.absolute(docs[i].path)) }
                .sorted { ($0.1, $0.2, $0.0) < ($1.1, $1.2, $1.0) }.map(\.0)
            var n = 2
            for i in ordered.dropFirst() {
                var candidate = "\(name)-\(n)"
                while used.contains(candidate) { n += 1; candidate = "\(name)-\(n)" }
                used.insert(candidate)
                n += 1
                out[i] = renamed(docs[i], to: candidate)
            }
        }
        return out
    }

    /// A document under another name, with the ids of its sections and tasks (`OLD#…`) renamed to match.
    public static func renamed(_ x: DocumentExtraction, to name: String) -> DocumentExtraction {
        let old = x.name + "#"
        let new = name + "#"
        func id(_ s: String) -> String { s.hasPrefix(old) ? new + s.dropFirst(old.count) : s }
        var y = x
        y.name = name
        for k in y.sections.indices {
            y.sections[k].id = id(y.sections[k].id)
            y.sections[k].parent = y.sections[k].parent.map(id)
        }
        for k in y.tasks.indices {
            y.tasks[k].id = id(y.tasks[k].id)
            y.tasks[k].parent = y.tasks[k].parent.map(id)
        }
        return y
    }
}
