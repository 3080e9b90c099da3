import DocketModel

/// The enumeration styles of Chinese official documents, outermost first by convention.
public enum MarkerKind: String, Sendable, Hashable {
    /// 一、
    case chinese
    /// （一）
    case parenChinese
    /// 1. 1、 1．
    case arabic
    /// （1）
    case parenArabic
    /// ① ②
    case circled
    /// 第一， 第一条
    case ordinalWord
    /// 一是 一要 (at the start of a paragraph or inside it)
    case inlineShi
    /// 首先 其次 再次 最后
    case sequenceWord
    /// A heading the file format marks (Markdown #, HTML h2, Word outline level).
    case formatHeading
}

/// A marker found at a position.
public struct Marker: Sendable, Hashable {
    /// The style.
    public var kind: MarkerKind
    /// The ordinal (1 for 一、).
    public var ordinal: Int
    /// The number of scalars the marker takes, including trailing punctuation and space.
    public var length: Int
    /// The character that ends it (是 or 要 for inline markers), to keep 一是 and 一要 lists apart.
    public var flavor: Unicode.Scalar?
}

/// Finds enumeration markers in normalised text.
enum Markers {
    static func isCJKNumeral(_ u: Unicode.Scalar) -> Bool {
        Scalars.cjkNumerals.contains(u)
    }

    static func isDigit(_ u: Unicode.Scalar) -> Bool { u.value >= 0x30 && u.value <= 0x39 }

    /// The year written at `i` as four digits and 年 (2025年), between 1990 and 2100, if one is; `end` bounds the read.
    static func year(_ t: [Unicode.Scalar], at i: Int, end: Int) -> Int? {
        guard i >= 0, i + 4 < min(end, t.count), t[i + 4] == "年", (i..<(i + 4)).allSatisfy({ isDigit(t[$0]) }),
              let y = readNumber(t, i, i + 4), (1990...2100).contains(y) else { return nil }
        return y
    }

    static func readNumber(_ t: [Unicode.Scalar], _ a: Int, _ b: Int) -> Int? {
        ChineseNumerals.read(Substring(ScalarStrings.make(t[a..<b])))
    }

    /// The marker at the start of a block, if any.
    static func leading(_ t: [Unicode.Scalar], _ start: Int, _ end: Int) -> Marker? {
        guard start < end else { return nil }
        var i = start
        func skipSpace(_ j: Int) -> Int {
            var k = j
            while k < end, t[k] == " " || t[k] == "\t" { k += 1 }
            return k
        }
        let c = t[i]
        if c.value >= 0x2460 && c.value <= 0x2473 {
            return Marker(kind: .circled, ordinal: Int(c.value - 0x2460) + 1, length: skipSpace(i + 1) - start)
        }
        if c == "(" {
            i += 1
            let a = i
            while i < end, i - a < 4, isCJKNumeral(t[i]) || isDigit(t[i]) { i += 1 }
            guard i > a, i < end, t[i] == ")" else { return nil }
            guard let n = readNumber(t, a, i) else { return nil }
            return Marker(kind: isDigit(t[a]) ? .parenArabic : .parenChinese, ordinal: n, length: skipSpace(i + 1) - start)
        }
        if isDigit(c) {
            while i < end, i - start < 3, isDigit(t[i]) { i += 1 }
            guard i < end, let n = readNumber(t, start, i) else { return nil }
            let p = t[i]
            // 1. 1、 1) but not 1.5 or 2025年
            if p == "." || p == "、" || p == "．" || p == ")" {
                if p == ".", i + 1 < end, isDigit(t[i + 1]) { return nil }
                return Marker(kind: .arabic, ordinal: n, length: skipSpace(i + 1) - start)
            }
            return nil
        }
        if c == "第", let n = Segmenter.recordNumber(t, start, end) {
            var j = start + 1
            while j < end, Markers.isDigit(t[j]) { j += 1 }
            return Marker(kind: .ordinalWord, ordinal: n, length: j + 1 - start)
        }
        if c == "第" {
            i += 1
            let a = i
            while i < end, i - a < 3, isCJKNumeral(t[i]) { i += 1 }
            guard i > a, i < end, let n = readNumber(t, a, i) else { return nil }
            if t[i] == "," || t[i] == "、" || t[i] == ":" {
                return Marker(kind: .ordinalWord, ordinal: n, length: skipSpace(i + 1) - start)
            }
            if t[i] == "条" {
                return Marker(kind: .ordinalWord, ordinal: n, length: skipSpace(i + 1) - start)
            }
            return nil
        }
        if isCJKNumeral(c) {
            while i < end, i - start < 3, isCJKNumeral(t[i]) { i += 1 }
            guard i < end, let n = readNumber(t, start, i) else { return nil }
            if t[i] == "、" || t[i] == "." || t[i] == "．" {
                return Marker(kind: .chinese, ordinal: n, length: skipSpace(i + 1) - start)
            }
            if t[i] == "是" || t[i] == "要" {
                return Marker(kind: .inlineShi, ordinal: n, length: skipSpace(i + 1) - start, flavor: t[i])
            }
            return nil
        }
        return nil
    }

