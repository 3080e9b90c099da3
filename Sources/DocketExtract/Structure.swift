import DocketModel

/// One enumerated item, heading or paragraph of a document, placed in the outline.
struct OutlineEntry {
    /// The block it comes from.
    var block: Int
    /// The text after the marker (and after merged continuation lines).
    var range: SourceRange
    /// The marker, when the block opens with one.
    var marker: Marker?
    /// The marker as written.
    var markerText: String?
    /// The depth in the outline (0 = top).
    var level: Int
    /// Whether it groups other entries.
    var isHeading = false
    /// Whether its text is short enough to be a title (≤ 40 scalars, no 。；：！？ but a final 。).
    var isTitleLike: Bool
    /// Blocks merged into it (continuation lines), beyond `block`.
    var extraBlocks: [Int] = []
}

/// Builds the outline of a document from its blocks: markers give levels, the first style met is the outermost.
struct OutlineBuilder {
    let doc: SourceDocument
    /// The unit parser of the extraction (its lexicon's reply labels and unit names).
    let units: UnitParser

    /// Where the label of an answer to the item above ends (its colon), when the text from `r`'s start opens with one
    /// (发展改革委会同水利部研究提出了办理意见：…, 发展改革委意见：…, 整改情况：…): a label of one clause up to a colon that
    /// ends with a reply word, or a unit's name and 意见 or 提出.
    static func replyLabelEnd(_ t: [Unicode.Scalar], _ r: Range<Int>, units: UnitParser) -> Int? {
        var colon = r.lowerBound
        while colon < min(r.upperBound, r.lowerBound + 40), t[colon] != "：", t[colon] != ":" {
            if t[colon] == "。" || t[colon] == "，" || t[colon] == "," || t[colon] == "；" { return nil }
            colon += 1
        }
        guard colon < r.upperBound, t[colon] == "：" || t[colon] == ":", colon - r.lowerBound >= 2 else { return nil }
        for k in stride(from: colon - 2, through: max(r.lowerBound, colon - 4), by: -1) {
            if let m = units.lex.replyLabels.match(t, at: k), k + m.count == colon { return colon }
        }
        let word = ScalarStrings.make(Array(t[(colon - 2)..<colon]))
        let unitAndOpinion = (word == "意见" || word == "提出") && units.looksLikeUnit(ScalarStrings.make(Array(t[r.lowerBound..<(colon - 2)])))
        return unitAndOpinion ? colon : nil
    }

    /// Whether an item puts a request to be answered: a clause of its opens with who asks (你省请求，…, 大连市请求…,
    /// 你省广安市请求，…), right after the item's title sentence.
    static func putsARequest(_ t: [Unicode.Scalar], _ r: SourceRange) -> Bool {
        var i = r.start
        while i < min(r.end, r.start + 60), t[i] != "。" { i += 1 }
        guard i < r.end, t[i] == "。" else { return false }
        var k = i + 1
        while k < min(r.end - 1, i + 16), t[k] != "，", t[k] != "。" {
            if t[k] == "请" && t[k + 1] == "求" { return k > i + 1 }
            k += 1
        }
        return false
    }

    static func titleLike(_ t: [Unicode.Scalar], _ r: SourceRange) -> Bool {
        guard r.length <= 40 else { return false }
        for i in r.start..<r.end {
            let u = t[i]
            if (u == "。" && i != r.end - 1) || u == ";" || u == "；" || u == ":" || u == "!" || u == "?" { return false }
        }
        return true
    }

    /// Whether an unmarked line continues the item above it: short, or opening with a label (整改情况：).
    static func isContinuation(_ t: [Unicode.Scalar], _ r: SourceRange) -> Bool {
        if turnsToTheAudience(t, r) || opensWithTheMeetingSaying(t, r) { return false }
        if r.length <= 60 { return true }
        var i = r.start
        while i < min(r.end, r.start + 8) {
            if t[i] == ":" || t[i] == "：" { return true }
            i += 1
        }
        return false
    }

    /// Whether a short unmarked line after a finished sentence is a paragraph of its own, not the wrapped rest of the
    /// item above it: it is a whole sentence of some length (我们将一以贯之大力支持国防和军队现代化建设，…能力。), with
    /// no label.
    static func isParagraphOfItsOwn(_ t: [Unicode.Scalar], _ r: SourceRange, after prev: SourceRange) -> Bool {
        guard r.length >= 40, prev.length > 0, r.length > 0 else { return false }
        let ends: Set<Unicode.Scalar> = ["。", "！", "？", "!", "?"]
        guard ends.contains(t[prev.end - 1]), ends.contains(t[r.end - 1]) else { return false }
        return !(r.start..<min(r.end, r.start + 8)).contains { t[$0] == ":" || t[$0] == "：" } && t[r.start] != "(" && t[r.start] != "（"
    }

