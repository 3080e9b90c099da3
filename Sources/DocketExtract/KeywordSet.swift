import DocketModel

/// A set of keywords compiled once for fast matching over Unicode scalars.
///
/// Keywords are grouped by their first scalar and sorted longest first, so a match at a
/// position is one dictionary look-up and a few comparisons.
public struct KeywordSet: Sendable {
    private var byFirst: [UInt32: [[Unicode.Scalar]]] = [:]
    /// The first scalars of the keywords: most positions are rejected here without hashing.
    private var firsts = ScalarSet("")
    private var values: [String: String] = [:]
    /// The keywords, in the order given.
    public private(set) var words: [String] = []

    /// Creates a set from words, with optional values (for `.tsv` lists).
    public init(_ words: [String], values: [String: String] = [:]) {
        for w in words where !w.isEmpty {
            let s = Array(w.unicodeScalars)
            byFirst[s[0].value, default: []].append(s)
            self.words.append(w)
        }
        for k in byFirst.keys { byFirst[k]?.sort { $0.count > $1.count } }
        firsts = ScalarSet(byFirst.keys)
        self.values = values
    }

    /// The longest keyword that starts at `i`, if any.
    public func match(_ t: [Unicode.Scalar], at i: Int, end: Int? = nil) -> [Unicode.Scalar]? {
        let e = min(end ?? t.count, t.count)
        guard i < e, firsts.contains(t[i]), let cands = byFirst[t[i].value] else { return nil }
        for c in cands where i + c.count <= e {
            var ok = true
            for k in 1..<c.count where t[i + k] != c[k] { ok = false; break }
            if ok { return c }
        }
        return nil
    }

    /// The first match in a range: its position and keyword.
    public func firstMatch(_ t: [Unicode.Scalar], in r: Range<Int>) -> (Int, String)? {
        var i = r.lowerBound
        while i < r.upperBound {
            if let m = match(t, at: i, end: r.upperBound) { return (i, ScalarStrings.make(m)) }
            i += 1
        }
        return nil
    }

    /// Every non-overlapping match in a range, left to right.
    public func allMatches(_ t: [Unicode.Scalar], in r: Range<Int>) -> [(Int, String)] {
        var out: [(Int, String)] = []
        var i = r.lowerBound
        while i < r.upperBound {
            if let m = match(t, at: i, end: r.upperBound) {
                out.append((i, ScalarStrings.make(m)))
                i += m.count
            } else { i += 1 }
        }
        return out
    }

    /// Whether any keyword occurs in a range.
    public func occurs(_ t: [Unicode.Scalar], in r: Range<Int>) -> Bool { firstMatch(t, in: r) != nil }

    /// Whether any keyword occurs in a string.
    public func occurs(in s: String) -> Bool {
        let t = Array(s.unicodeScalars)
        return occurs(t, in: 0..<t.count)
    }

    /// The value a `.tsv` list gives a keyword.
    public func value(_ word: String) -> String? { values[word] }

    /// Whether the string is exactly one of the keywords.
    public func contains(_ word: String) -> Bool { values[word] != nil || words.contains(word) }
}
