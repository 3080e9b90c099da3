import DocketModel

/// Finds who chaired a meeting and who attended it, in minutes and in meeting reports.
///
/// Minutes label them (主持人：张某某; 出席人员：李某、王某); a report of a meeting says so in a sentence
/// (中共中央总书记习近平主持会议。; 中心领导班子成员，机关各科室负责同志参加会议。). Names are kept as written,
/// titles included: Docket does not segment personal names.
struct MeetingFinder {
    /// The labels of a host field.
    static let hostLabels = ["主持人", "主持", "会议主持"]
    /// Words that open or close a clause about what a meeting did (传达学习…, 研究部署…, …等事宜, …精神), not who came.
    static let agendaWords = ["传达", "学习", "研究", "听取", "审议", "部署", "贯彻", "事宜", "精神", "工作"]
    /// The labels of an attendance field.
    static let attendeeLabels = ["出席人员", "出席", "参会人员", "参加人员", "参会单位", "出席单位", "列席人员", "列席", "参会领导"]

    /// The host and attendees of a document, from its first blocks (fields) and its sentences (reports).
    func find(_ doc: SourceDocument) -> (host: String?, attendees: [String]) {
        var host: String?
        var attendees: [String] = []
        let t = doc.text.normalized
        for b in doc.blocks.prefix(40) {
            let hits = Self.roleWords(t, b.range)
            guard let firstHit = hits.first else { continue }
            if firstHit - b.range.start <= 4 {
                let s = doc.text.normalizedString(b.range).trimmingCharacters(in: .whitespaces)
                if let (label, value) = Self.field(s) {
                    if host == nil, Self.hostLabels.contains(label), !value.isEmpty { host = value }
                    if Self.attendeeLabels.contains(label) { attendees += Self.groups(value) }
                    continue
                }
            }
            // (A headline's phrases stand apart by spaces, with no sentence marks: 赵乐际王沪宁…出席会议 lists no group.)
            let sentenceForm = (b.range.start..<b.range.end).contains { t[$0] == "。" || t[$0] == "，" || t[$0] == "," }
            // Only the sentence around each role word is read as text.
            var done = b.range.start
            for h in hits where h >= done {
                var a = h, e = h
                while a > b.range.start, !Self.sentenceEnds.contains(t[a - 1]) { a -= 1 }
                while e < b.range.end, !Self.sentenceEnds.contains(t[e]) { e += 1 }
                done = e
                let sentence = doc.text.normalizedString(SourceRange(start: a, end: e))
                if host == nil, let h = Self.chair(sentence) { host = h }
                if sentenceForm, let g = Self.attendance(sentence) { attendees += g }
            }
        }
        var seen = Set<String>()
        return (host, attendees.filter { seen.insert($0).inserted })
    }

    /// Where a block names a meeting role (主持, 出席, 参加, 参会, 列席): a cheap test before any string work.
    /// (A field opens the block with its label; a sentence has 主持 before 会议/召开/第, or 出席/参加/列席 before 会议 or
    /// at a sentence's end.)
    static func roleWords(_ t: [Unicode.Scalar], _ r: SourceRange) -> [Int] {
        guard r.length >= 2 else { return [] }
        func at(_ k: Int) -> Unicode.Scalar { k < r.end ? t[k] : "。" }
        var out: [Int] = []
        for i in r.start..<(r.end - 1) {
            let a = t[i], b = t[i + 1]
            if a == "主" && b == "持" {
                let c = at(i + 2)
                // (…主持座谈会并发表重要讲话: the kind of meeting may come first.)
                if i - r.start <= 2 || c == "会" || c == "召" || c == "第" || c == "并" || c == "座" || c == "，" || c == "," || c == "。" { out.append(i) }
            } else if (a == "出" && b == "席") || (a == "参" && b == "加") || (a == "列" && b == "席") || (a == "参" && b == "会") {
                // (…出席会议。, …参加会议，, …列席。: the verb ends its clause.)
                let c = at(i + 2)
                let ends: (Unicode.Scalar) -> Bool = { $0 == "。" || $0 == "；" || $0 == ";" || $0 == "，" || $0 == "并" }
                // (参加会议的有…: the list follows.)
                // (…出席座谈会。: the kind of meeting may be named.)
                if i - r.start <= 2 || ends(c) || (c == "会" && at(i + 3) == "议" && (ends(at(i + 4)) || at(i + 4) == "的"))
                    || (c == "座" && at(i + 3) == "谈" && at(i + 4) == "会" && ends(at(i + 5))) { out.append(i) }
            }
        }
        return out
    }

    /// The marks that end a sentence for the meeting's roles.
    static let sentenceEnds: Set<Unicode.Scalar> = ["。", "；", ";"]

