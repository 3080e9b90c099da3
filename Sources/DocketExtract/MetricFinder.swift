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
            while j < t.count, Markers.isDigit(t[j]) || (t[j] == "." && j + 1 < t.count && Markers.isDigit(t[j + 1])) { j += 1 }
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
            out.append(MetricFact(text: doc.text.string(r), value: ScalarStrings.make(t[i..<j]), unit: unitText, qualifier: qualifier, range: r))
            i = end
        }
        return out
    }
}
