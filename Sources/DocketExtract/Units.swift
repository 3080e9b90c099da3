import Foundation
import DocketModel

/// The units a note or sentence names, by role.
public struct UnitAssignment: Sendable, Hashable {
    /// Lead units.
    public var lead: [String] = []
    /// Support units.
    public var support: [String] = []
    /// Units named as responsible without saying who leads (负责): leads, unless the first-listed rule applies.
    public var responsible: [String] = []

    /// Whether nothing was found.
    public var isEmpty: Bool { lead.isEmpty && support.isEmpty && responsible.isEmpty }

    /// Adds another assignment's units.
    public mutating func merge(_ o: UnitAssignment) {
        lead += o.lead
        support += o.support
        responsible += o.responsible
    }

    /// Resolves `responsible` into lead and support, de-duplicated in order.
    public func resolved(firstListedLeads: Bool) -> (lead: [String], support: [String]) {
        var l = lead, s = support
        if !responsible.isEmpty {
            if firstListedLeads && l.isEmpty {
                l.append(responsible[0])
                s.insert(contentsOf: responsible.dropFirst(), at: 0)
            } else {
                l += responsible
            }
        }
        func dedupe(_ a: [String]) -> [String] {
            var seen = Set<String>()
            return a.filter { seen.insert($0).inserted }
        }
        let ld = dedupe(l)
        return (ld, dedupe(s).filter { !ld.contains($0) })
    }
}

/// Recognises responsible units: in closing notes, in labelled lines, and as the subject of a duty.
public struct UnitParser: Sendable {
    let lex: Lexicon

    /// Creates a parser over a lexicon.
    public init(lexicon: Lexicon) { self.lex = lexicon }

    static func scalars(_ s: String) -> [Unicode.Scalar] { Array(s.unicodeScalars) }
    static func str<S: Sequence>(_ s: S) -> String where S.Element == Unicode.Scalar {
        ScalarStrings.make(Array(s))
    }

    /// Whether a phrase ends with a unit suffix and looks like a name (no punctuation, not too long).
    public func looksLikeUnit(_ s: String) -> Bool {
        let t = Self.scalars(s)
        guard t.count >= 3, t.count <= 30 else { return false }
        // 部署, 布局, 社会: they end like units but are not.
        for k in stride(from: t.count - 2, through: max(0, t.count - 6), by: -1) {
            if let m = lex.unitStopwords.match(t, at: k), k + m.count == t.count { return false }
        }
        if let f = t.first, Scalars.pronouns.contains(f) { return false }
        // 以上责任单位, 上述部门: a word that points back names no unit.
        if t[0] == "以" && t[1] == "上" || t[0] == "上" && (t[1] == "述" || t[1] == "列") || t[0] == "前" && t[1] == "述" { return false }
        // 安置小区一期项目、妇幼保健院: a list of things is no one name; 、 joins parts of one name only after 各
        // (各省、自治区、直辖市人民政府) or inside brackets (各县(市、区)政府).
        if t.first != "各", t.contains("、") {
            var depth = 0
            for u in t {
                if u == "(" { depth += 1 } else if u == ")" { depth -= 1 } else if u == "、", depth <= 0 { return false }
            }
        }
        // 各地可以指定部门或机构: a choice or a permission is no name; nor is a duty (支行负责协调各金融机构).
        for k in t.indices where t[k] == "或" || (k + 1 < t.count && ((t[k] == "可" && t[k + 1] == "以") || (t[k] == "负" && t[k + 1] == "责"))) {
            return false
        }
        // 地方各级人民政府办公厅(室): a unit with the variant of its suffix in brackets.
        if t.count > 5, t[t.count - 1] == ")", t[t.count - 3] == "(", lex.unitSuffixes.contains(String(t[t.count - 2])) {
            return looksLikeUnit(Self.str(t[0..<(t.count - 3)]))
        }
        // 岚城片区管理局(岚城乡政府): a unit with another name of it in brackets is the unit.
        if t.count > 6, t[t.count - 1] == ")", let open = t.lastIndex(of: "("), open >= 3, t.count - open - 2 >= 3 {
            let head = Self.str(t[0..<open]), inside = Self.str(t[(open + 1)..<(t.count - 1)])
            if looksLikeUnit(head), looksLikeUnit(inside) || inside.hasSuffix("部门") { return true }
        }
        // A unit name holds no function words (的 于 要 对 将…) and does not open with a verb (进一步, 联合…).
        // A date is no part of a name (3月底前国家卫生健康委).
        if t.indices.dropLast().contains(where: { Markers.isDigit(t[$0]) && (t[$0 + 1] == "年" || t[$0 + 1] == "月" || t[$0 + 1] == "日") }) { return false }
        // (由 in 自由 is part of a word: 国务院自由贸易试验区工作部际联席会议办公室.)
        if t.indices.contains(where: { Scalars.functionWords.contains(t[$0]) && !(t[$0] == "由" && $0 > 0 && t[$0 - 1] == "自") }) { return false }
        if lex.notOwnerOpeners.match(t, at: 0) != nil, t.count > 3 { return false }
        // 认真组(织实施), 涉及防火问题尽快与消防支队, 区教育局抓紧时间给区政府, 编制单位会后与相关部门: a word of manner
        // or of time, opening the phrase or inside it, makes it a clause, not a name.
        if lex.actionAdverbs.firstMatch(t, in: 0..<t.count) != nil || Self.clauseTimeWords.firstMatch(t, in: 0..<t.count) != nil { return false }
        // 统一到民政部门, 落实到各部门: 到 says where something goes, not who acts.
        if t.contains("到") { return false }
        // 你省按照专家组: a preposition of manner (按照, 根据, 依照) is no part of a name.
        for k in 0..<(t.count - 1) where (t[k] == "按" && t[k + 1] == "照") || (t[k] == "根" && t[k + 1] == "据") || (t[k] == "依" && t[k + 1] == "照") {
            return false
        }
        // 积极支持工会…, 大力引导…: the same after a word of manner (an action adverb anywhere was turned away above).
        if t.count > 5, let a = Self.mannerAdverbs.match(t, at: 0),
           lex.notOwnerOpeners.match(t, at: a.count) != nil { return false }
        for u in t where !(u.properties.isIdeographic || u == "(" || u == ")" || u == "、" || u.properties.isAlphabetic || Markers.isDigit(u)) { return false }
        for k in stride(from: t.count - 1, through: max(0, t.count - 5), by: -1) {
            if let m = lex.unitSuffixes.match(t, at: k), k + m.count == t.count {
                return true
            }
        }
        return false
    }