    static let sequenceWords: [(String, Int)] = [("首先", 1), ("其次", 2), ("再次", 3), ("最后", 4)]

    /// Inline enumerations inside a block: 一是…二是…, 一要…二要…, 第一，…第二，…, 首先…其次….
    ///
    /// Returns the markers' positions when they form a run starting at 一 (or 第一, 首先) that counts up by one
    /// and each sits at a clause boundary; otherwise an empty list.
    ///
    /// With `titledFirst`, the first marker may follow a title with no punctuation between them, as a run-on copy of
    /// a web page leaves it (（二）多举措激发企业活力一是…。二是…): a 一是 after any character but those of 统一, 唯一,
    /// 同一….
    static func inline(_ t: [Unicode.Scalar], _ start: Int, _ end: Int, titledFirst: Bool = false) -> [(pos: Int, marker: Marker)] {
        var found: [(Int, Marker)] = []
        var i = start
        while i < end {
            var atBoundary = i == start || Scalars.inlineBoundary.contains(t[i - 1])
            if !atBoundary, titledFirst, found.isEmpty, t[i] == "一", i + 1 < end, t[i + 1] == "是" || t[i + 1] == "要", !Scalars.beforeYiShi.contains(t[i - 1]) {
                atBoundary = true
            }
            if atBoundary {
                if isCJKNumeral(t[i]) {
                    var j = i
                    while j < end, j - i < 3, isCJKNumeral(t[j]) { j += 1 }
                    if j < end, t[j] == "是" || t[j] == "要" || t[j] == "来" || t[j] == "则", let n = readNumber(t, i, j) {
                        found.append((i, Marker(kind: .inlineShi, ordinal: n, length: j + 1 - i, flavor: t[j])))
                        i = j + 1
                        continue
                    }
                } else if t[i] == "第", i + 2 < end {
                    var j = i + 1
                    while j < end, j - i < 4, isCJKNumeral(t[j]) { j += 1 }
                    if j > i + 1, j < end, t[j] == ",", let n = readNumber(t, i + 1, j) {
                        found.append((i, Marker(kind: .ordinalWord, ordinal: n, length: j + 1 - i)))
                        i = j + 1
                        continue
                    }
                } else {
                    for (w, n) in sequenceWords {
                        let ws = Array(w.unicodeScalars)
                        if i + ws.count < end, Array(t[i..<(i + ws.count)]) == ws {
                            var len = ws.count
                            if t[i + len] == "," { len += 1 }
                            found.append((i, Marker(kind: .sequenceWord, ordinal: n, length: len)))
                            i += len - 1
                            break
                        }
                    }
                }
            }
            i += 1
        }
        // Keep the longest run that starts at 1 and counts up, one style and flavour at a time.
        var best: [(Int, Marker)] = []
        var idx = 0
        while idx < found.count {
            let first = found[idx]
            if first.1.ordinal == 1 {
                var run = [first]
                var k = idx + 1
                while k < found.count {
                    let m = found[k].1
                    // 一要…二要…三要…四是…五要…: a list may slip from 要 to 是 for an item, where its own flavour has no
                    // item of that number.
                    let slips = m.flavor != first.1.flavor && (m.flavor == "是" || m.flavor == "要") && (first.1.flavor == "是" || first.1.flavor == "要")
                        && !found.contains { $0.1.kind == first.1.kind && $0.1.flavor == first.1.flavor && $0.1.ordinal == m.ordinal }
                    if m.kind == first.1.kind && (m.flavor == first.1.flavor || slips) && m.ordinal == run.count + 1 { run.append(found[k]) }
                    k += 1
                }
                if run.count >= 2 && run.count > best.count { best = run }
            }
            idx += 1
        }
        if best.first?.1.kind == .sequenceWord, best.count < 2 { return [] }
        return best.map { (pos: $0.0, marker: $0.1) }
    }
}