    /// A labelled field (主持人：张某某): its label and value, for the labels of a meeting.
    static func field(_ s: String) -> (String, String)? {
        guard s.count <= 200, let colon = s.firstIndex(where: { $0 == "：" || $0 == ":" }) else { return nil }
        let label = String(s[..<colon]).filter { $0 != " " && $0 != "\u{3000}" }
        guard hostLabels.contains(label) || attendeeLabels.contains(label) else { return nil }
        let value = String(s[s.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
        return (label, value.trimmingScalars("。 "))
    }

    /// The groups a list names, split at the marks between them (李某、王某; 中心领导，各科室负责同志).
    static func groups(_ value: String) -> [String] {
        value.split(whereSeparator: { "、，,;；".contains($0) }).map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && $0.count <= 40 }
    }

    /// The chair a sentence names: the words before 主持会议 or 主持召开, without a time (7月11日下午) or 由.
    static func chair(_ s: String) -> String? {
        guard let r = s.find("主持") else { return nil }
        let after = s[r.upperBound...]
        var head = String(s[..<r.lowerBound])
        // (会议由某局副局长某某同志主持，…: 由 names the chair at the clause's end too.)
        let byClause = head.includes("由") && (after.isEmpty || after.hasPrefix("，") || after.hasPrefix(",") || after.hasPrefix("。"))
        guard after.hasPrefix("会议") || after.hasPrefix("召开") || after.hasPrefix("第") || after.hasPrefix("并") || after.hasPrefix("座谈会") || byClause else { return nil }
        // 会议由市长张某某主持: the words after 由.
        if let by = head.find("由") { head = String(head[by.upperBound...]) }
        if let c = head.lastIndex(where: { $0 == "，" || $0 == "," || $0 == "：" || $0 == ":" || $0 == " " }) { head = String(head[head.index(after: c)...]) }
        head = withoutTime(head)
        // 县长张某在县政务服务中心常务会议室主持召开…: where the chair sat is no part of who.
        if let k = head.find("在"), head.distance(from: head.startIndex, to: k.lowerBound) >= 2 { head = String(head[..<k.lowerBound]) }
        guard head.count >= 2, head.count <= 60, !head.hasSuffix("会议") else { return nil }
        return head
    }

    /// The groups that attended, from a sentence whose clauses end 出席会议, 参加会议 or 列席会议 (also …出席会议并讲话).
    ///
    /// Clauses without a verb of their own share the next one's (中心领导班子成员，各科室负责同志参加会议); a clause
    /// that says something else (…作总结讲话) names no group, nor does the chair's or the news of the meeting (…6日在京召开).
    static func attendance(_ s: String) -> [String]? {
        var body = s.trimmingScalars("。 ")
        // 参加会议的有县发改局、建设局领导，北厝镇领导…等: the groups listed after the phrase.
        for w in ["参加会议的有", "出席会议的有", "参会的有"] {
            guard let r = body.find(w) else { continue }
            var rest = String(body[r.upperBound...])
            if rest.hasSuffix("等") { rest = String(rest.dropLast()) }
            let g = groups(rest)
            return g.isEmpty ? nil : g
        }
        // 央视网消息：…: a news lead before the list is no attendee.
        if let c = body.lastIndex(where: { $0 == "：" || $0 == ":" }) { body = String(body[body.index(after: c)...]) }
        let clauses = body.split(whereSeparator: { $0 == "，" || $0 == "," }).map(String.init)
        var out: [String] = []
        var pending: [String] = []
        for clause in clauses {
            guard let head = attendanceHead(clause, short: body.hasAtMost(60)) else { pending.append(clause); continue }
            for part in pending + [head] {
                var g = withoutTime(part).trimmingCharacters(in: .whitespaces)
                // 区政协副主席某某应邀列席, 有关部门负责同志在研究相关议题时列席: how or when they came is no part of who.
                if g.hasSuffix("应邀") { g = String(g.dropLast(2)) }
                if g.hasSuffix("时"), let k = g.range(of: "在", options: .backwards), g.distance(from: g.startIndex, to: k.lowerBound) >= 2 {
                    g = String(g[..<k.lowerBound])
                }
                // (…主持召开常务会议，传达学习…精神等事宜，副区长某某出席会议: what the meeting did is no group.)
                if !g.isEmpty, g.hasAtMost(60), !["主持", "召开", "举行"].contains(where: { g.contains($0) }),
                   !Self.agendaWords.contains(where: { g.hasPrefix($0) || g.hasSuffix($0) }) { out.append(g) }
            }
            pending = []
        }
        return out.isEmpty ? nil : out
    }

    /// The words of a clause before its verb of attendance (出席会议, 参加会议并讲话, 列席), or nil when it has none.
    /// A bare 出席 or 参加 at the clause's end counts only in a short sentence.
    static func attendanceHead(_ clause: String, short: Bool) -> String? {
        for w in ["出席会议", "参加会议", "列席会议", "出席座谈会", "参加座谈会", "出席并", "列席"] {
            guard let r = clause.find(w) else { continue }
            let rest = clause[r.upperBound...]
            // (…出席会议并讲话 / 并致辞: the clause may go on with 并 and what the attendee did there.)
            guard rest.isEmpty || rest.hasPrefix("并") || w == "出席并" else { continue }
            return String(clause[..<r.lowerBound])
        }
        if short || clause.hasSuffix("会议出席") {
            for w in ["出席", "参加"] where clause.hasSuffix(w) { return String(clause.dropLast(w.count)) }
        }
        return nil
    }

    /// A phrase without the date and time it opens or closes with (7月11日下午, 上午).
    static func withoutTime(_ s: String) -> String {
        // (Cheap test first: a date names 月 or 日; a time of day, 午.)
        guard s.unicodeScalars.contains(where: { $0 == "月" || $0 == "日" || $0 == "午" }) else { return s.trimmingCharacters(in: .whitespaces) }
        var out = s
        let scalars = Array(s.unicodeScalars)
        let times = TimeFinder.fullDates.find(scalars, in: 0..<scalars.count)
        if let m = times.last {
            var end = m.range.end
            for w in ["上午", "下午", "晚上", "晚"] where end + w.unicodeScalars.count <= scalars.count
                && String(String.UnicodeScalarView(scalars[end..<(end + w.unicodeScalars.count)])) == w {
                end += w.unicodeScalars.count
                break
            }
            out = String(String.UnicodeScalarView(scalars[0..<m.range.start])) + String(String.UnicodeScalarView(scalars[end...]))
        }
        for w in ["上午", "下午"] where out.hasSuffix(w) { out = String(out.dropLast(w.count)) }
        return out.trimmingCharacters(in: .whitespaces)
    }
}