    /// Splits a unit list (市发改委、市财政局；财政、发展改革等部门) into unit names.
    public func splitList(_ raw: String) -> [String] {
        var s = raw.trimmingScalars(" ,，、;；:：。")
        // One name with nothing to split, cut or share (the usual case): no separator, conjunction or 等, no 由/请.
        if !s.unicodeScalars.contains(where: { Self.listMarks.contains($0) }), !s.hasPrefix("由"), !s.hasPrefix("请") {
            let u = clean(s)
            return u.isEmpty || !u.hasAtMost(40) ? [] : [u]
        }
        for w in ["等有关部门和单位", "等有关单位", "等有关部门", "等部门按职责分工负责"] where s.hasSuffix(w) && s.count > w.count {
            // X等有关部门和单位 → X plus 有关部门和单位 (ANNOTATION: drop a trailing 等 or 等有关部门)
            s = String(s.dropLast(w.count))
            break
        }
        if s.hasPrefix("由") { s.removeFirst() }
        if s.hasPrefix("请") { s.removeFirst() }
        // Split on list separators.
        var parts: [String] = []
        var cur = String.UnicodeScalarView()
        for c in s.unicodeScalars {
            if c == "、" || c == "，" || c == "," || c == "；" || c == ";" || c == "/" {
                parts.append(String(cur))
                cur = String.UnicodeScalarView()
            } else { cur.append(c) }
        }
        parts.append(String(cur))
        parts = parts.map { $0.trimmingScalars(spaceScalars) }.filter { !$0.isEmpty }
        // Split on 和/及/以及 only between whole unit names.
        var expanded: [String] = []
        for p in parts {
            expanded.append(contentsOf: splitConjunction(p))
        }
        // Shared ending: 财政、发展改革等部门 → 财政部门, 发展改革部门.
        if let last = expanded.last, let r = last.find("等", backwards: true) {
            let tail = String(last[r.upperBound...])
            let head = String(last[..<r.lowerBound])
            if !tail.isEmpty, tail.count <= 4, looksLikeUnit(head), !head.isEmpty {
                // 人民银行等部门: the unit, without 等部门.
                expanded[expanded.count - 1] = head
            } else if !tail.isEmpty, tail.count <= 4, lex.unitSuffixes.contains(tail) || ["部门", "单位", "机构"].contains(tail),
               expanded.dropLast().allSatisfy({ !looksLikeUnit($0) }) {
                var out = expanded.dropLast().map { $0 + tail }
                out.append(head + tail)
                return out.map(clean)
            }
        }
        // A shared ending without 等: 财政、发展改革、组织部门 → 财政部门, 发展改革部门, 组织部门; 财政和医保部门 →
        // 财政部门, 医保部门. Only when every other part is a short bare field, not a unit of its own.
        if let last = expanded.last, last.hasSuffix("部门") || last.hasSuffix("机构") {
            var fields = Array(expanded.dropLast())
            var final = last
            for sep in ["和", "及"] {
                guard let r = last.find(sep) else { continue }
                let left = String(last[..<r.lowerBound])
                if !left.isEmpty, !looksLikeUnit(left) { fields.append(left); final = String(last[r.upperBound...]) }
                break
            }
            // The longest ending that leaves a field of two characters or more: 医药主管部门 shares 主管部门.
            for tail in ["行政主管部门", "主管部门", "行政部门", "部门", "机构"] where final.hasSuffix(tail) && final.count >= tail.count + 2 && !fields.isEmpty {
                let bare = fields.allSatisfy { f in
                    f.count <= 8 && !looksLikeUnit(f) && !f.hasPrefix("各") && !f.hasPrefix("有关")
                        && f.unicodeScalars.allSatisfy { $0.properties.isIdeographic && !Scalars.functionWords.contains($0) }
                }
                guard bare, looksLikeUnit(final) else { break }
                return (fields.map { $0 + tail } + [final]).map(clean)
            }
        }
        // A party organ named once for the whole list: 国务院、最高人民检察院党组 → 国务院党组, 最高人民检察院党组.
        for organ in ["党组", "党委"] where expanded.count >= 2 {
            guard let last = expanded.last, last.hasSuffix(organ), looksLikeUnit(String(last.dropLast(organ.count))),
                  expanded.dropLast().allSatisfy({ !$0.hasSuffix(organ) && looksLikeUnit($0) }) else { continue }
            expanded = expanded.dropLast().map { $0 + organ } + [last]
        }
        // Parts that only name a kind of region join the next (各省、自治区、直辖市人民政府 is one unit).
        var merged: [String] = []
        var pending = ""
        for (i, p) in expanded.enumerated() {
            let joined = pending.isEmpty ? p : pending + "、" + p
            // (各市、各部门 are two addressees: a region joins the next part only when that part does not open with 各.)
            let nextOpensAnew = i + 1 < expanded.count && expanded[i + 1].hasPrefix("各")
            let regionOnly = p.hasAtMost(4) && !looksLikeUnit(p) && "省区市县州盟旗乡镇村".contains(p.last ?? " ") && !nextOpensAnew
            if !regionOnly || i == expanded.count - 1 {
                merged.append(joined)
                pending = ""
            } else {
                pending = joined
            }
        }
        return merged.map(clean).filter { !$0.isEmpty && $0.hasAtMost(40) }
    }

    private func splitConjunction(_ p: String) -> [String] {
        for sep in ["以及", "等和", "和", "及", "与"] {
            guard let r = p.find(sep) else { continue }
            let left = String(p[..<r.lowerBound]), right = String(p[r.upperBound...])
            // (各区及各相关部门: two collectives, each opening with 各.)
            let leftOK = looksLikeUnit(left) || (sep == "等和" && !left.isEmpty)
                || left.hasPrefix("各") && right.hasPrefix("各") && looksLikeAddressee(left) && looksLikeAddressee(right)
            // …及成员单位, …及网信部门: a generic unit after 及 belongs to the one before it.
            let generic = (right.hasAtMost(4) && (right.hasSuffix("部门") || right.hasSuffix("单位")) && !right.hasPrefix("有关") && !right.hasPrefix("各"))
                || right.hasPrefix("成员") || right.hasPrefix("所属") || right.hasPrefix("下属")
            if leftOK, looksLikeUnit(right), !lex.unitSuffixes.contains(right), !(generic && sep != "和") {
                return [left] + splitConjunction(right)
            }
        }
        return [p]
    }

    private func clean(_ u: String) -> String {
        var s = u.trimmingScalars(" 　,，、;；:：。")
        while s.hasSuffix("等") { s.removeLast() }
        if s.hasPrefix("和") || s.hasPrefix("及") { s.removeFirst() }
        // 区交通与建设局(住房保障部门): a unit with the role it plays in brackets is the unit.
        if s.hasSuffix(")"), let open = s.lastIndex(of: "(") {
            let head = String(s[..<open]), inside = String(s[s.index(after: open)..<s.index(before: s.endIndex)])
            if inside.count >= 2, looksLikeUnit(head), looksLikeUnit(inside) || inside.hasSuffix("部门") { s = head }
        }
        return s
    }

    /// Parses a closing unit note's inside: 负责部门：A、B；适用范围：…, A牵头，B、C参与, A、B负责.
    public func parseNote(_ note: String) -> UnitAssignment {
        var result = UnitAssignment()
        var clauses: [String] = []
        var cur = ""
        // (牵头单位：A  配合单位：B: labelled fields apart by spaces only; unit names hold none.)
        for c in note {
            if c == "；" || c == ";" || c == "，" || c == "," || c == "。" || c == " " || c == "\u{3000}" {
                clauses.append(cur)
                cur = ""
            } else { cur.append(c) }
        }
        clauses.append(cur)
        var pending: [String] = []
        // The label of the field a clause of bare units goes on (配合单位：A、B，各区、县级市: the list runs on past a comma).
        var field: String?
        /// Adds a field's units by its label's side; false where the label names no unit (a person's field).
        @discardableResult func add(_ value: String, as label: String) -> Bool {
            // (牵头领导：某某; 责任人：某某: a person, no unit.)
            switch lex.unitSide(ofLabel: label) {
            case .support: result.support += splitList(value)
            case .lead: result.merge(labelledLeads(label: label, value: value))
            case nil: return false
            }
            return true
        }
        for raw in clauses {
            let clause = raw.trimmingScalars(spaceScalars)
            if clause.isEmpty || clause.includes("第一位") || clause.includes("第一个为") || clause == "下同" { continue }
            if let colon = clause.firstIndex(where: { $0 == "：" || $0 == ":" }) {
                let label = String(clause[..<colon])
                field = add(String(clause[clause.index(after: colon)...]), as: label) ? label : nil
                continue
            }
            let t = Self.scalars(clause)
            // Find a role word at the end of the clause (longest match ending there).
            var roleStart: Int?
            var roleIsSupport = false
            var roleIsLeadExplicit = false
            for k in 0..<t.count {
                if let m = lex.supportRoles.match(t, at: k), k + m.count == t.count {
                    roleStart = k; roleIsSupport = true; break
                }
                if let m = lex.leadRoles.match(t, at: k), k + m.count == t.count {
                    roleStart = k
                    let w = Self.str(m)
                    roleIsLeadExplicit = w != "负责"
                    break
                }
            }
            guard let rs = roleStart else {
                let units = splitList(clause)
                // (各区、县级市: a collective of regions, as a field's value names it.)
                if let field, !units.isEmpty, units.allSatisfy({ looksLikeAddressee($0) || $0.hasPrefix("各") && $0.count <= 12 }) {
                    add(clause, as: field)
                } else if !units.isEmpty && units.allSatisfy(looksLikeUnit) { pending += units }
                continue
            }
            field = nil
            // 牵头负责: a lead role word right before the last one belongs to the role, not to the unit.
            var headEnd = rs
            if !roleIsSupport {
                var k = max(0, headEnd - 4)
                while k < headEnd {
                    if let m = lex.leadRoles.match(t, at: k), k + m.count == headEnd, k > 0 {
                        headEnd = k
                        roleIsLeadExplicit = roleIsLeadExplicit || Self.str(m) != "负责"
                        k = max(0, headEnd - 4)
                        continue
                    }
                    k += 1
                }
            }
            // 教育部会同有关部门负责: the unit before 会同 leads, the ones after support.
            let (own, partners) = splitPartners(Self.str(t[0..<headEnd]))
            result.support += partners
            let units = pending + own
            pending = []
            if roleIsSupport {
                let w = Self.str(t[rs...])
                if w.includes("负责") && result.lead.isEmpty && result.responsible.isEmpty && result.support.isEmpty {
                    // A、B按职责分工负责 with no lead before it: all responsible.
                    result.responsible += units
                } else {
                    result.support += units
                }
            } else if roleIsLeadExplicit {
                result.lead += units
            } else {
                result.responsible += units
            }
        }
        if !pending.isEmpty { result.responsible += pending }
        return result
    }

