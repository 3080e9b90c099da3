import DocketModel

/// Finds stated metrics: a number with its unit and qualifier (近16亿立方米, 增长5%左右, 40万人以上).
struct MetricFinder {
    let lex: Lexicon
    static let before = ["近", "约", "超过", "超", "达到", "达", "逾", "不少于", "不低于", "不超过", "累计"]
    static let after = ["以上", "左右", "以内", "以下", "多"]
    /// The qualifiers as scalars, compared in place (no string built for each number).
    static let beforeScalars = before.map { Array($0.unicodeScalars) }
    static let afterScalars = after.map { Array($0.unicodeScalars) }

    func find(_ doc: SourceDocument) -> [MetricFact] {
        let t = doc.text.normalized
        var out: [MetricFact] = []
        var i = 0
        while i < t.count {
            guard Markers.isDigit(t[i]), i == 0 || !(Markers.isDigit(t[i - 1]) || t[i - 1] == ".") else { i += 1; continue }
            var j = i
            while j < t.count, Markers.isDigit(t[j]) || (t[j] == "." && j + 1 < t.count && Markers.isDigit(t[j + 1])) || Self.isThousands(t, j) { j += 1 }
            var k = j
            var scale = ""
            if k < t.count, t[k] == "万" || t[k] == "亿" { scale = String(Character(t[k])); k += 1 }
            guard let unit = lex.metricUnits.match(t, at: k) else { i = j; continue }
            var end = k + unit.count
            let unitText = scale + ScalarStrings.make(unit)
            var qualifier: String?
            for (q, qs) in zip(Self.after, Self.afterScalars) where end + qs.count <= t.count && t[end..<(end + qs.count)].elementsEqual(qs) {
                qualifier = q
                end += qs.count
                break
            }
            var start = i
            for (q, qs) in zip(Self.before, Self.beforeScalars) {
                let n = qs.count
                if i - n >= 0, t[(i - n)..<i].elementsEqual(qs) { qualifier = qualifier.map { q + "…" + $0 } ?? q; start = i - n; break }
            }
            // Years (2025年) and dates are not metrics: their units are not in the list.
            let r = SourceRange(start: start, end: end)
            out.append(MetricFact(text: doc.text.string(r), value: ScalarStrings.make(t[i..<j]), unit: unitText, qualifier: qualifier, range: r,
                                  clause: doc.text.string(Self.clause(around: r, in: t))))
            i = end
        }
        return out
    }

    /// Whether the comma at `j` separates thousands (1,132.92亿元): a digit before it, three after it, then no digit.
    static func isThousands(_ t: [Unicode.Scalar], _ j: Int) -> Bool {
        guard t[j] == "," || t[j] == "，", j > 0, Markers.isDigit(t[j - 1]), j + 3 < t.count else { return false }
        guard Markers.isDigit(t[j + 1]), Markers.isDigit(t[j + 2]), Markers.isDigit(t[j + 3]) else { return false }
        return j + 4 == t.count || !Markers.isDigit(t[j + 4])
    }

    /// Marks that end a clause (the comma too: a clause, not a sentence, says what one number counts).
    static let clauseEnds: Set<Unicode.Scalar> = ["，", ",", "。", "；", ";", "：", ":", "！", "!", "？", "?", "\n", "\r"]

    /// The clause around a range: from the mark before it to the mark after it, without the spaces at its edges, at
    /// most 40 characters on either side of the range. A short clause before it that a comma joins on (截至6月底,
    /// 累计向我市供水近16亿立方米) says when or where, and is kept.
    static func clause(around r: SourceRange, in t: [Unicode.Scalar]) -> SourceRange {
        var a = r.start, b = r.end
        while a > 0, r.start - a < 40, !clauseEnds.contains(t[a - 1]) || isThousands(t, a - 1) { a -= 1 }
        if a > 1, t[a - 1] == "，" || t[a - 1] == "," {
            var p = a - 1
            while p > 0, a - 1 - p < 10, !clauseEnds.contains(t[p - 1]) { p -= 1 }
            if p == 0 || clauseEnds.contains(t[p - 1]), a - 1 - p <= 8 { a = p }
        }
        while b < t.count, b - r.end < 40, !clauseEnds.contains(t[b]) || isThousands(t, b) { b += 1 }
        while a < r.start, t[a].properties.isWhitespace { a += 1 }
        while b > r.end, t[b - 1].properties.isWhitespace { b -= 1 }
        return SourceRange(start: a, end: b)
    }
}
