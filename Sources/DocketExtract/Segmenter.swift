import DocketModel

/// Splits run-on blocks at enumeration markers that sit inside them.
///
/// Text copied from web pages often loses its line breaks: 一、…二、区交通与建设局1、…2、… arrive as one
/// line. Markers inside a block are accepted only where they count up in order (1、 then 2、, or a restart at
/// 1、), outside brackets and quotes, so that 统一、 or 1.4万亿 never split a block.
enum Segmenter {
    /// The document with run-on blocks split, and the indices of the blocks that came from a split.
    static func segment(_ doc: SourceDocument, said: KeywordSet) -> (SourceDocument, runOn: Set<Int>) {
        var out: [Block] = []
        var runOn = Set<Int>()
        let t = doc.text.normalized
        for var b in doc.blocks {
            // (● 8月25日，…: a bullet that opens an item is no part of its text.)
            if b.kind == .paragraph {
                var a = b.range.start
                while a < b.range.end, Scalars.bullets.contains(t[a]) || t[a] == " " && a > b.range.start { a += 1 }
                if a > b.range.start, a < b.range.end { b.range = SourceRange(start: a, end: b.range.end) }
            }
            // (A short line may hold bullets too: ● 各乡镇要…。 ● 各企业要…。)
            guard b.kind == .paragraph, b.range.length >= 80 || ((b.range.start + 1)..<b.range.end).contains(where: { Scalars.bullets.contains(t[$0]) })
            else { out.append(b); continue }
            let cuts = cutPoints(t, b.range, said: said)
            if cuts.isEmpty { out.append(b); continue }
            var start = b.range.start
            for c in cuts + [b.range.end] where c > start {
                var a = start, e = c
                while a < e, t[a] == " " || Scalars.bullets.contains(t[a]) { a += 1 }
                while e > a, t[e - 1] == " " { e -= 1 }
                if e > a {
                    runOn.insert(out.count)
                    out.append(Block(kind: .paragraph, range: SourceRange(start: a, end: e), origin: b.origin))
                }
                start = c
            }
        }
        var d = doc
        d.blocks = out
        return (d, runOn)
    }

    struct Candidate {
        var pos: Int
        var kind: MarkerKind
        var ordinal: Int
    }