    /// The units of a field whose label makes them leads. 牵头单位：A leads outright; 责任单位：A、B names the units
    /// responsible, of which the first leads where the document says the first-listed leads (列第一位者为牵头单位);
    /// 责任单位：A会同B names B as A's partner.
    func labelledLeads(label: String, value: String) -> UnitAssignment {
        var out = UnitAssignment()
        let (units, partners) = splitPartners(value)
        out.support += partners
        if Self.namesTheLead(label) { out.lead += units } else { out.responsible += units }
        return out
    }

    /// Whether a label or a column header names the lead outright (牵头单位, 主责部门) rather than the units
    /// responsible (责任单位), whose first leads only under the first-listed rule.
    static func namesTheLead(_ label: String) -> Bool { label.includes("牵头") || label.includes("主责") }

    /// A list of units that may name partners after 会同 (A会同B、C): the units before it, and the partners after.
    func splitPartners(_ text: String) -> (own: [String], partners: [String]) {
        guard let r = text.find("会同") else { return (splitList(text), []) }
        return (splitList(String(text[..<r.lowerBound])), splitList(String(text[r.upperBound...])))
    }

    /// Units in labelled fields inside a text: 承办单位：A、B代表反馈：… or 牵头单位：A；配合单位：B.
    public func labelledFields(_ t: [Unicode.Scalar], _ r: Range<Int>) -> UnitAssignment {
        var out = UnitAssignment()
        var i = r.lowerBound
        while i < r.upperBound {
            guard t[i] == ":" || t[i] == "：" else { i += 1; continue }
            // The label: up to 6 scalars before the colon, ending with a role word.
            var labelRole: Bool?
            for k in max(r.lowerBound, i - 6)..<i {
                if let m = lex.supportRoles.match(t, at: k), k + m.count == i, Self.str(m).hasSuffix("单位") || Self.str(m).hasSuffix("部门") { labelRole = false; break }
                if let m = lex.leadRoles.match(t, at: k), k + m.count == i, Self.str(m).hasSuffix("单位") || Self.str(m).hasSuffix("部门") { labelRole = true; break }
                if Self.str(t[k..<i]) == "承办单位" || Self.str(t[k..<i]) == "主办单位" { labelRole = true; break }
            }
            guard var isLead = labelRole else { i += 1; continue }
            // 协同责任单位, 配合责任部门: a support word anywhere in the label makes it support.
            if isLead, lex.supportRoles.occurs(t, in: max(r.lowerBound, i - 6)..<(i - 2)) { isLead = false }
            // The value: up to the next colon, sentence end or line end; a following label is cut off.
            var e = i + 1
            while e < r.upperBound, !Scalars.fieldEnd.contains(t[e]) { e += 1 }
            var units = splitList(Self.str(t[(i + 1)..<e]))
            if e < r.upperBound, t[e] == ":" || t[e] == "：", var last = units.popLast() {
                // 区交建局委员反馈: the next label, when known, goes whole (not 区交建局委 + 员反馈).
                let ls = Self.scalars(last)
                if let k = (1..<max(1, ls.count)).first(where: { k in lex.recordLabels.match(ls, at: k).map { k + $0.count == ls.count } ?? false }),
                   looksLikeUnit(Self.str(ls[0..<k])) {
                    last = Self.str(ls[0..<k])
                }
                while !last.isEmpty, !looksLikeUnit(last) { last.removeLast() }
                if !last.isEmpty { units.append(last) }
            }
            // (责任单位：A会同B、C: B and C are A's partners.)
            if isLead, units.contains(where: { $0.includes("会同") }) {
                let (own, partners) = splitPartners(units.joined(separator: "、"))
                out.support += partners.filter(looksLikeUnit)
                units = own
            }
            units = units.filter(looksLikeUnit)
            if isLead {
                // (责任单位：A、B are responsible, the first leading where the first-listed leads; 牵头单位：A leads.)
                let label = Self.str(t[max(r.lowerBound, i - 6)..<i])
                if Self.namesTheLead(label) { out.lead += units } else { out.responsible += units }
            } else { out.support += units }
            i = e
        }
        return out
    }

    /// The units a statement gives to every item after it: 以下均需试点城市政府落实, 试点地区要…做好以下工作 (leads);
    /// 以下均需各片区配合落实 (support: the role it names).
    public func standingAssignment(_ t: [Unicode.Scalar], _ r: Range<Int>) -> UnitAssignment {
        var out = UnitAssignment()
        guard r.count >= 2, (r.lowerBound..<(r.upperBound - 1)).contains(where: { t[$0] == "以" && t[$0 + 1] == "下" }) else { return out }
        let text = Self.str(t[r])
        guard let yx = text.find("以下") else { return out }
        let after = String(text[yx.upperBound...])
        for marker in ["均需", "均由", "由", "需"] {
            guard let m = after.find(marker), after.distance(from: after.startIndex, to: m.lowerBound) <= 2 else { continue }
            var rest = String(after[m.upperBound...])
            for v in ["负责落实", "落实", "负责", "牵头", "承担"] {
                if let vr = rest.find(v) { rest = String(rest[..<vr.lowerBound]); break }
            }
            // (各片区配合落实: units named to assist.)
            var assists = false
            for w in ["配合", "协助", "参与", "协同"] where rest.hasSuffix(w) {
                rest = String(rest.dropLast(w.count))
                assists = true
                break
            }
            let units = splitList(rest)
            if !units.isEmpty, units.allSatisfy(looksLikeAddressee) {
                if assists { out.support = units } else { out.lead = units }
                return out
            }
        }
        // 试点地区要…重点做好以下工作
        guard after.hasPrefix("工作") || after.hasPrefix("任务") || after.hasPrefix("事项") else { return out }
        out.lead = subjects(t, r).lead
        return out
    }

    /// Units the text puts in charge in so many words, 由X牵头/由X负责, anywhere in it: they join a note's units.
    public func inTextLeads(_ t: [Unicode.Scalar], _ r: Range<Int>) -> [String] {
        unitsPutInCharge(t, r, verbs: ["牵头", "负责"], accept: looksLikeUnit)
    }

    /// Every 由X<verb> in a range (a by-verb from the lexicon, optionally only some of them) whose X are all
    /// accepted as units.
    func unitsPutInCharge(_ t: [Unicode.Scalar], _ r: Range<Int>, verbs: Set<String>?, accept: (String) -> Bool) -> [String] {
        var out: [String] = []
        var k = r.lowerBound
        while k < r.upperBound - 2 {
            // (由相关科室负责人组成: 负责 in 负责人 is a noun.)
            if t[k] == "由", let (pos, verb) = lex.byVerbs.firstMatch(t, in: (k + 1)..<min(r.upperBound, k + 40)), verbs?.contains(verb) ?? true,
               !Self.namesAPersonInCharge(t, verb: verb, at: pos, end: r.upperBound) {
                let units = splitList(Self.str(t[(k + 1)..<pos]))
                if !units.isEmpty, units.allSatisfy(accept) { out += units }
            }
            k += 1
        }
        return out
    }

    /// An item title glued to the addressee after it in a run-on copy (企业标准化各行业主管部门 → 各行业主管部门;
    /// 资金保障区财政部门 → 区财政部门); not a name that holds 各 or a region word (中央和国家机关各部门,
    /// 县级以上地方各级人民政府, 平潭综合实验区管委会).
    func droppingGluedTitle(_ u: String) -> String {
        let cs = Array(u.unicodeScalars)
        for k in 2..<max(2, cs.count - 2) where cs[k] == "各" || "区市县省".unicodeScalars.contains(cs[k]) {
            let head = ScalarStrings.make(cs[..<k]), rest = ScalarStrings.make(cs[k...])
            guard !looksLikeUnit(head), looksLikeAddressee(rest) else { continue }
            if cs[k] == "各" {
                guard head.count >= 3, !["地方", "以上", "以下", "级", "和", "及", "、"].contains(where: { head.hasSuffix($0) }) else { continue }
                return rest
            }
            // Before a region word only a heading's own ending marks a title (组织保障, 工作要求).
            if Self.titleEndings.contains(where: { head.hasSuffix($0) }) { return rest }
        }
        return u
    }