    /// Whether a line is only a unit note in brackets (（市发改委牵头，市财政局配合）): it holds a role word.
    static func isUnitNoteLine(_ t: [Unicode.Scalar], _ r: SourceRange) -> Bool {
        guard r.length >= 4, r.length <= 160, t[r.start] == "(", t[r.end - 1] == ")" else { return false }
        // One bracket pair around the whole line (not (一)… or (此件公开发布)).
        var depth = 0
        for i in r.start..<r.end {
            if t[i] == "(" { depth += 1 } else if t[i] == ")" { depth -= 1; if depth == 0 && i < r.end - 1 { return false } }
        }
        let s = ScalarStrings.make(t[r.start..<r.end])
        return ["牵头", "负责", "配合", "参与", "责任单位", "按职责分工"].contains { s.contains($0) }
    }

    /// Whether a line is a labelled field (牵头单位：市商务局, 完成时限：年底前): a short label and a colon.
    static func isFieldLine(_ t: [Unicode.Scalar], _ r: SourceRange) -> Bool {
        guard r.length <= 80 else { return false }
        var i = r.start
        while i < min(r.end, r.start + 7) {
            if t[i] == ":" || t[i] == "：" { return i > r.start + 1 }
            i += 1
        }
        return false
    }

    /// The level and marker of an entry, which its siblings share.
    static func styleKey(_ e: OutlineEntry) -> String {
        "\(e.level)|" + (e.marker.map { $0.kind.rawValue + ($0.flavor.map { String($0) } ?? "") } ?? "")
    }

    /// The styles (level and marker) of marked items that group two or more unmarked followers opening with lead
    /// sentences: a document's parallel items (（一）…（八）) are headings alike, also over one titled paragraph.
    func leadGroupingStyles(_ entries: [OutlineEntry]) -> Set<String> {
        let t = doc.text.normalized
        var out = Set<String>()
        for i in entries.indices where entries[i].marker != nil {
            var j = i + 1, lead = 0, marked = false
            while j < entries.count, entries[j].level > entries[i].level {
                if entries[j].marker != nil || doc.blocks[entries[j].block].kind == .heading { marked = true; break }
                if Self.opensWithLeadSentence(t, entries[j].range) { lead += 1 }
                j += 1
            }
            if !marked && lead >= 2 && lead * 2 >= j - i - 1 { out.insert(Self.styleKey(entries[i])) }
        }
        return out
    }

    /// Whether a paragraph opens by turning to the audience (各位代表！, 同志们！; 各位代表，团结凝聚力量…): it continues
    /// no item and titles none.
    /// Whether a line opens with what the meeting said (会议要求，…; 会议强调：…): reported speech of its own, after an
    /// item as well as anywhere, not the item's wrapped rest.
    static func opensWithTheMeetingSaying(_ t: [Unicode.Scalar], _ r: SourceRange) -> Bool {
        guard r.length >= 6, t[r.start] == "会", t[r.start + 1] == "议" else { return false }
        let after = t[r.start + 4]
        return after == "，" || after == "," || after == "：" || after == ":"
    }

    static func turnsToTheAudience(_ t: [Unicode.Scalar], _ r: SourceRange) -> Bool {
        if (r.start..<min(r.end, r.start + 8)).contains(where: { t[$0] == "！" || t[$0] == "!" }) { return true }
        // (With a comma: the forms of address 各位… and …们.)
        guard let comma = (r.start..<min(r.end, r.start + 7)).first(where: { t[$0] == "，" || t[$0] == "," }), comma - r.start >= 3 else { return false }
        return t[r.start] == "各" && t[r.start + 1] == "位" || t[comma - 1] == "们" && t[comma - 2] == "志"
    }

    /// Whether a paragraph opens with a short sentence of its own (≤ 30 scalars up to 。) followed by more text.
    static func opensWithLeadSentence(_ t: [Unicode.Scalar], _ r: SourceRange) -> Bool {
        // 各位代表！新的征程已经启航，…: a paragraph that turns to the audience is no titled paragraph of a section.
        if turnsToTheAudience(t, r) { return false }
        var i = r.start
        while i < r.end, i - r.start <= 30, t[i] != "。" { i += 1 }
        return i < r.end && t[i] == "。" && i - r.start <= 30 && r.end - i > 10
    }