    static func cutPoints(_ t: [Unicode.Scalar], _ r: SourceRange, said: KeywordSet) -> [Int] {
        var cands: [Candidate] = []
        var extraCuts: [Int] = []
        var depth = 0
        var i = r.start
        while i < r.end {
            let u = t[i]
            if u == "(" || u == "《" || u == "“" || u == "[" || u == "〔" || u == "【" { if !(u == "(" && parenMarker(t, i, r.end) != nil) { depth += 1 } }
            if u == ")" || u == "》" || u == "”" || u == "]" || u == "〕" || u == "】" { depth = max(0, depth - 1) }
            // …请认真贯彻执行。某管委会2015年10月20日某实验区关于…的工作方案…: a signature inside a run-on copy (a
            // forwarding notice, then the text it forwards) ends a block: cut after its date. …管理。附件：1.…: the list
            // of attachments after the last sentence is no part of it.
            // ● 8月25日，…召开… ● 8月28日，…: a newsletter's items, each after its bullet.
            if Scalars.bullets.contains(u), i > r.start, t[i - 1] == " " || Scalars.runOnBoundary.contains(t[i - 1]) {
                extraCuts.append(i)
            } else if u == "日", i < r.end - 1, signatureInside(t, endingAt: i, in: r) != nil {
                extraCuts.append(i + 1)
            } else if u == "会", i > r.start, i + 4 < r.end, t[i + 1] == "议", t[i - 1] == "。" || t[i - 1] == "!",
                      said.match(t, at: i + 2) != nil {
                // …安排部署下半年重点工作。会议指出，…。会议要求，一要…: in a run-on copy of meeting news, what the
                // meeting said opens a paragraph of its own, as it does in the news as printed.
                extraCuts.append(i)
            } else if u == "附", i + 1 < r.end, t[i + 1] == "件", publicationNote(endingAt: i, t, lower: r.start) != nil {
                // …2025年3月1日（此件公开发布）附件…: the annex after a signature's publication note.
                extraCuts.append(i)
            } else if u == "附", i > r.start, i + 2 < r.end, t[i + 1] == "件", t[i + 2] == "：" || t[i + 2] == ":",
                      t[i - 1] == "。" || t[i - 1] == "；" || t[i - 1] == ";" || t[i - 1] == " " && afterBoundary(t, i, r.start) {
                extraCuts.append(i)
            }
            if depth == 0 {
                let prev: Unicode.Scalar = i > r.start ? t[i - 1] : " "
                if u == "第", let n = recordNumber(t, i, r.end) {
                    cands.append(Candidate(pos: i, kind: .ordinalWord, ordinal: n))
                } else if u == "(", let (k, n, _) = parenMarker(t, i, r.end) {
                    cands.append(Candidate(pos: i, kind: k, ordinal: n))
                } else if Markers.isCJKNumeral(u), i == r.start || Scalars.runOnBoundary.contains(prev) || prev == " " && (afterBoundary(t, i, r.start) || afterATitle(t, i, r.start))
                            // (…各片区管理局二、加强…: in a flattened table a section follows the last unit cell.)
                            || Scalars.unitEndings.contains(prev) && !Markers.isCJKNumeral(prev)
                            // (…各区属国有企企六、开展…: after any other cell, a section from 二 on is a candidate; only
                            // one that counts up is kept, and not 五、六月 or 二、三产业.)
                            || prev.properties.isIdeographic && !Markers.isCJKNumeral(prev) && prev != "第" && u != "一"
                                && i + 2 < r.end && t[i + 1] == "、" && !Markers.isCJKNumeral(t[i + 2]) && !Markers.isDigit(t[i + 2]) {
                    var j = i
                    while j < r.end, j - i < 3, Markers.isCJKNumeral(t[j]) { j += 1 }
                    // (一. as some county files write 一、: 二.2023年工作计划.)
                    if j < r.end, t[j] == "、" || t[j] == ".", let n = Markers.readNumber(t, i, j), n <= 30 {
                        cands.append(Candidate(pos: i, kind: .chinese, ordinal: n))
                    }
                } else if Markers.isDigit(u), !Markers.isDigit(prev), prev != "." && prev != "第" && prev != "-" {
                    var j = i
                    while j < r.end, j - i < 2, Markers.isDigit(t[j]) { j += 1 }
                    // (1、2期 lists numbers, it enumerates nothing.)
                    if j < r.end, (t[j] == "、" && !(j + 1 < r.end && Markers.isDigit(t[j + 1]))) || (t[j] == "." && j + 1 < r.end && !Markers.isDigit(t[j + 1])),
                       let n = Markers.readNumber(t, i, j), n >= 1, n <= 60 {
                        cands.append(Candidate(pos: i, kind: .arabic, ordinal: n))
                    }
                }
            }
            i += 1
        }
        // Keep, per style, the markers that count up from 1 (restarting at 1 is allowed).
        var accepted: [Int] = []
        for kind in [MarkerKind.chinese, .parenChinese, .arabic, .parenArabic] {
            var expected = 1
            var mine: [Int] = []
            for c in cands where c.kind == kind {
                // Lower levels restart at 1 under each new parent; 一、 never restarts.
                if c.ordinal == expected || (c.ordinal == 1 && expected > 1 && kind != .chinese) {
                    mine.append(c.pos)
                    expected = c.ordinal + 1
                }
            }
            if mine.count >= 2 { accepted += mine; continue }
            // 一、 glued to a table's header (…配合/责任单位一、加强…) is no candidate: a run of sections may be seen
            // from 二、 on when three or more follow in order.
            if kind == .chinese {
                var expected2 = 2
                var from2: [Int] = []
                for c in cands where c.kind == kind && c.ordinal == expected2 { from2.append(c.pos); expected2 += 1 }
                if from2.count >= 3, let two = from2.first {
                    accepted += from2
                    // …and its 一、, glued to what stands before it, opens the run.
                    if let one = (r.start..<two).last(where: { k in
                        k + 1 < two && t[k] == "一" && t[k + 1] == "、" && (k == r.start || !Markers.isCJKNumeral(t[k - 1]))
                    }) { accepted.append(one) }
                }
            }
        }
        // Records numbered 第1010号, 第1023号… (suggestions and proposals handled) need not count up by one.
        let records = cands.filter { $0.kind == .ordinalWord }.map(\.pos)
        if records.count >= 2 { accepted += records }
        accepted += extraCuts
        return Array(Set(accepted)).filter { $0 > r.start }.sorted()
    }

    /// Whether only spaces stand between a position and a document's title before it (…专项整治工作方案 一、工作分工…).
    static func afterATitle(_ t: [Unicode.Scalar], _ i: Int, _ start: Int) -> Bool {
        var k = i - 1
        while k > start, t[k] == " " { k -= 1 }
        guard k - start >= 2 else { return false }
        let last2 = ScalarStrings.make(t[(k - 1)...k])
        return ["方案", "计划", "要点", "意见", "办法", "细则", "规划", "清单", "安排"].contains(last2)
    }