    /// How the short titles of run-on items end (资金保障, 工作要求, 组织领导), as opposed to place names.
    static let titleEndings = ["保障", "要求", "措施", "领导", "机制", "考核", "督查", "宣传", "协调", "落实"]

    /// The marks that make a text a list to split: separators, conjunctions and 等.
    static let listMarks = ScalarSet("、，,；;/和及与等")

    /// Adverbs that may come before a verb of encouragement (积极支持, 大力引导).
    static let mannerAdverbs = KeywordSet(["积极", "大力", "充分", "全力", "切实", "广泛", "严格", "全面", "持续"])

    /// Words of manner that may stand between units and their verb (机构编制部门按程序做好…), longest first.
    static let mannerWords: [[Unicode.Scalar]] = ["依法依规", "按程序", "按规定", "依职责", "按职责", "依法", "依规"].map { Array($0.unicodeScalars) }

    /// Where a deadline that ends at `end` begins (6月底前, 年底前, 2025年12月31日前, 10个工作日内, 年内, 三季度末), when one
    /// does and begins after `after`: numbers and words of the calendar only, closed by 前, 内, 底 or 末.
    static func deadlineBefore(_ t: [Unicode.Scalar], _ end: Int, after: Int) -> Int? {
        guard end - 2 > after, "前内底末".unicodeScalars.contains(t[end - 1]) else { return nil }
        var a = end - 1
        while a > after, end - a < 14, Markers.isDigit(t[a - 1]) || deadlineScalars.contains(t[a - 1]) { a -= 1 }
        // (It names a time: a year, month, day, quarter or working day, a holiday, a week, a season of the year's work
        // (汛期前, 开学前); 年内 alone too.)
        guard a < end - 1, t[a..<end].contains(where: { "年月日季节周期学假".unicodeScalars.contains($0) }) else { return nil }
        return a
    }

    static let deadlineScalars = Set("年月日号底初末中旬季度上下半前内个工作一二三四五六七八九十本今当节周期学假春国庆元旦劳动清明端午秋汛开“”\"".unicodeScalars)

    /// Words of time that may stand between units and their verb (有关部门下一步拟…, 执法支队不定期对…), longest first.
    static let timeWords: [[Unicode.Scalar]] = ["下一步", "不定期", "下步", "今后", "近期", "目前", "当前", "定期", "及时"].map { Array($0.unicodeScalars) }

    /// What may follow 由X before its action (由外交部和总参谋部统一归口管理, 由财政部门一次性拨付): the words of manner
    /// and a few adverbs.
    static let mannerAfterBy = KeywordSet(mannerWords.map { ScalarStrings.make($0) } + ["统一", "负责", "归口", "共同", "具体", "分别", "一次性"])

    /// The unit named after a 由 inside a clause when an action follows it closely (转制时由财政部门一次性拨付解决),
    /// not after 由于, 理由 or 自由, and not a list (由国务院办公厅、国家医保局组成…).
    func unitActingAfterBy(_ t: [Unicode.Scalar], _ r: Range<Int>) -> [String] {
        for k in (r.lowerBound + 1)..<max(r.lowerBound + 1, r.upperBound - 4) where t[k] == "由" {
            guard !"自理经缘来".unicodeScalars.contains(t[k - 1]), t[k + 1] != "于", t[k + 1] != "此" else { continue }
            // 由外交部和总参谋部统一归口管理: one unit after another, joined by 、 和 及.
            var found: [String] = []
            var at = k + 1
            while at < r.upperBound, let u = leadingUnit(Self.str(t[at..<min(r.upperBound, at + 16)])) {
                found.append(u)
                at += u.unicodeScalars.count
                guard at < r.upperBound, t[at] == "、" || t[at] == "和" || t[at] == "及" else { break }
                at += 1
            }
            // (由国务院办公厅、国家医保局组成…工作小组 names members, not owners: the action must follow closely.)
            // (成员由相关科室负责人组成: the persons of units who make up a group own nothing either.)
            let rest = Self.str(t[at..<min(r.upperBound, at + 8)])
            if ["负责人", "负责同志", "主要负责", "人员", "同志", "组成"].contains(where: { rest.hasPrefix($0) }) { continue }
            guard !found.isEmpty, at < r.upperBound, Self.mannerAfterBy.match(t, at: at, end: r.upperBound) != nil
                    || lex.actionVerbs.firstMatch(t, in: at..<min(r.upperBound, at + 8)) != nil else { continue }
            return found.flatMap(splitList)
        }
        return []
    }

    /// Whether a parenthesised text is a unit note (names a role).
    public func isNote(_ inside: String) -> Bool {
        lex.leadRoles.occurs(in: inside) || lex.supportRoles.occurs(in: inside) || inside.includes("分工")
    }


    /// Whether a phrase names the addressee of a letter by pronoun (你省, 你部, 贵市): the letter's 主送 unit.
    public static func isAddressedPronoun(_ s: String) -> Bool {
        // (Cheap test first: two CJK characters are six UTF-8 bytes.)
        guard s.utf8.count == 6, let first = s.unicodeScalars.first, first == "你" || first == "贵", let last = s.unicodeScalars.last else { return false }
        return Scalars.unitEndings.contains(last)
    }

    /// Where the label of a line that opens with a unit's name ends (县财政局：负责…): the colon within its first
    /// sixteen characters, after a unit's name that is no field's label (牵头单位：, 完成时限：).
    public func unitLabelEnd(_ t: [Unicode.Scalar], _ r: Range<Int>) -> Int? {
        guard let colon = (r.lowerBound..<min(r.upperBound, r.lowerBound + 16)).first(where: { t[$0] == ":" || t[$0] == "：" }),
              colon - r.lowerBound >= 3 else { return nil }
        let label = Self.str(t[r.lowerBound..<colon])
        guard looksLikeUnit(label), !lex.leadRoles.occurs(in: label), !lex.supportRoles.occurs(in: label) else { return nil }
        return colon
    }

    /// Whether a phrase can name an addressee of a duty: a unit name, or a collective 各… (各地区, 各级党委).
    public func looksLikeAddressee(_ s: String) -> Bool {
        if looksLikeUnit(s) { return true }
        // (Both kinds are two characters: six UTF-8 bytes.)
        if s.utf8.count == 6, Self.isAddressedPronoun(s) || lex.collectiveAddressees.contains(s) { return true }
        guard s.hasPrefix("各") || s.hasPrefix("地方各级") || s.hasPrefix("有关") || s.hasPrefix("相关"), s.count >= 2, s.count <= 16 else { return false }
        // 各位领导, 各位代表: persons addressed, no body; 各相关(牵头部门…), 各有关(…): the name goes on.
        if s.hasPrefix("各位") || s.hasSuffix("相关") || s.hasSuffix("有关") { return false }
        // 各地工作进展情况 is a topic, not an addressee: past eight characters the phrase must end like a unit.
        if s.count > 8 && !looksLikeUnit(s) { return false }
        // 各业务主管部门关(于…): a unit and the start of the next word is no addressee.
        let chars = Array(s)
        // (A role or variant in brackets is part of it: 各级党委(党组).)
        if chars.count > 4, chars.last != ")",
           (4..<chars.count).contains(where: { looksLikeUnit(String(chars[0..<$0])) }) { return false }
        // 有关方面, 相关地区: after 有关/相关 the phrase names a collective (相关可信数据 names none).
        if s.hasPrefix("有关") || s.hasPrefix("相关") {
            let t = Self.scalars(s)
            guard (2..<t.count).contains(where: { k in lex.relativeAddressees.match(t, at: k).map { k + $0.count == t.count } ?? false }) else { return false }
        }
        // 各村结合自身实(际…): a verb after the collective begins its duty, the name has ended.
        let u = Self.scalars(s)
        if (2..<u.count).contains(where: { k in lex.ownerVerbs.match(u, at: k).map { $0.count >= 2 } ?? false || lex.actionVerbs.match(u, at: k) != nil }) { return false }
        return s.unicodeScalars.allSatisfy { $0.properties.isIdeographic || $0 == "(" || $0 == ")" }
            && !s.contains { "的为是中于要对将把被都也已并不得情况工作可应须需能".contains($0) }
    }