    /// The entries for the blocks from `first` on, skipping those in `skip`.
    func build(from first: Int, skip: Set<Int>) -> [OutlineEntry] {
        let t = doc.text.normalized
        var entries: [OutlineEntry] = []
        var stack: [String] = []
        for (bi, b) in doc.blocks.enumerated() where bi >= first && !skip.contains(bi) {
            // Tables (their rows and full-width section rows) are read as task tables, not as outline.
            if b.kind == .tableRow || b.origin.table != nil { continue }
            var key: String?
            var marker: Marker?
            var start = b.range.start
            if let m = Markers.leading(t, b.range.start, b.range.end) {
                marker = m
                key = m.kind.rawValue + (m.flavor.map { String($0) } ?? "")
                start = b.range.start + m.length
            } else if b.kind == .heading {
                key = "h\(b.level ?? 1)"
            } else if b.kind == .listItem {
                key = "li\(b.level ?? 1)"
            }
            // (…的监测评估工作。 / （生态环境部牵头，国家统计局参与）: a unit note set on a line of its own closes the item above.)
            if key == nil, b.kind == .paragraph, let last = entries.indices.last, Self.isUnitNoteLine(t, b.range) {
                entries[last].extraBlocks.append(bi)
                entries[last].range = SourceRange(start: entries[last].range.start, end: b.range.end)
                continue
            }
            let range = SourceRange(start: start, end: b.range.end)
            let markerText = marker.map { _ in doc.text.string(SourceRange(start: b.range.start, end: start)) }
            let level: Int
            if let k = key {
                if let j = stack.firstIndex(of: k) {
                    stack.removeSubrange((j + 1)...)
                    level = j
                } else {
                    stack.append(k)
                    level = stack.count - 1
                }
            } else {
                level = stack.count
            }
            entries.append(OutlineEntry(block: bi, range: range, marker: marker, markerText: markerText, level: level,
                                        isTitleLike: b.kind == .heading || Self.titleLike(t, range)))
        }
        // An entry with deeper entries after it groups them, unless it is a long item followed only by
        // unmarked lines, which are its continuation.
        // Items whose unmarked followers open with their own lead sentences group them; their siblings (the same
        // level and marker) group a single titled paragraph too ((一)… over two, (三)… over one).
        let groupingStyles = leadGroupingStyles(entries)
        var out: [OutlineEntry] = []
        var i = 0
        while i < entries.count {
            var e = entries[i]
            var j = i + 1
            var hasMarkedChild = false
            while j < entries.count, entries[j].level > e.level {
                if entries[j].marker != nil || doc.blocks[entries[j].block].kind == .heading { hasMarkedChild = true }
                j += 1
            }
            let isMarked = e.marker != nil || doc.blocks[e.block].kind == .heading || doc.blocks[e.block].kind == .listItem
            // 三、关于X问题。你省请求，… then 发展改革委提出了以下意见： and （一）…（二）…: the points after the answer's label
            // are the answer's, parts of the request's item, not items of their own.
            if isMarked && j > i + 2, entries[i + 1].marker == nil, Self.putsARequest(doc.text.normalized, e.range),
               Self.replyLabelEnd(doc.text.normalized, entries[i + 1].range.start..<entries[i + 1].range.end, units: units) != nil {
                e.extraBlocks += entries[(i + 1)..<j].flatMap { [$0.block] + $0.extraBlocks }
                e.range = SourceRange(start: e.range.start, end: entries[j - 1].range.end)
                out.append(e)
                i = j
                continue
            }
            if isMarked && j > i + 1 {
                // 1.实施提振消费专项行动。 followed only by 牵头单位：… 配合单位：… 完成时限：…: an item with its fields, not a
                // heading over them.
                // (四、关于项目资金拨付 over 县财政局：负责… 县审计局：负责…: a line labelled with a unit's name is that unit's
                // duty, no field of the item.)
                let onlyFields = !hasMarkedChild && entries[(i + 1)..<j].allSatisfy {
                    Self.isFieldLine(doc.text.normalized, $0.range) && units.unitLabelEnd(doc.text.normalized, $0.range.start..<$0.range.end) == nil
                }
                if hasMarkedChild || e.isTitleLike && !onlyFields {
                    e.isHeading = true
                    out.append(e)
                    i += 1
                    continue
                }
                // A long item whose unmarked followers open with their own lead sentence (政府工作报告:
                // （一）扩大内需。… then paragraphs 实施提振消费专项行动。…) groups them.
                let followers = entries[(i + 1)..<j]
                let leadSentences = followers.filter { Self.opensWithLeadSentence(doc.text.normalized, $0.range) }.count
                if leadSentences >= 2 && leadSentences * 2 >= followers.count
                    || leadSentences == followers.count && groupingStyles.contains(Self.styleKey(e)) {
                    e.isHeading = true
                    out.append(e)
                    i += 1
                    continue
                }
                // Long item followed by unmarked lines: the short ones and labelled ones (整改情况：…, 牵头单位：…)
                // continue it; a full paragraph of its own (会议指出，…) does not.
                // An answer to the item (…研究提出了办理意见：…) continues it, however long; so does every paragraph after
                // an item that puts a request (一、关于X问题。你省请求，…): they answer it.
                let asks = Self.putsARequest(doc.text.normalized, e.range)
                var k = i + 1
                while k < j, asks || Self.replyLabelEnd(doc.text.normalized, entries[k].range.start..<entries[k].range.end, units: units) != nil
                        || Self.isContinuation(doc.text.normalized, entries[k].range)
                        && !Self.isParagraphOfItsOwn(doc.text.normalized, entries[k].range, after: entries[k - 1].range) { k += 1 }
                if k > i + 1 {
                    e.extraBlocks = entries[(i + 1)..<k].map(\.block)
                    e.range = SourceRange(start: e.range.start, end: entries[k - 1].range.end)
                }
                out.append(e)
                for f in entries[k..<j] {
                    var g = f
                    g.level = e.level
                    out.append(g)
                }
                i = j
                continue
            }
            out.append(e)
            i += 1
        }
        return out
    }
}