    /// Whether only spaces stand between a position and the end of a sentence or clause before it (…责任感。 三、).
    static func afterBoundary(_ t: [Unicode.Scalar], _ i: Int, _ start: Int) -> Bool {
        var k = i - 1
        while k > start, t[k] == " " { k -= 1 }
        return k >= start && Scalars.runOnBoundary.contains(t[k])
    }

    /// Where a publication note ((此件公开发布), (此件不公开)) that ends right before `i` opens, if one does.
    static func publicationNote(endingAt i: Int, _ t: [Unicode.Scalar], lower: Int) -> Int? {
        guard i > lower + 2, t[i - 1] == ")", let open = (max(lower, i - 14)..<(i - 1)).last(where: { t[$0] == "(" }),
              open + 2 < i, t[open + 1] == "此", t[open + 2] == "件" else { return nil }
        return open
    }

    /// Where a signature's date that ends at `d` inside a block begins (…某管委会2015年10月20日某区关于…, …管理局
    /// 2023年8月30日…): a full date right after a unit's last character (or it and a space), and more text after it
    /// that is no part of a time (前, 起, 至…).
    static func signatureInside(_ t: [Unicode.Scalar], endingAt d: Int, in r: SourceRange) -> Int? {
        // (…某乡人民政府 2016年6月25日 某某工作方案 一、…: a space may follow the date.)
        var n = d + 1
        while n < r.end, t[n] == " " { n += 1 }
        // (…2025年3月1日（此件公开发布）附件…: the publication note that follows a signature.)
        if t[d] == "日", d >= r.start + 8, n + 2 < r.end, t[n] == "(", t[n + 1] == "此", t[n + 2] == "件" {
            return signatureDateEnding(t, at: d, in: r)
        }
        // (…2016年7月6日 附件：…: the annexes after a spaced signature are read as annexes, as before.)
        guard t[d] == "日", d >= r.start + 8, n < r.end, t[n].properties.isIdeographic,
              !"前起至以内后止".unicodeScalars.contains(t[n]), n == d + 1 || !(t[n] == "附" && n + 1 < r.end && t[n + 1] == "件") else { return nil }
        return signatureDateEnding(t, at: d, in: r)
    }

    /// Where a full date that ends at `d` begins when a unit's last character (or it and a space) stands before it.
    static func signatureDateEnding(_ t: [Unicode.Scalar], at d: Int, in r: SourceRange) -> Int? {
        guard let start = signatureDateStart(t, endingAt: d, lower: r.start), start > r.start + 4,
              Scalars.unitEndings.contains(t[start - 1]) || t[start - 1] == " " && Scalars.unitEndings.contains(t[start - 2]) else { return nil }
        return start
    }

    /// Where a full date (2015年10月20日, with its year) that ends at `d` begins, if one does.
    static func signatureDateStart(_ t: [Unicode.Scalar], endingAt d: Int, lower: Int) -> Int? {
        var k = d - 1
        var digits = 0
        while k > lower, Markers.isDigit(t[k]) { k -= 1; digits += 1 }
        guard digits >= 1, digits <= 2, t[k] == "月", k > lower else { return nil }
        k -= 1
        digits = 0
        while k > lower, Markers.isDigit(t[k]) { k -= 1; digits += 1 }
        guard digits >= 1, digits <= 2, t[k] == "年", k > lower else { return nil }
        k -= 1
        digits = 0
        while k >= lower, Markers.isDigit(t[k]) { k -= 1; digits += 1 }
        guard digits == 4 else { return nil }
        return k + 1
    }

    /// 第1010号 (a record number of three or more digits followed by 号).
    static func recordNumber(_ t: [Unicode.Scalar], _ i: Int, _ end: Int) -> Int? {
        var j = i + 1
        while j < end, j - i <= 6, Markers.isDigit(t[j]) { j += 1 }
        guard j - i - 1 >= 3, j < end, t[j] == "号" else { return nil }
        return Markers.readNumber(t, i + 1, j)
    }

    static func parenMarker(_ t: [Unicode.Scalar], _ i: Int, _ end: Int) -> (MarkerKind, Int, Int)? {
        var j = i + 1
        while j < end, j - i <= 3, Markers.isCJKNumeral(t[j]) || Markers.isDigit(t[j]) { j += 1 }
        guard j > i + 1, j < end, t[j] == ")", let n = Markers.readNumber(t, i + 1, j), n <= 60 else { return nil }
        return (Markers.isDigit(t[i + 1]) ? .parenArabic : .parenChinese, n, j + 1)
    }
}