    /// The units listed from `start` to the end of the clause at `b`, up to where the duty begins: an action verb
    /// (制定, 统筹…) or 对/共同 right after a whole addressee (not the 建设 of 住房城乡建设部), 负责, or 等.
    func partnerList(_ t: [Unicode.Scalar], from start: Int, to b: Int) -> [String] {
        // (配合好乡安全检查组…: 好 completes the verb; the list opens after it.)
        let start = start < b && t[start] == "好" ? start + 1 : start
        var e = start
        while e < b, t[e] != "," && t[e] != "，" && t[e] != "。" && t[e] != ";" { e += 1 }
        // 会同区交通与建设局抓紧制定…: the duty may begin with an owner's verb (抓紧, 负责) as well as an action.
        var cuts = (lex.actionVerbs.allMatches(t, in: start..<e) + lex.ownerVerbs.allMatches(t, in: start..<e)).map(\.0)
        for k in start..<e where t[k] == "对" || (t[k] == "共" && k + 1 < e && t[k + 1] == "同") { cuts.append(k) }
        for v in cuts.sorted() {
            var item = v
            while item > start, !"、和及与".unicodeScalars.contains(t[item - 1]) { item -= 1 }
            if v - item >= 2, looksLikeAddressee(Self.str(t[item..<v])) { e = v; break }
        }
        var partner = Self.str(t[start..<e])
        for v in ["负责", "等"] {
            if let pr = partner.find(v) { partner = String(partner[..<pr.lowerBound]) }
        }
        // 会同财政部、税务总局确定…: the last unit may run into a verb the list of actions lacks.
        var list = splitList(partner)
        if let last = list.last, !looksLikeAddressee(last), list.count >= 2, let u = leadingUnit(last) { list[list.count - 1] = u }
        return list.filter(looksLikeAddressee)
    }

    /// The longest unit name (ending in a unit suffix) that opens a text (有关部门按照… → 有关部门), if any.
    func leadingUnit(_ s: String) -> String? {
        let u = Array(s.unicodeScalars)
        for len in stride(from: min(16, u.count), through: 2, by: -1) {
            let head = ScalarStrings.make(u[0..<len])
            guard looksLikeUnit(head) else { continue }
            // 教育行政部门办成公办园: a shorter unit right before an action verb is the name; the rest is its duty.
            // (各级党组织: a verb that ends the name (组织) is part of it.)
            for k in stride(from: 3, to: len - 1, by: 1) where lex.actionVerbs.match(u, at: k, end: len).map({ k + $0.count < len }) ?? false {
                let shorter = ScalarStrings.make(u[0..<k])
                if looksLikeUnit(shorter) { return shorter }
            }
            return head
        }
        return nil
    }

    /// The unit whose full name opens a sentence right before an action verb (国家中医药局印发…), if any: a strict unit
    /// name (农村人居环境整治… names none), and not a verb in the perfective (印发了…: history).
    func openingUnit(_ t: [Unicode.Scalar], _ r: Range<Int>) -> String? {
        // 各有关部门依职责管理指导…: a unit, then a word of manner (依职责, 依法), opens the sentence's action.
        if r.count >= 8 {
            for w in Self.mannerWords {
                for k in (r.lowerBound + 3)..<min(r.upperBound - w.count, r.lowerBound + 14) where t[k..<(k + w.count)].elementsEqual(w) {
                    let head = Self.str(t[r.lowerBound..<k])
                    if !head.unicodeScalars.contains(where: { Scalars.functionWords.contains($0) || $0 == "，" || $0 == "," || $0 == "、" }),
                       looksLikeUnit(head) || head.hasPrefix("各") && looksLikeAddressee(head) { return head }
                }
            }
        }
        guard r.count >= 6 else { return nil }
        // 明确部门组织协调责任, 加强农业工程学科建设: a title that opens with a verb names no unit.
        guard lex.actionVerbs.match(t, at: r.lowerBound, end: r.upperBound) == nil else { return nil }
        if let (pos, verb) = lex.actionVerbs.firstMatch(t, in: (r.lowerBound + 3)..<min(r.upperBound, r.lowerBound + 20)) {
            let after = pos + verb.unicodeScalars.count
            if after < r.upperBound, t[after] == "了" { return nil }
            // (县农业农村局6月底前制定…: the deadline between the unit and its action is no part of the unit.)
            let head = Self.str(t[r.lowerBound..<(Self.deadlineBefore(t, pos, after: r.lowerBound + 2) ?? pos)])
            if head.unicodeScalars.count <= 12, !head.hasPrefix("请"), !head.hasPrefix("由"),
               !["会同", "可", "或", "和", "及"].contains(where: { head.includes($0) }),
               !head.unicodeScalars.contains(where: { Scalars.functionWords.contains($0) || $0 == "，" || $0 == "," || $0 == "、" }),
               looksLikeUnit(head) { return head }
        }
        // 区市场监督管理局严格监管…, 区宣传与影视发展部充分发挥…: a name that holds verbs of its own (监督, 发展), read whole
        // up to its last unit ending, then an action or a word of manner.
        guard t[r.lowerBound] != "请", t[r.lowerBound] != "由" else { return nil }
        let ends = stride(from: min(r.upperBound - 2, r.lowerBound + 16), through: r.lowerBound + 4, by: -1).filter { Scalars.unitEndings.contains(t[$0 - 1]) }
        func acts(_ end: Int) -> Bool {
            lex.actionVerbs.match(t, at: end, end: r.upperBound) != nil || lex.actionAdverbs.match(t, at: end, end: r.upperBound) != nil
                || Self.mannerAdverbs.match(t, at: end) != nil
        }
        // (Cheap test first: no unit ending followed by an action, no name to read.)
        guard ends.contains(where: acts) else { return nil }
        for end in ends {
            guard !(r.lowerBound..<end).contains(where: { t[$0] == "，" || t[$0] == "," || t[$0] == "、" }) else { continue }
            let head = Self.str(t[r.lowerBound..<end])
            guard looksLikeUnit(head) else { continue }
            // The longest name decides: followed by an action or a word of manner, it is the owner.
            return acts(end) && !(end + 2 < r.upperBound && t[end + 2] == "了") ? head : nil
        }
        return nil
    }

    /// Whether the clause that ends at `end` (its comma) is only a time: …月底前, 2019年上半年, 今年三季度.
    static func endsAClauseOfTime(_ t: [Unicode.Scalar], before end: Int) -> Bool {
        guard end >= 2 else { return false }
        if t[end - 1] == "前" { return true }
        var a = end
        while a > 0, end - a < 12, !"，,。；;：:".unicodeScalars.contains(t[a - 1]) { a -= 1 }
        guard end - a >= 3, end - a < 12, "年月底度".unicodeScalars.contains(t[end - 1]) else { return false }
        // (Digits, numerals and words of periods only.)
        return (a..<end).allSatisfy { Markers.isDigit(t[$0]) || "年月日底上下半季度第一二三四今明初末前中旬".unicodeScalars.contains(t[$0]) }
    }

    /// The units whose names open a sentence right before an action verb: one (国家中医药局印发…) or a list that
    /// shares its ending (财政、发展改革、组织部门研究建立…).
    func openingUnits(_ t: [Unicode.Scalar], _ r: Range<Int>) -> [String] {
        if let u = openingUnit(t, r) { return [u] }
        guard r.count >= 8, lex.actionVerbs.match(t, at: r.lowerBound) == nil else { return [] }
        // The list may hold words that are verbs elsewhere (发展改革, 社会保障): the first verb after which the words
        // before it split into units is the action.
        for (pos, verb) in lex.actionVerbs.allMatches(t, in: (r.lowerBound + 4)..<min(r.upperBound, r.lowerBound + 40)) {
            guard Scalars.unitEndings.contains(t[pos - 1]) else { continue }
            let head = Self.str(t[r.lowerBound..<pos])
            if head.unicodeScalars.contains(where: { Scalars.functionWords.contains($0) || $0 == "，" || $0 == "," }) { return [] }
            guard head.includes("、") || head.includes("和"), !head.hasPrefix("请"), !head.hasPrefix("由") else { continue }
            // (…委员会共同协助上级政府部门落实…: units that assist own nothing.)
            if head.includes("协助") || head.includes("配合") { return [] }
            let list = splitList(head)
            guard list.count >= 2, list.allSatisfy(looksLikeUnit) else { continue }
            let after = pos + verb.unicodeScalars.count
            return after < r.upperBound && t[after] == "了" ? [] : list
        }
        return []
    }

    /// The units after a partner verb in a clause (联合区公安局、区安监局共同制定…, 配合城关派出所做好…).
    func partners(_ t: [Unicode.Scalar], _ r: Range<Int>) -> [String] {
        var out: [String] = []
        for (k, w) in lex.partnerVerbs.allMatches(t, in: r) {
            // A verb at the clause's start or after an adverb (已联合…, 并配合…), not inside a name (联合采购办公室).
            let before: Unicode.Scalar = k > 0 ? t[k - 1] : "。"
            guard before != "由", k == r.lowerBound || Scalars.beforeVerb.contains(before) else { continue }
            var start = k + w.unicodeScalars.count
            if start < r.upperBound, t[start] == "好" { start += 1 }
            // Only a list that opens right after the verb with a unit (配合做好…, 协同推进… name none).
            let list = partnerList(t, from: start, to: r.upperBound)
            if let first = list.first, Self.str(t[start..<min(r.upperBound, start + first.unicodeScalars.count)]) == first { out += list }
        }
        return out
    }

    /// The units named right before 参加 or 参与 in a clause (吸收公安、安全监管等部门人员参加; 邀请有关部门参与):
    /// they take part in the work, as support. The longest list that reads as units wins.
    func participants(_ t: [Unicode.Scalar], _ r: Range<Int>) -> [String] {
        var out: [String] = []
        for k in r where k + 1 < r.upperBound && t[k] == "参" && (t[k + 1] == "加" || t[k + 1] == "与") && k - r.lowerBound >= 3 {
            // (…牵头、有关部门参与的工作机制 describes a body, it sets no duty.)
            if k + 2 < r.upperBound, t[k + 2] == "的" { continue }
            var e = k
            // (…部门人员参加, …单位共同参与: who of the unit, or how, is no part of its name.)
            for w in ["人员", "代表", "共同", "同志"] where e - 2 > r.lowerBound && Self.str(t[(e - 2)..<e]) == w { e -= 2; break }
            guard Scalars.unitEndings.contains(t[e - 1]) else { continue }
            var best: [String] = []
            for q in stride(from: e - 2, through: max(r.lowerBound, e - 30), by: -1) {
                // No verb inside the list (…项目竣工时吸收公安: 吸收 ends the scan).
                if lex.actionVerbs.match(t, at: q, end: e) != nil { break }
                // The list opens the clause, or follows a verb (吸收…), a role word (牵头、…) or a mark.
                let opens = q == r.lowerBound || "，,、：:".unicodeScalars.contains(t[q - 1])
                    || (q - 2 >= r.lowerBound && (lex.actionVerbs.match(t, at: q - 2, end: q) != nil || lex.leadRoles.match(t, at: q - 2, end: q) != nil))
                guard opens else { continue }
                let list = splitList(Self.str(t[q..<e]))
                if !list.isEmpty, list.allSatisfy(looksLikeAddressee) { best = list }
            }
            out += best
        }
        return out
    }

    /// Whether the verb matched at `pos` is 负责 opening a noun (负责人, 负责同志): a person in charge, not a duty.
    static func namesAPersonInCharge(_ t: [Unicode.Scalar], verb: String, at pos: Int, end: Int) -> Bool {
        verb == "负责" && pos + 2 < end && (t[pos + 2] == "人" || t[pos + 2] == "同")
    }

    /// Whether 会 at `k` opens 会后, 会前 or 会上 (a time, not the end of a unit's name).
    static func opensMeetingTime(_ t: [Unicode.Scalar], _ k: Int, _ end: Int) -> Bool {
        k >= 0 && k + 1 < end && t[k] == "会" && (t[k + 1] == "后" || t[k + 1] == "前" || t[k + 1] == "上")
    }

    /// Words of time that may stand inside a clause but never inside a unit's name.
    static let clauseTimeWords = KeywordSet(["会后", "会前", "目前", "今后", "近期", "当前"])

    /// The words after which a drafting unit's name has ended (县财政局拟定的…; 县住建局关于…的意见).
    static let draftWords = KeywordSet(["关于", "提出", "提交", "提请", "拟", "起草", "制定", "制订", "编制", "草拟", "对", "的", "报", "《", "，", ","])

    /// The units that open what a meeting approved (会议原则同意[县财政局]拟定的…), up to the word that ends their names.
    func draftingUnits(_ t: [Unicode.Scalar], _ r: Range<Int>) -> [String] {
        for k in (r.lowerBound + 2)..<max(r.lowerBound + 2, min(r.upperBound, r.lowerBound + 30)) {
            guard Self.draftWords.match(t, at: k, end: r.upperBound) != nil else { continue }
            let list = splitList(Self.str(t[r.lowerBound..<k]))
            return !list.isEmpty && list.allSatisfy(looksLikeUnit) ? list : []
        }
        return []
    }

    /// Whether the text at `k` goes on with a unit's generic ending (单位, 部门, 处室, 科室): the role word before it
    /// (牵头, 责任, 配合) is part of a name such as 牵头单位.
    static func namesARole(_ t: [Unicode.Scalar], at k: Int, end: Int) -> Bool {
        guard k + 1 < end else { return false }
        let (a, b) = (t[k], t[k + 1])
        return (a == "单" && b == "位") || (a == "部" && b == "门") || (a == "处" && b == "室") || (a == "科" && b == "室")
    }

    /// The units that own the duties of a task: the subject of each clause (海关总署要…), 由X负责, 请X…,
    /// with 会同Y and 配合Y as support. Used where the task has no unit note.
    public func subjects(_ t: [Unicode.Scalar], _ r: Range<Int>) -> UnitAssignment {
        var out = UnitAssignment()
        var clauseStart = r.lowerBound
        var i = r.lowerBound
        func handleClause(_ a: Int, _ b: Int) {
            var s = a
            while s < b, t[s] == " " { s += 1 }
            guard b - s >= 3 else { return }
            // 联合X…, 进一步配合X…: partners are support even in a clause whose opening names no owner.
            out.support += partners(t, s..<b)
            // 吸收公安、安全监管等部门人员参加: units that take part support.
            out.support += participants(t, s..<b)
            var byForm = false
            // 会议要求区公安局会同…: the request the meeting makes names its units as a request does.
            var meetingAsks = s + 4 < b && t[s] == "会" && t[s + 1] == "议" && t[s + 2] == "要" && t[s + 3] == "求"
            if meetingAsks { s += 2 }
            // 检查组要求各级各有关部门…: a body that asks (a group, a unit) is no owner; the units it asks are.
            else if let k = (s + 2..<max(s + 2, min(b - 3, s + 10))).first(where: { t[$0] == "要" && t[$0 + 1] == "求" }),
                    Scalars.unitEndings.contains(t[k - 1]), looksLikeUnit(Self.str(t[s..<k])) || t[k - 1] == "组" {
                meetingAsks = true
                s = k
            }
            // 会议原则同意县财政局拟定的《…》，修改完善后印发实施: the unit whose draft a meeting approved carries it on.
            if !meetingAsks, let m = lex.decisionOpeners.match(t, at: s, end: b) {
                out.lead += draftingUnits(t, (s + m.count)..<b)
                return
            }
            // 经生态环境部会同有关部门组织专家评审: a unit that works with another after 经 acts (经国务院同意 only approves).
            if t[s] == "经", let k = (s + 3..<max(s + 3, min(b - 1, s + 18))).first(where: { t[$0] == "会" && t[$0 + 1] == "同" }),
               looksLikeUnit(Self.str(t[(s + 1)..<k])) {
                s += 1
                byForm = true
            }
            // (建议你省…做好…: a letter's recommendation asks as 请 does.)
            let asks = t[s] == "请" || (s + 1 < b && ((t[s] == "要" && t[s + 1] == "求") || (t[s] == "希" && t[s + 1] == "望") || (t[s] == "建" && t[s + 1] == "议")))
            // (要求 opens no unit name, but a request names the units it asks: 要求各行业主管部门督促….)
            if !byForm, !meetingAsks, !asks, lex.notOwnerOpeners.match(t, at: s, end: b) != nil {
                // 推动…方案获批由区经济发展局牵头，…: a run-on item's title glued to the clause that puts a unit at its head
                // (not a plan, 拟由X牵头, nor a manner, 主要由X负责).
                if let k = ((s + 2)..<max(s + 2, b - 3)).first(where: { t[$0] == "由" && !Scalars.adverbs.contains(t[$0 - 1]) && !Scalars.modals.contains(t[$0 - 1]) && t[$0 - 1] != "拟" }) {
                    out.lead += unitsPutInCharge(t, k..<b, verbs: ["牵头"], accept: looksLikeUnit)
                }
                return
            }
            if asks {
                // 请财政部落实…, 要求各行业主管部门督促…, 希望受到表扬的地方…: the units right after the request.
                if t[s] != "请" { s += 1 }

                var k = min(b, s + 40)
                // (Cheap test first: a list that does not open with 各/有关/相关/地方 ends with a unit's last character.)
                let collective = s + 1 < b && (t[s + 1] == "各" || t[s + 1] == "有" || t[s + 1] == "相" || t[s + 1] == "地")
                let withPartners = ((s + 1)..<max(s + 1, k - 1)).contains(where: { t[$0] == "会" && t[$0 + 1] == "同" })
                while k > s + 3 {
                    if !collective, !withPartners, !Scalars.unitEndings.contains(t[k - 1]), t[k - 1] != "方" { k -= 1; continue }
                    var headText = Self.str(t[(s + 1)..<k])
                    var partners: [String] = []
                    // 请人力资源社会保障部会同有关部门按照…精神，落实…: the partners after 会同, up to where their duty begins.
                    if let w = ((s + 1)..<max(s + 1, k - 1)).first(where: { t[$0] == "会" && t[$0 + 1] == "同" }) {
                        partners = partnerList(t, from: w + 2, to: b)
                        if partners.isEmpty, let u = leadingUnit(Self.str(t[(w + 2)..<b])) { partners = [u] }
                        headText = Self.str(t[(s + 1)..<w])
                    }
                    let units = splitList(headText)
                    // (编制单位会后与…: 会 of 会后, 会前, 会上 ends no name.)
                    // (请各村结合自身实际…: a collective's name ends where its duty's verb begins, not inside a word.)
                    let endsAtAVerb = !collective || units.last.map(looksLikeUnit) == true || Scalars.modals.contains(t[k])
                        || lex.ownerVerbs.match(t, at: k, end: b) != nil || lex.actionVerbs.match(t, at: k, end: b) != nil
                        || lex.actionAdverbs.match(t, at: k, end: b) != nil || "，,。；;、".unicodeScalars.contains(t[k])
                    if endsAtAVerb, !units.isEmpty, units.allSatisfy({ looksLikeUnit($0) || looksLikeAddressee($0) || $0.hasSuffix("地方") }),
                       k < b, lex.unitSuffixes.match(t, at: k) == nil || Self.opensMeetingTime(t, k, b), !Self.opensMeetingTime(t, k - 1, b) {
                        out.lead += units
                        out.support += partners
                        return
                    }
                    k -= 1
                }
                // 建议你省按照…, 请你部…: the letter's addressee by pronoun (你省有关部门 is found whole above).
                if s + 3 <= b, Self.isAddressedPronoun(Self.str(t[(s + 1)..<(s + 3)])) {
                    out.lead.append(Self.str(t[(s + 1)..<(s + 3)]))
                }
                return
            }
            if t[s] == "由", !byForm {
                s += 1
                byForm = true
            } else if !byForm {
                // …建立由农业农村部、工业和信息化部牵头的…机制: 由X牵头 inside a clause.
                let inCharge = unitsPutInCharge(t, s..<b, verbs: nil, accept: looksLikeAddressee)
                out.lead += inCharge
                // 名单由市委宣传部会同市财政局、市税务局确定: the partners after 会同 support.
                if !inCharge.isEmpty, let w = (s..<max(s, b - 2)).first(where: { t[$0] == "会" && t[$0 + 1] == "同" }) {
                    out.support += partnerList(t, from: w + 2, to: b)
                }
                // 转制时由财政部门一次性拨付解决: 由 and one unit, then its action, later in the clause.
                if inCharge.isEmpty { out.lead += unitActingAfterBy(t, s..<b) }
            }
            let verbs = byForm ? lex.byVerbs : lex.ownerVerbs
            // The first verb after which the words before it name units (各牵头单位要…: not 牵头).
            var found: (pos: Int, verb: String, units: [String])?
            // (所在地: 在 in a noun is no verb.)
            // (各级党组织要…: a verb right before a modal ends the name, 组织, and the modal is the verb.)
            // (…负责人依次汇报了…: 负责 in 负责人 is a noun.)
            for (pos, verb) in verbs.allMatches(t, in: s..<min(b, s + 48)) where pos - s >= 2 && !(verb == "在" && t[pos - 1] == "所")
                && !Self.namesAPersonInCharge(t, verb: verb, at: pos, end: b)
                // (编制城市应急管理…, 重要: a modal inside a word (应急, 要素, 主要) is no verb.)
                && !(verb.unicodeScalars.count == 1 && (lex.directiveExclusions.match(t, at: pos, end: b) != nil
                    || pos >= 1 && lex.directiveExclusions.match(t, at: pos - 1, end: b).map { $0.count >= 2 } == true))
                && !(verb.unicodeScalars.count >= 2 && pos + verb.unicodeScalars.count < b && Scalars.modals.contains(t[pos + verb.unicodeScalars.count]))
                // (各重点任务牵头单位要…: a role before 单位 or 部门 is part of a name, no verb.)
                && !Self.namesARole(t, at: pos + verb.unicodeScalars.count, end: b) {
                var headEnd = pos
                while headEnd > s + 2, Scalars.adverbs.contains(t[headEnd - 1]) { headEnd -= 1 }
                // 机构编制部门按程序做好…, 有关部门下一步拟…: a word of manner or of time between the units and their verb
                // is no part of them.
                for w in Self.mannerWords + Self.timeWords where headEnd - w.count > s + 2 && t[(headEnd - w.count)..<headEnd].elementsEqual(w) {
                    headEnd -= w.count
                    break
                }
                // 市交通局6月底前完成…, 县财政局年内拨付…: nor is the deadline it is given.
                if let d = Self.deadlineBefore(t, headEnd, after: s + 2) { headEnd = d }
                // Cheap test first: a unit list ends with a unit's last character or opens with 各/有关/地方.
                guard Scalars.unitEndings.contains(t[headEnd - 1]) || t[s] == "各" || t[s] == "有" || t[s] == "相" || t[s] == "地" else { continue }
                var headText = Self.str(t[s..<headEnd])
                // 2024年12月底前县级以上地方人民政府有关部门、乡镇人民政府要…: nor is a deadline before them.
                if let r = headText.find("前"), r.lowerBound != headText.startIndex,
                   headText[..<r.lowerBound].contains(where: { $0 == "年" || $0 == "月" || $0 == "日" || $0 == "底" }) {
                    headText = String(headText[r.upperBound...])
                }
                // 各地可以指定…: 以 here closes the modal 可以, which is no part of the units.
                if verb == "以", headText.hasSuffix("可") || headText.hasSuffix("予") || headText.hasSuffix("加") || headText.hasSuffix("难") { continue }
                // 党支部、村民委员会共同协助上级政府部门落实…: units that assist before the verb are support.
                // (各责任（配合）单位要…: a role in brackets inside a name is no verb.)
                if let r = headText.find("协助") ?? headText.find("配合"), !headText[..<r.lowerBound].hasSuffix("(") {
                    var before = String(headText[..<r.lowerBound])
                    for w in ["共同", "积极", "主动", "要"] where before.hasSuffix(w) { before = String(before.dropLast(w.count)) }
                    let helpers = splitList(before)
                    if !helpers.isEmpty, helpers.allSatisfy(looksLikeAddressee) { out.support += helpers; return }
                }
                // 安全生产工作需行业主管部门要…: what a matter needs is the units after 需 or 须.
                if let r = headText.find("需", backwards: true) ?? headText.find("须", backwards: true), r.lowerBound != headText.startIndex,
                   case let after = String(headText[r.upperBound...]), looksLikeAddressee(after) {
                    headText = after
                }
                // 各相关牵头部门主要负责人要…: the persons of a unit act for it.
                for w in ["主要负责同志", "主要负责人", "负责同志", "负责人", "主要领导"] where headText.hasSuffix(w) && headText.count > w.count + 2 {
                    headText = String(headText.dropLast(w.count))
                    break
                }
                // 人力资源社会保障部会同有关部门负责…: split at 会同.
                if let r = headText.find("会同") {
                    out.support += splitList(String(headText[r.upperBound...])).filter(looksLikeAddressee)
                    headText = String(headText[..<r.lowerBound])
                }
                let units = splitList(headText).map(droppingGluedTitle)
                if !units.isEmpty, units.allSatisfy(looksLikeAddressee) { found = (pos, verb, units); break }
            }
            // 由市住建局按程序印发实施: after 由, the unit whose name opens the clause owns the action that follows.
            if found == nil, byForm, s + 3 < b, let (pos, _) = lex.actionVerbs.firstMatch(t, in: (s + 3)..<min(b, s + 24)) {
                if let head = leadingUnit(Self.str(t[s..<pos])) { found = (pos, "", [head]) }
            }
            // 各地工作进展情况要定期报告…: the 各X whose report it is owns the duty to report.
            if found == nil, !byForm, t[s] == "各" {
                let clause = Self.str(t[s..<b])
                // (The duty may follow in the next clause: …整改等情况，要及时报送….)
                let rest = Self.str(t[s..<min(r.upperBound, s + 80)])
                if clause.includes("情况"), rest.includes("报告") || rest.includes("报送"), rest.includes("要") {
                    // 各省（自治区、直辖市）治理工作方案…要及时报送…: the 各X with its variants in brackets.
                    if s + 3 < b, t[s + 2] == "(", let close = ((s + 3)..<min(b, s + 16)).first(where: { t[$0] == ")" }) {
                        let head = Self.str(t[s...close])
                        if looksLikeAddressee(head) || looksLikeAddressee(Self.str(t[s..<(s + 2)])) { found = (close + 1, "", [head]) }
                    }
                    for len in 2...4 where found == nil && s + len <= b {
                        let head = Self.str(t[s..<(s + len)])
                        let next = s + len < b ? t[s + len] : " "
                        if looksLikeAddressee(head), !Scalars.unitEndings.contains(next) || len == 4 {
                            found = (s + len, "", [head])
                            break
                        }
                    }
                }
            }
            // 各有关部门制定…, 各省份建立…: an addressee opening with 各 right before an action verb owns it.
            // (各级党组织要…: a verb right before a modal ends the name, 组织; the modal's subject is found below.)
            if found == nil, !byForm, t[s] == "各", let (pos, v) = lex.actionVerbs.firstMatch(t, in: (s + 2)..<min(b, s + 14)),
               !(pos + v.unicodeScalars.count < b && Scalars.modals.contains(t[pos + v.unicodeScalars.count])) {
                var head = Self.str(t[s..<pos])
                for w in ["可以", "可"] where head.hasSuffix(w) { head = String(head.dropLast(w.count)); break }
                let units = splitList(head)
                if !units.isEmpty, units.allSatisfy(looksLikeAddressee) { found = (pos, "", units) }
            }
            // 2019年3月底前，国家卫生健康委建立…; 2019年上半年，试点城市政府印发…: after a clause of time, a unit before an
            // action verb owns it.
            if found == nil, !byForm, s >= 2, t[s - 1] == "," || t[s - 1] == "，", Self.endsAClauseOfTime(t, before: s - 1),
               let (pos, _) = lex.actionVerbs.firstMatch(t, in: (s + 2)..<min(b, s + 16)) {
                let head = Self.str(t[s..<pos])
                if looksLikeUnit(head) { found = (pos, "", [head]) }
            }
            // 每年2月底前各省份完成…: a unit right after a deadline (…前) and before an action verb owns it.
            if found == nil, !byForm {
                for k in s..<max(s, b - 4) where t[k] == "前" && k > s {
                    let window = (k + 3)..<min(b, k + 18)
                    guard let (pos, _) = [lex.actionVerbs.firstMatch(t, in: window), lex.ownerVerbs.firstMatch(t, in: window)]
                        .compactMap({ $0 }).min(by: { $0.0 < $1.0 }) else { continue }
                    let head = Self.str(t[(k + 1)..<pos])
                    if looksLikeAddressee(head) { found = (pos, "", [head]); break }
                }
            }
            guard let (pos, verb, units) = found else {
                // 派出所、边防所和各村委会配合…: a clause that opens with units whose verb is to support.
                if let (k, w) = lex.partnerVerbs.firstMatch(t, in: (s + 2)..<min(b, s + 40)), w == "配合" || w == "协助" {
                    // (…委员会共同协助…: how they help is no part of their names.)
                    var head = Self.str(t[s..<k])
                    for m in ["共同", "积极", "主动", "要"] where head.hasSuffix(m) { head = String(head.dropLast(m.count)) }
                    let units = splitList(head)
                    if !units.isEmpty, units.allSatisfy(looksLikeAddressee) { out.support += units }
                }
                return
            }
            // 相关部门要密切配合: the units of a clause whose duty is to support are support.
            let after = Self.str(t[(pos + verb.unicodeScalars.count)..<min(b, pos + verb.unicodeScalars.count + 6)])
            if after.hasSuffix("配合") || after.hasSuffix("协助") || after.hasPrefix("配合") || after.hasPrefix("积极配合") || after.hasPrefix("密切配合") {
                out.support += units
                return
            }
            // 由道安办牵头，派出所、边防所配合…。派出所和边防所依法对…进行整治: a unit named as a partner stays one
            // when it then acts on its part.
            out.lead += units.filter { !out.support.contains($0) }
            // 海关总署要会同财政部…: the partner after 会同 supports.
            var withAt: Int? = verb == "会同" ? pos : nil
            if withAt == nil {
                let after = pos + verb.unicodeScalars.count
                for k in after..<min(b, after + 3) where k + 1 < b && t[k] == "会" && t[k + 1] == "同" { withAt = k; break }
            }
            if let w = withAt { out.support += partnerList(t, from: w + 2, to: b) }
        }
        // 各地、各部门，特别是地震重点监视防御区所在地，要…: clauses that only name units, then the order (要…).
        var named: [String] = []
        while i <= r.upperBound {
            if i == r.upperBound || t[i] == "。" || t[i] == ";" || t[i] == "；" || t[i] == "!" || t[i] == "?" || t[i] == "," || t[i] == "，" || t[i] == ":" {
                var a = clauseStart
                while a < i, t[a] == " " { a += 1 }
                var aside = false
                if i - a > 3, t[a] == "特" || t[a] == "尤", t[a + 2] == "是", t[a + 1] == "别" || t[a + 1] == "其" { a += 3; aside = true }
                // Only names: no verb of any kind in the clause (生态环境部会同有关部门组建…, 各地以县为单位 are not).
                let onlyNames = i - a >= 2 && i - a <= 30 && i < r.upperBound && (t[i] == "," || t[i] == "，")
                    && (Scalars.unitEndings.contains(t[i - 1]) || t[a] == "各")
                    && lex.ownerVerbs.firstMatch(t, in: a..<i) == nil && lex.partnerVerbs.firstMatch(t, in: a..<i) == nil
                    && (t[a] == "各" || lex.actionVerbs.firstMatch(t, in: a..<i) == nil)
                let list = onlyNames ? splitList(Self.str(t[a..<i])) : []
                if !list.isEmpty, list.allSatisfy(looksLikeAddressee) {
                    named += list
                } else if aside, !named.isEmpty {
                    // 特别是…所在地: an aside that names no unit we know keeps the list before it.
                } else {
                    // (也要, 都要: an adverb may come first.)
                    if !named.isEmpty, a + 1 < i, Scalars.adverbs.contains(t[a]) { a += 1 }
                    if !named.isEmpty, a < i, t[a] == "要" || t[a] == "应" || t[a] == "须" || (t[a] == "必" && a + 1 < i && t[a + 1] == "须") {
                        out.lead += named
                    }
                    named = []
                    handleClause(clauseStart, i)
                }
                clauseStart = i + 1
            }
            i += 1
        }
        // 会同 after a lead is read both with the lead and as a partner verb: each unit once, in order.
        var seen = Set<String>()
        out.support = out.support.filter { seen.insert($0).inserted }
        return out
    }
}
