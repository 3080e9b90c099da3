import DocketModel
import Foundation

/// What a section or paragraph is about, which decides whether its items are tasks.
enum SectionRole: String {
    case review, problem, principle, target, task
}

/// Extracts facts from a document. Pure: the same document and reference date give the same facts.
public struct Extractor: Sendable {
    /// The version of the extraction rules and of the lexicon they read (a hash of its lists); facts cached in a
    /// ledger by another version are extracted again, so that editing a list takes effect on the next run.
    public static let version = "2026.11.30-27+" + Lexicon.standard.fingerprint

    /// The keyword lists.
    public let lexicon: Lexicon
    /// The working-day calendar.
    public let calendar: WorkingDayCalendar

    /// Creates an extractor.
    public init(lexicon: Lexicon = .standard, calendar: WorkingDayCalendar = .standard) {
        self.lexicon = lexicon
        self.calendar = calendar
    }

    /// Extracts the facts of one document; `referenceDate` is the last resort for the document date.
    ///
    /// With a `deadline`, a pathological document stops at that instant: its facts so far are returned with an
    /// `extract.timeout` error, so that one file cannot stall a batch. The deadline never changes the facts of a
    /// document that finishes in time.
    public func extract(_ doc: SourceDocument, referenceDate: Day? = nil, deadline: ContinuousClock.Instant? = nil) -> DocumentExtraction {
        let (segmented, runOn) = Segmenter.segment(doc, said: lexicon.saidLeads)
        var run = ExtractionRun(doc: segmented, lex: lexicon, calendar: calendar, referenceDate: referenceDate)
        run.runOn = runOn
        run.deadline = deadline
        return run.run()
    }
}

/// The state of one extraction.
struct ExtractionRun {
    let doc: SourceDocument
    /// The document's name (its file name without the extension), which every fact's id opens with; computed once.
    let name: String
    let lex: Lexicon
    let calendar: WorkingDayCalendar
    let referenceDate: Day?
    let t: [Unicode.Scalar]
    let units: UnitParser
    var facts: DocumentFacts
    var titleBlocks = 0
    var times: TimeFinder
    var tasks: [TaskFact] = []
    var sections: [SectionFact] = []
    var targets: [StatementFact] = []
    var problems: [StatementFact] = []
    var diagnostics: [Diagnostic] = []
    var firstListedLeads = false
    /// The units a letter is addressed to (湖北省人民政府：), who 你省 and 贵部 in it are.
    var addressees: [String] = []
    /// Whether a flattened task table's header puts a lead column before a support column.
    var leadThenSupportColumns = false
    var carriedScope: TimeMention?
    /// Units a statement gave to every following item of its top-level section.
    var standing = UnitAssignment()
    /// When to give up on a pathological document.
    var deadline: ContinuousClock.Instant?
    /// Blocks that came from splitting a run-on line: their lost paragraph breaks show as short title sentences.
    var runOn = Set<Int>()
    /// The period a plan's title names (某局2023年度工作计划): the scope of every task that has no nearer one.
    var documentScope: TimeMention?

    init(doc: SourceDocument, lex: Lexicon, calendar: WorkingDayCalendar, referenceDate: Day?) {
        self.doc = doc
        self.name = doc.baseName
        self.lex = lex
        self.calendar = calendar
        self.referenceDate = referenceDate
        self.t = doc.text.normalized
        self.units = UnitParser(lexicon: lex)
        let (f, tb) = DocumentInfoFinder(lex: lex, units: units).find(doc, referenceDate: referenceDate)
        self.facts = f
        self.titleBlocks = tb
        self.times = TimeFinder(year: f.year, documentDate: f.date, calendar: calendar)
    }

    func str(_ r: SourceRange) -> String { doc.text.normalizedString(r) }
    func original(_ r: SourceRange) -> String { doc.text.string(r) }
    func has(_ r: SourceRange, _ w: String) -> Bool { str(r).includes(w) }

    mutating func run() -> DocumentExtraction {
        firstListedLeads = doc.blocks.contains { b in
            let s = str(b.range)
            // (列第一位者为牵头单位; 主要责任单位第一个为牵头单位; 排在首位的为牵头单位.)
            return (s.includes("第一") && (s.includes("第一位") || s.includes("第一个")) || s.includes("首位")) && (s.includes("牵头") || s.includes("主办"))
        }
        documentScope = titleScope()
        addressees = findAddressees()
        leadThenSupportColumns = findLeadThenSupportColumns()
        let skip = trailerAndFrontMatter()
        let outline = OutlineBuilder(doc: doc, units: units).build(from: titleBlocks, skip: skip)
        walk(outline)
        tableTasks()
        let metrics = MetricFinder(lex: lex).find(doc)
        if tasks.isEmpty {
            diagnostics.append(Diagnostic(id: "extract.no-tasks", severity: .warning, file: doc.path, message: "no tasks were found in the document"))
        }
        return DocumentExtraction(path: doc.path, name: name, document: facts, sections: sections, tasks: tasks,
                                  metrics: metrics, targets: targets, problems: problems, diagnostics: diagnostics)
    }

    /// Blocks that are not body: document number, addressee, signature, date, attachments, attendance lines.
    func trailerAndFrontMatter() -> Set<Int> {
        var skip = Set<Int>()
        for (i, b) in doc.blocks.enumerated().prefix(titleBlocks + 4) where i >= titleBlocks {
            // The front matter ends at the first numbered item (一、关于…问题。… 发展改革委提出了以下意见： is an answer's label).
            if Markers.leading(t, b.range.start, b.range.end) != nil { break }
            let s = str(b.range)
            if s.hasAtMost(30) && (s.includes("号") && (s.includes("〔") || s.includes("["))) { skip.insert(i); continue }
            // (An addressee, not an intro: 到2025年，全市…主要指标如下：)
            if (s.hasSuffix(":") || s.hasSuffix("：")) && s.count <= 80 && !s.includes("。") && !s.includes("如下") { skip.insert(i) }
        }
        var i = doc.blocks.count - 1
        while i >= titleBlocks {
            let b = doc.blocks[i]
            let s = str(b.range)
            let short = s.hasAtMost(30) && !s.includes("。") && !s.includes(";")
            let attachment = s.hasPrefix("附件") || s.hasPrefix("(此件") || s.hasPrefix("（此件")
            // (主办单位：某某人民政府办公室 版权所有: a page's footer, though it opens with a label of units.)
            if s.hasAtMost(80), b.kind != .tableRow, lex.pageFooter.firstMatch(t, in: b.range.start..<b.range.end) != nil {
                skip.insert(i)
                i -= 1
                continue
            }
            // 牵头单位：市发展改革委 / 完成时限：持续推进 after the last item are its fields, not a signature; so is its unit
            // note on a line of its own (（农业农村部、工业和信息化部等负责）).
            if isTaskField(b.range) || OutlineBuilder.isUnitNoteLine(t, b.range) { break }
            if (short || attachment) && Markers.leading(t, b.range.start, b.range.end) == nil && b.kind != .tableRow {
                skip.insert(i)
                i -= 1
            } else { break }
        }
        // An annex (附件) is not part of the body unless it is itself a task list (任务分工表, 清单, 台账).
        var inAnnex = false
        // A run-on web copy: the last item ends …联系人：…附件：1.…2.…某管委会 2015年3月19日 附件1…: the list of
        // attachments, the signature and the annexes after it are no body either.
        let annexAt = DocumentInfoFinder.signatureBeforeAnnex(t, blocks: doc.blocks).map(\.1)
        var listFrom: Int?
        if let a = annexAt, let sig = doc.blocks.firstIndex(where: { $0.range.start <= a && a < $0.range.end }) {
            listFrom = sig
            // The attachment list before it: the blocks after the one whose tail (after its last 。) says 附件：.
            var k = sig
            while k > titleBlocks {
                let r = doc.blocks[k - 1].range
                let last = (r.start..<r.end).last(where: { t[$0] == "。" }).map { $0 + 1 } ?? r.start
                if str(SourceRange(start: last, end: r.end)).includes("附件:") { listFrom = k; break }
                if k < sig - 8 { break }
                k -= 1
            }
        }
        // (An annex that is itself a task list stays.)
        let annexIsTaskList = annexAt.map { a in
            let label = str(SourceRange(start: a, end: min(t.count, a + 20)))
            return ["任务", "分工", "清单", "台账"].contains { label.contains($0) }
        } ?? false
        for (i, b) in doc.blocks.enumerated() {
            if let f = listFrom, i >= f, !annexIsTaskList { skip.insert(i); continue }
            if inAnnex { skip.insert(i); continue }
            // …改造。 附件：某分工表 附件某分工表 序号主要工作任务具体工作措施完成时限…: in a run-on copy, an annex whose table
            // was flattened into one line, its cells glued, reads as no list: it is left out with all after it.
            if b.range.length > 40, t[b.range.start] == "附", t[b.range.start + 1] == "件", t[b.range.start + 2] == ":" || t[b.range.start + 2] == "：",
               str(SourceRange(start: b.range.start, end: min(b.range.end, b.range.start + 120))).includes("序号") {
                skip.insert(i)
                inAnnex = true
                continue
            }
            guard t[b.range.start] == "附", b.range.length <= 40 else { continue }
            let s = str(b.range)
            if (s.hasPrefix("附件") || s.hasPrefix("附:")) && s.count <= 40 {
                skip.insert(i)
                let next = i + 1 < doc.blocks.count ? str(doc.blocks[i + 1].range) : ""
                inAnnex = !["任务", "分工", "清单", "台账"].contains { s.contains($0) || next.contains($0) }
            }
        }
        return skip
    }

    /// Whether a line is a task's labelled field: its units or its deadline (牵头单位：…, 配合单位：…, 完成时限：…).
    func isTaskField(_ r: SourceRange) -> Bool {
        guard OutlineBuilder.isFieldLine(t, r), let colon = (r.start..<r.end).first(where: { t[$0] == ":" || t[$0] == "：" }) else { return false }
        let label = str(SourceRange(start: r.start, end: colon))
        return lex.leadRoles.occurs(in: label) || lex.supportRoles.occurs(in: label) || isDeadlineLabel(label)
    }

    /// Whether a field's label names its deadline (完成时限, 完成时间, 时间节点).
    func isDeadlineLabel(_ label: String) -> Bool {
        label.includes("时限") || label.includes("完成时间") || label.includes("时间节点")
    }

    // MARK: - Walking the outline

    mutating func walk(_ outline: [OutlineEntry]) {
        // The headings above the current entry, by level.
        var headings: [Heading] = []
        var principleList = false
        // At most two plain paragraphs after a document's last enumerated item close it (各地区、各有关部门要…。
        // 体育总局要…。): each unit's orders there are a task of their own.
        let lastMarked = outline.lastIndex { $0.marker != nil || $0.isHeading } ?? -1
        let closingFrom = lastMarked >= 0 && !outline[lastMarked].isHeading && outline.count - lastMarked - 1 <= 2 ? lastMarked + 1 : outline.count
        for (n, e) in outline.enumerated() {
            if n % 64 == 0, let d = deadline, ContinuousClock.now > d {
                diagnostics.append(Diagnostic(id: "extract.timeout", severity: .error, file: doc.path,
                                              message: "extraction stopped after the time limit per file (see --timeout); the facts of this file are incomplete"))
                break
            }
            while let last = headings.last, last.level >= e.level { headings.removeLast() }
            if e.isHeading {
                let id = "s\(sections.count + 1)"
                let text = original(e.range)
                // The title sentence decides (（一）大力提振消费…。…补上内需特别是消费短板: not a problem list).
                // A long title sentence (a run-on heading: （一）实施“龙头项目建设年”行动，做实重点项目…补齐配套短板。) gives
                // its role by its first clause.
                var titleEnd = firstSentenceEnd(from: e.range.start, e.range.end)
                if titleEnd - e.range.start > 40, let c = (e.range.start..<titleEnd).first(where: { t[$0] == "，" || t[$0] == "," }) { titleEnd = c }
                var role = roleOf(SourceRange(start: e.range.start, end: titleEnd), headingText: true)
                // 一、资格审查对象…申请保障性住房的对象，包括：（一）…（二）…: the items list what is covered, not tasks.
                if str(e.range).hasSuffix("包括:") { role = .target }
                let scope = headingScope(e.range)
                // 一、2025年主要工作和“十四五”发展成就 in a report of January 2026: a section about a period already over
                // looks back.
                if role == nil, let end = scope?.date, let doc = facts.date, end < doc { role = .review }
                // （一）现代化产业体系建设取得决定性进展。 under 二、“十五五”时期主要目标任务: in a section about the work
                // ahead, 取得 names a goal, not an achievement.
                if role == .review, scope == nil, let parent = headings.last, parent.role == .task,
                   let end = parent.scope?.date, let doc = facts.date, end > doc { role = nil }
                sections.append(SectionFact(id: "\(name)#\(id)", text: text, range: e.range, level: e.level + 1,
                                            parent: headings.last.map { "\(name)#\($0.id)" }))
                // The unit a heading names (二、区交通与建设局), worked out once per heading.
                let u = units.splitList(text)
                // (Only a heading that names a field label (承办单位：, 牵头部门：) can label units.)
                let fields = text.includes("单位") || text.includes("部门") ? units.labelledFields(t, e.range.start..<e.range.end) : UnitAssignment()
                headings.append(Heading(level: e.level, id: id, role: role, scope: scope, text: text,
                                        unit: u.count == 1 && units.looksLikeUnit(u[0]) ? u[0] : nil,
                                        fields: fields.isEmpty ? nil : fields))
                carriedScope = nil
                if e.level == 0 { standing = UnitAssignment() }
                headingBody(e, headings: headings)
                continue
            }
            // 在工作推进中做到“五个更加注重”：——更加注重…: the dashed paragraphs after an intro that names principles
            // (原则) are principles, not orders.
            let dashed = e.range.length > 0 && t[e.range.start] == "—"
            if dashed && principleList { continue }
            principleList = !dashed && e.marker == nil && endsWithColon(e.range) && str(e.range).includes("原则")
            let said = units.standingAssignment(t, e.range.start..<e.range.end)
            if !said.isEmpty { standing = said }
            let inheritedRole = headings.reversed().compactMap(\.role).first
            let headingScope = headings.reversed().compactMap(\.scope).first
            let parent = headings.last.map { "\(name)#\($0.id)" }
            let sectionPath = headings.map(\.text)
            if let role = inheritedRole, role != .task {
                // 政策取向/总体要求: an action paragraph that orders something concrete is still a task.
                // 一、确保完成全年主要预期目标 1. 地区生产总值增长8%以上。牵头责任单位：市发展改革委。: a target given to a
                // unit in a field of its own is a task of that unit.
                let assigned = role == .target && e.marker != nil && hasUnitField(e)
                let ctx = ItemContext(parent: parent, section: sectionPath, scope: headingScope, entry: e, sectionUnit: nil)
                var stated = e.range
                if role == .problem, let turn = ordersAfterTheProblems(e.range, ctx: ctx) { stated.end = turn }
                guard assigned || role == .principle && e.marker == nil && startsWithAction(e.range)
                        && lex.principleOpeners.match(t, at: e.range.start, end: e.range.end) == nil else {
                    addStatement(stated, role: role, ctx: ctx)
                    // 在取得上述成效的同时，…还存在不少困难和问题：一是…: a review that turns to its problems states them.
                    if role == .review, let p = problemListStart(e.range) {
                        addStatement(SourceRange(start: p, end: e.range.end), role: .problem, ctx: ctx)
                    }
                    continue
                }
            }
            // 到2025年，全市经济社会发展主要指标如下：: an intro's period holds for the items it introduces.
            if !headings.isEmpty, e.marker == nil, endsWithColon(e.range), let s = scopePhrase(in: e.range) { carriedScope = s }
            if isSectionIntro(n, in: outline) { continue }
            let sectionUnit = headings.reversed().lazy.compactMap(\.unit).first
            var ctx = ItemContext(parent: parent, section: sectionPath, scope: headingScope, entry: e, sectionUnit: sectionUnit)
            ctx.headingFields = headings.last?.fields
            if e.marker != nil || doc.blocks[e.block].kind == .listItem {
                itemEntry(e, ctx: ctx)
            } else if headings.isEmpty || doc.blocks[e.block].kind == .paragraph && e.level == 0 {
                paragraphEntry(e, ctx: ctx, underHeading: !headings.isEmpty, closing: n >= closingFrom)
            } else {
                paragraphEntry(e, ctx: ctx, underHeading: true, closing: n >= closingFrom)
            }
        }
    }

    /// The orders of a paragraph of problems once it turns to what is to be done about them (针对上述存在的问题，各有关
    /// 责任单位要…。要进一步加强跟踪整改…): each directive sentence from the turn on is a task. Returns where the turn is.
    @discardableResult
    mutating func ordersAfterTheProblems(_ r: SourceRange, ctx: ItemContext) -> Int? {
        guard let turn = sentences(r).first(where: { x in
            let head = str(SourceRange(start: x.start, end: min(x.end, x.start + 20)))
            return ["针对上述", "针对以上", "对上述", "对以上", "针对这些"].contains(where: { head.hasPrefix($0) }) && head.includes("问题")
        }) else { return nil }
        sentenceTasks(SourceRange(start: turn.start, end: r.end), ctx: ctx, scope: ctx.scope, strict: true)
        return turn.start
    }

    /// Keeps the targets or problems a passage states (no tasks: the reports sum them up); other roles keep nothing.
    /// A passage that lists them (…存在的短板…。一是…。二是…) gives one statement per part, without the intro.
    mutating func addStatement(_ r: SourceRange, role: SectionRole, ctx: ItemContext) {
        guard role == .target || role == .problem else { return }
        let run = Markers.inline(t, r.start, r.end)
        if run.count >= 2 {
            for (k, m) in run.enumerated() {
                addOneStatement(SourceRange(start: m.pos + m.marker.length, end: k + 1 < run.count ? run[k + 1].pos : r.end), role: role, ctx: ctx)
            }
        } else {
            addOneStatement(r, role: role, ctx: ctx)
        }
    }

    /// Where a paragraph's list of problems starts (…还存在不少困难和问题：一是…), if it holds one.
    func problemListStart(_ r: SourceRange) -> Int? {
        let run = Markers.inline(t, r.start, r.end)
        guard run.count >= 2, run[0].pos > r.start, introListsProblems(SourceRange(start: r.start, end: run[0].pos)) else { return nil }
        return run[0].pos
    }

    mutating func addOneStatement(_ r: SourceRange, role: SectionRole, ctx: ItemContext) {
        var r = r
        // (…三是企业创新能力不足。对此，我们将…: what is to be done about them is no part of the last one.)
        if let cut = sentences(r).dropFirst().first(where: { x in
            let head = str(SourceRange(start: x.start, end: min(x.end, x.start + 3)))
            return ["对此", "针对", "为此", "下一步", "今后"].contains { head.hasPrefix($0) }
        }) { r.end = cut.start }
        while r.start < r.end, t[r.start].properties.isWhitespace { r.start += 1 }
        while r.end > r.start, t[r.end - 1].properties.isWhitespace { r.end -= 1 }
        // (A title alone, 存在问题, states nothing.)
        guard r.length >= 8 else { return }
        let s = StatementFact(text: original(r), range: r, parent: ctx.parent, section: ctx.section, origin: doc.blocks[ctx.entry.block].origin)
        if role == .target { targets.append(s) } else { problems.append(s) }
    }

    /// Whether an item has a line of its own that names its lead unit (牵头责任单位：市财政局。).
    func hasUnitField(_ e: OutlineEntry) -> Bool {
        e.extraBlocks.contains { b in
            let br = doc.blocks[b].range
            guard let colon = (br.start..<min(br.end, br.start + 9)).first(where: { t[$0] == ":" || t[$0] == "：" }) else { return false }
            let label = str(SourceRange(start: br.start, end: colon))
            return lex.unitSide(ofLabel: label) == .lead
        }
    }

    /// Whether an entry is the intro of the heading right above it: an untitled paragraph (坚持…，发挥…，不断提升…。)
    /// before two paragraphs that each open with their own lead sentence (充分发挥规划统筹引领作用。…), the
    /// section's items. It sums the section up, as a heading's own run-on sentences do, and is no item of its own.
    func isSectionIntro(_ n: Int, in outline: [OutlineEntry]) -> Bool {
        let e = outline[n]
        guard n > 0, n + 2 < outline.count, outline[n - 1].isHeading, outline[n - 1].level < e.level, e.marker == nil,
              doc.blocks[e.block].kind == .paragraph, !OutlineBuilder.opensWithLeadSentence(t, e.range),
              outline[(n + 1)...(n + 2)].allSatisfy({ f in
                  f.level == e.level && f.marker == nil && !f.isHeading && OutlineBuilder.opensWithLeadSentence(t, f.range)
              }) else { return false }
        // …各级政府及工作人员必须…: an order to named bodies is a task wherever it stands.
        return !str(e.range).includes("必须") && units.subjects(t, e.range.start..<e.range.end).lead.isEmpty
    }

    /// A heading that goes on after its title sentence with a titled item ((一)强化顶层设计引领，发挥政府宏观指导作用。
    /// 建立…指标体系，发挥导向引领作用。2019年6月底前…) holds its first item in the rest of its paragraph.
    mutating func headingBody(_ e: OutlineEntry, headings: [Heading]) {
        let first = firstSentenceEnd(from: e.range.start, e.range.end)
        var a = first
        while a < e.range.end, t[a] == " " { a += 1 }
        let rest = SourceRange(start: a, end: e.range.end)
        // （二）存在的问题。一是…: the text after a title of targets or problems states them.
        if let role = headings.last?.role, role == .target || role == .problem {
            addStatement(rest, role: role, ctx: ItemContext(parent: "\(name)#\(headings.last?.id ?? "")", section: headings.map(\.text),
                                                            scope: nil, entry: e, sectionUnit: nil))
            return
        }
        // The item opens with its own short title sentence and goes on (a one-sentence rest sums the section up).
        let restFirst = firstSentenceEnd(from: a, e.range.end)
        guard rest.length >= 8, restFirst - a <= 32, e.range.end - restFirst >= 8, headings.compactMap(\.role).allSatisfy({ $0 == .task }), startsWithAction(rest) || isDirectiveParagraph(rest),
              !isPreamble(rest), !introducesList(rest) else { return }
        let ctx = ItemContext(parent: "\(name)#\(headings.last?.id ?? "")", section: headings.map(\.text),
                              scope: headings.reversed().compactMap(\.scope).first, entry: e, sectionUnit: nil)
        addTask(rest, marker: nil, ctx: ctx, scope: ctx.scope ?? carriedScope, rule: "heading-body")
    }

    /// A heading above the current entry.
    struct Heading {
        var level: Int
        var id: String
        var role: SectionRole?
        var scope: TimeMention?
        var text: String
        /// The one unit the heading names, if it names one.
        var unit: String?
        /// The units it labels (承办单位：…), if any.
        var fields: UnitAssignment?
    }

    struct ItemContext {
        var parent: String?
        var section: [String]
        var scope: TimeMention?
        var entry: OutlineEntry
        /// The unit a heading names (二、区交通与建设局), owner of the items under it.
        var sectionUnit: String?
        /// The units the heading right above labels (承办单位：区公安局…办理情况：一、…二、…), owners of its items.
        var headingFields: UnitAssignment?
        /// The unit note that closes the item a 一是…二是… run splits (…三是…。（各处室按职责分工负责）): the units of
        /// each of its parts that names none of its own.
        var closingNote: UnitAssignment?
    }

    /// An enumerated item: one task, or several when it holds its own 一是…二是… run.
    mutating func itemEntry(_ e: OutlineEntry, ctx: ItemContext) {
        if e.marker?.kind == .inlineShi {
            // 一是…。二是…。 in one paragraph: split it.
            let full = SourceRange(start: doc.blocks[e.block].range.start, end: e.range.end)
            let run = Markers.inline(t, full.start, full.end)
            if run.count >= 2, run[0].pos == full.start {
                splitInline(run, in: full, ctx: ctx, introScope: nil)
                return
            }
        }
        if facts.kind != .progress {
            // （一）总体目标以…, 二、存在问题回顾今年以来的工作…一是…: an item titled as targets, principles, achievements or
            // problems holds no tasks (a two-character review word is a verb there: 总结经验做法 is a task). A year
            // before the title is skipped (一、2025年工作总结…).
            // 二、安全生产形势分析 与2024年同期相比…: a short title set apart by a space that ends with a role word gives the
            // item that role.
            // (二、2022年降雨趋势分析根据气象预测，…: in a run-on copy, a title glued to its text ends with a role word right
            // before the text's own opening, 根据, 截至, 目前….)
            if let k = shortTitleEnd(e.range, within: 13, minLength: 4) ?? (runOn.contains(e.block) ? gluedRoleTitleEnd(e.range) : nil),
               let w = lex.sectionRoles.allMatches(t, in: e.range.start..<k).last(where: { $0.0 + $0.1.unicodeScalars.count == k })?.1,
               let v = lex.sectionRoles.value(w), let role = SectionRole(rawValue: v), role != .task, role != .review || w.count >= 4 { return }
            if let w = lex.sectionRoles.match(t, at: afterYear(e.range), end: e.range.end),
               let v = lex.sectionRoles.value(ScalarStrings.make(w)), let role = SectionRole(rawValue: v), role != .task, role != .review || w.count >= 4,
               // (指导思想以…为指导: a title of four characters or more is no verb of the text, though it opens with one.)
               w.count >= 4 || !startsWithAction(e.range) {
                // (…具体问题如下：…。针对上述存在的问题，各有关责任单位要…: the orders after the problems are tasks.)
                var stated = e.range
                if role == .problem, let turn = ordersAfterTheProblems(e.range, ctx: ctx) { stated.end = turn }
                addStatement(stated, role: role, ctx: ctx)
                return
            }
            // 二、整治时间及范围时间安排：…整治范围：…; 一、适用范围…: an item that sets the scope (a role word ending in
            // 范围 in its title) orders nothing.
            if let (_, w) = lex.sectionRoles.firstMatch(t, in: e.range.start..<min(e.range.end, e.range.start + 10)), w.hasSuffix("范围") { return }
            // 一、太钢等企业减污节水情况。2002年…: an item that reports how things stand is no order.
            if reportsASituation(e.range) { return }
            // （一）全方位深化改革攻坚…一是…二是…: the 一是 items are the tasks.
            let run = Markers.inline(t, e.range.start, e.range.end, titledFirst: runOn.contains(e.block))
            if run.count >= 2 {
                // 二、2025年工作思路…一是…: the period the item's title names is the scope of its items; a period already
                // over (一、2024年主要工作情况 一是… in a report of September 2025) makes them achievements.
                let titleScope = headingScope(SourceRange(start: e.range.start, end: run[0].pos))
                if let end = titleScope?.date, let doc = facts.date, end < doc { return }
                splitInline(run, in: e.range, ctx: ctx, introScope: titleScope ?? ctx.scope ?? carriedScope)
                return
            }
            if runOn.contains(e.block), let parts = titleSentenceItems(e.range), parts.count >= 2 {
                for p in parts where hasAction(p) {
                    addTask(p, marker: nil, ctx: ctx, scope: ctx.scope ?? carriedScope, rule: "run-on-item")
                }
                return
            }
        }
        // An enumerated item that is not a heading is a task; only a bare label (一、其他) is not.
        guard e.range.length >= 6 || hasAction(e.range), !isPreamble(e.range), !opensWithATitleOfTargetsOrScope(e.range),
              !isLabelledStatement(e.range) else { return }
        // 一、同意某开发区升级为…: an approval decides; it tells no one to act unless it also orders (要, 负责, 由…).
        if grantsApproval(e.range) { return }
        // 三、保障措施各乡镇、各部门要…: in a run-on line, a section title the item opens with is no part of its text.
        var r = e.range
        // (A two-character role word is a word of the text: (三)总结阶段….)
        if runOn.contains(e.block), let w = lex.sectionRoles.match(t, at: r.start, end: r.end), w.count >= 4, r.start + w.count < r.end,
           t[r.start + w.count].properties.isIdeographic {
            r = SourceRange(start: r.start + w.count, end: r.end)
        }
        // 四、工作分工 各村要…: in a run-on line, a short section title set apart by a space is no part of the text either.
        if runOn.contains(e.block), let k = shortTitleEnd(r, within: 9, minLength: 2), k + 4 < r.end {
            r = SourceRange(start: k + 1, end: r.end)
        }
        addTask(r, marker: e.markerText, ctx: ctx, scope: ctx.scope ?? carriedScope, rule: "enumerated-item")
    }

    /// In a paragraph, the sub-items that short sentences opening with 要 and holding no comma title
    /// (要持续加强法治政府建设。…要持续加强效能政府建设。…): nil unless there are at least two.
    func yaoTitledItems(_ r: SourceRange) -> [SourceRange]? {
        var starts: [Int] = []
        for x in sentences(r) where t[x.start] == "要" && x.length <= 16 {
            if !(x.start..<x.end).contains(where: { t[$0] == "，" || t[$0] == "," || t[$0] == "、" }) { starts.append(x.start) }
        }
        guard starts.count >= 2 else { return nil }
        return starts.indices.map { k in SourceRange(start: starts[k], end: k + 1 < starts.count ? starts[k + 1] : r.end) }
    }

    /// In a run-on item (（二）打造滨海城市。提升城市品质。通过…。加强配套服务。…), the short title sentences
    /// that start lost paragraphs. The item's first sentence is its heading and is left out.
    func titleSentenceItems(_ r: SourceRange) -> [SourceRange]? {
        var sentences: [SourceRange] = []
        var s = r.start
        for i in r.start..<r.end where t[i] == "。" {
            sentences.append(SourceRange(start: s, end: i + 1))
            s = i + 1
        }
        if s < r.end { sentences.append(SourceRange(start: s, end: r.end)) }
        guard sentences.count >= 3 else { return nil }
        func isTitle(_ x: SourceRange) -> Bool {
            x.length <= 16 && !(x.start..<x.end).contains { t[$0] == "," || t[$0] == ";" || t[$0] == "、" } && startsWithAction(x)
        }
        var starts = sentences.indices.dropFirst().filter { isTitle(sentences[$0]) }
        guard starts.count >= 2 else { return nil }
        // 聚力试点带动。…聚力书香坛西，打造龙海阅读小镇。聚力文化保护。…: a short sentence with a comma that opens as
        // its sibling titles do is a title too.
        let openings = Set(starts.map { k in [t[sentences[k].start], t[sentences[k].start + 1]].map(\.value) })
        starts = sentences.indices.dropFirst().filter { k in
            let x = sentences[k]
            return isTitle(x) || (x.length <= 16 && x.length > 4 && startsWithAction(x) && openings.contains([t[x.start].value, t[x.start + 1].value]))
        }
        var out: [SourceRange] = []
        for (k, si) in starts.enumerated() {
            let end = k + 1 < starts.count ? sentences[starts[k + 1] - 1].end : r.end
            out.append(SourceRange(start: sentences[si].start, end: end))
        }
        return out
    }

    /// An unenumerated paragraph: inline enumeration, a paragraph item, or sentence tasks.
    mutating func paragraphEntry(_ e: OutlineEntry, ctx: ItemContext, underHeading: Bool, closing: Bool = false) {
        let r = e.range
        // 2022年是…。区行政审批局在…领导下，…提供保障。现将相关情况总结如下：: the opening of a report, about the past.
        if introducesReport(r) { return }
        // 现在，我代表省人民政府，向大会报告工作，请予审议。请各位政协委员…提出意见。: a report's formal opening.
        if lex.reportOpeners.firstMatch(t, in: r.start..<min(r.end, r.start + 7)) != nil { return }
        // 3号提案案 由：…主办单位：区交建局…办复内容：一是…二是…: the record of a suggestion handled is one task; the
        // measures of its reply are no tasks of their own.
        if facts.kind == .progress, DocumentInfoFinder.isHandlingRecord(str(r)) {
            addTask(r, marker: nil, ctx: ctx, scope: ctx.scope ?? carriedScope, rule: "handling-record")
            return
        }
        // A progress notice's narrative that says where things stand now (目前，4起事故的责任人已经受到处分…): each such
        // sentence tracks an item with its status.
        if reportsStatus, !underHeading, e.marker == nil {
            for x in sentences(r) where opensWithNow(x) && statusIn(x) != nil {
                addTask(x, marker: nil, ctx: ctx, scope: nil, rule: "status-sentence")
            }
        }
        // 县财政局：负责统筹安排项目资金，…: a line labelled with a unit's name, under an item, gives that unit its duty
        // (各片区管理局、区直各单位：现将… at the top is the notice's addressee).
        if e.marker == nil, underHeading, let colon = units.unitLabelEnd(t, r.start..<r.end) {
            let duty = SourceRange(start: colon + 1, end: r.end)
            // (负责资金使用情况审计，…: a duty may open with a verb of owning, 负责, 牵头, 做好, as well as with an action;
            // 发布机构: 某局 is a page's field, whose value names a unit, not a duty.)
            if hasAction(duty) || lex.ownerVerbs.match(t, at: duty.start, end: duty.end) != nil,
               !units.looksLikeUnit(str(trimmed(duty))) {
                var owned = ctx
                owned.headingFields = UnitAssignment(lead: [str(SourceRange(start: r.start, end: colon))])
                addTask(duty, marker: nil, ctx: owned, scope: ctx.scope ?? carriedScope, rule: "unit-label")
                return
            }
        }
        // 今年发展主要预期目标是：国内生产总值增长5%左右；…: the paragraph states the targets.
        let targetsStated = e.marker == nil && statesTargets(r)
        if targetsStated { addStatement(r, role: .target, ctx: ctx) }
        let (leadEnd, saidRole) = saidLead(r)
        let run = Markers.inline(t, r.start, r.end, titledFirst: runOn.contains(e.block))
        if run.count >= 2 {
            let intro = SourceRange(start: r.start, end: run[0].pos)
            // (…通报开展大检查工作情况，…对下一阶段工作提出四点要求：一要…: an intro that ends by announcing requirements
            // introduces orders, whatever it reported before.)
            let announcesRequirements = str(SourceRange(start: max(r.start, run[0].pos - 8), end: run[0].pos)).trimmingCharacters(in: .whitespaces)
                .range(of: #"要求[:：]$"#, options: .regularExpression) != nil
            let role = announcesRequirements ? .task : roleOf(intro, headingText: false) ?? (introListsProblems(intro) ? .problem : saidRole)
            if role != .review, let s = scopePhrase(in: intro) { carriedScope = s }
            if let role, !(role == .target && targetsStated) { addStatement(r, role: role, ctx: ctx) }
            if role == .review || role == .problem || role == .principle || role == .target { return }
            // 习近平对各民主党派、全国工商联和无党派人士提出3点希望。一是…: the sentence that announces the list is no
            // order of its own, and those it addresses own every item of it.
            if let addressees = announcedAddressees(intro) {
                let saved = standing
                standing = UnitAssignment(lead: addressees)
                splitInline(run, in: r, ctx: ctx, introScope: ctx.scope ?? carriedScope)
                standing = saved
                return
            }
            // Directive sentences in the intro, after the lead, are tasks too.
            sentenceTasks(SourceRange(start: leadEnd, end: intro.end), ctx: ctx, scope: ctx.scope, strict: true)
            splitInline(run, in: r, ctx: ctx, introScope: ctx.scope ?? carriedScope)
            return
        }
        if isAttendanceOrNews(r) {
            // 央视网消息：…习近平在会上发表重要讲话强调，要…。: the news lead reports what was said; its orders are tasks.
            if let said = innerSaidLead(r) {
                sentenceTasks(SourceRange(start: said, end: r.end), ctx: ctx, scope: ctx.scope, strict: true)
            }
            return
        }
        if closing, leadEnd == r.start {
            closingTasks(r, ctx: ctx)
            return
        }
        if leadEnd > r.start || saidRole != nil || !underHeading && !isDirectiveParagraph(r) {
            // Reported speech (会议强调，…) or a loose paragraph: each directive sentence is a task.
            let role = saidRole ?? roleOf(SourceRange(start: r.start, end: min(r.end, r.start + 30)), headingText: false)
            if role == .review {
                sentenceTasks(SourceRange(start: leadEnd, end: r.end), ctx: ctx, scope: nil, strict: true, reviewMode: true)
                return
            }
            sentenceTasks(SourceRange(start: leadEnd, end: r.end), ctx: ctx, scope: ctx.scope, carries: true, askedFirst: saidRole == .task)
            return
        }
        // 会议原则同意县卫生健康局提出的…方案，按程序报县委常委会研究。: what a meeting approved, sentence by sentence.
        if approvalGoesOn(SourceRange(start: r.start, end: firstSentenceEnd(from: r.start, r.end))) != nil {
            sentenceTasks(r, ctx: ctx, scope: ctx.scope ?? carriedScope)
            return
        }
        // A paragraph item under a heading or in a requirement context; not one whose first order is guiding thought.
        // (2月13日上午，区长某某主持召开…会议，…出席会议；…列席。: the news of the meeting and who came.)
        guard hasAction(r), !isPreamble(r), !introducesList(r), !firstOrderIsGuidingThought(r), !opensWithAStatement(r), !isLabelledTarget(r),
              !isMeetingHeld(SourceRange(start: r.start, end: firstSentenceEnd(from: r.start, r.end))),
              !isGuidingThought(SourceRange(start: r.start, end: firstSentenceEnd(from: r.start, r.end))) else { return }
        // …提出了更高要求。要持续加强法治政府建设。…要持续加强效能政府建设。…: short 要 sentences open sub-items.
        if let parts = yaoTitledItems(r), let first = parts.first {
            // The sentences before them introduce them, and may name their period (做好今年和“十五五”工作，…).
            let introScope = first.start > r.start ? scopePhrase(in: SourceRange(start: r.start, end: first.start)) : nil
            for p in parts { addTask(p, marker: nil, ctx: ctx, scope: introScope ?? ctx.scope ?? carriedScope, rule: "yao-titled-item") }
            return
        }
        // 请各牵头单位要…。各责任单位要…。督查室要…。: a requirement paragraph outside any heading in which each unit
        // takes the floor in turn gives each its own task, as a closing paragraph does.
        // (积极的财政政策要适度加力。…党政机关要习惯过紧日子。: only where the first order, too, is a unit's.)
        if !underHeading, case let groups = ordersByUnit(r), groups.count >= 2,
           !units.subjects(t, groups[0].start..<firstSentenceEnd(from: groups[0].start, groups[0].end)).lead.isEmpty {
            for g in groups { addTask(g, marker: nil, ctx: ctx, scope: ctx.scope ?? carriedScope, rule: "requirement-paragraph") }
            return
        }
        addTask(r, marker: nil, ctx: ctx, scope: ctx.scope ?? carriedScope, rule: underHeading ? "paragraph-item" : "requirement-paragraph")
    }

    /// Where a title glued to its text ends: right after a role word of four characters or more (…降雨趋势分析) that the
    /// text's own opening follows (根据, 据, 截至, 目前, 经), within the item's first 18 characters.
    func gluedRoleTitleEnd(_ r: SourceRange) -> Int? {
        let openers = ["根据", "据", "截至", "目前", "经"].map { Array($0.unicodeScalars) }
        for (p, w) in lex.sectionRoles.allMatches(t, in: r.start..<min(r.end, r.start + 18)) where w.count >= 4 {
            let end = p + w.unicodeScalars.count
            if openers.contains(where: { o in end + o.count <= r.end && t[end..<(end + o.count)].elementsEqual(o) }) { return end }
        }
        return nil
    }

    /// The units an intro announces a list to (…对X、Y提出3点希望。, …向X提出四点要求：), or nil where the intro's last
    /// sentence announces no list of hopes or requirements; empty where it addresses no unit (对做好工作提出三点要求).
    func announcedAddressees(_ intro: SourceRange) -> [String]? {
        guard let last = sentences(intro).last else { return nil }
        let s = str(trimmed(last))
        guard let p = s.find("提出", backwards: true) else { return nil }
        var rest = s[p.upperBound...].drop { $0 == "了" }
        let count = rest.prefix { $0.isNumber || "一二三四五六七八九十两几".contains($0) }
        guard !count.isEmpty else { return nil }
        rest = rest.dropFirst(count.count)
        guard ["点", "条", "项"].contains(where: { rest.hasPrefix($0) }) else { return nil }
        rest = rest.dropFirst()
        guard ["希望", "要求", "意见", "建议"].contains(where: { rest.hasPrefix($0) }),
              rest.dropFirst(2).allSatisfy({ "。:：; ；".contains($0) }) else { return nil }
        // (…对各民主党派、全国工商联和无党派人士提出…: the units between 对 or 向 and 提出.)
        let head = s[..<p.lowerBound]
        guard let k = head.lastIndex(where: { $0 == "对" || $0 == "向" }) else { return [] }
        // (…全国工商联和无党派人士: 和 joins two addressees here, though the second is a group of persons.)
        let named = units.splitList(String(head[head.index(after: k)...])).flatMap { u -> [String] in
            guard let a = u.find("和"), case let left = String(u[..<a.lowerBound]), units.looksLikeAddressee(left),
                  case let right = String(u[a.upperBound...]), right.count >= 2 else { return [u] }
            return [left, right]
        }
        // (无党派人士 is no office, but named with offices it is addressed as they are.)
        return named.contains(where: units.looksLikeAddressee) && named.allSatisfy({ $0.count <= 16 }) ? named : []
    }

    /// The orders of a closing paragraph, one task per unit that takes the floor: a sentence with its own subject
    /// (体育总局要…, 由地方统筹…) starts a task; the sentences after it that have none (要…) continue it.
    mutating func closingTasks(_ r: SourceRange, ctx: ItemContext) {
        for g in ordersByUnit(r) { addTask(g, marker: nil, ctx: ctx, scope: ctx.scope, rule: "closing-paragraph") }
    }

    /// The orders of a paragraph grouped by the unit that gives each: a directive sentence with its own subject
    /// starts a group, the sentences after it without one continue it.
    func ordersByUnit(_ r: SourceRange) -> [SourceRange] {
        var groups: [SourceRange] = []
        // 支持国防和军队现代化建设是我们义不容辞的责任。我们要…: the statement the first order's paragraph opens with
        // belongs to it.
        var preface: Int?
        for sr in sentences(r) where sr.length > 4 {
            let directive = isDirectiveSentence(sr, strict: false) || ordersWithoutYao(sr)
            let ownSubject = t[sr.start] != "要" && !units.subjects(t, sr.start..<sr.end).lead.isEmpty
            // (Only a statement of what something is: 从…资金中安排…，由地方统筹… is no preface.)
            if groups.isEmpty, !directive, preface == nil, isDefinition(trimmed(sr)) { preface = sr.start }
            if directive && (ownSubject || groups.isEmpty), !isGuidingThought(sr), !introducesList(sr), !isPreamble(sr) {
                groups.append(SourceRange(start: groups.isEmpty ? preface ?? sr.start : sr.start, end: sr.end))
            } else if let last = groups.last {
                groups[groups.count - 1] = SourceRange(start: last.start, end: sr.end)
            }
        }
        return groups
    }

    /// Splits 一是…二是… into tasks.
    mutating func splitInline(_ run: [(pos: Int, marker: Marker)], in r: SourceRange, ctx: ItemContext, introScope: TimeMention?) {
        var ctx = ctx
        // The note that closes the whole item (after its last part's last sentence) names the units of every part.
        var e = r.end
        while e > r.start, t[e - 1] == " " { e -= 1 }
        if e > r.start + 4, t[e - 1] == ")", let open = (r.start..<(e - 1)).last(where: { t[$0] == "(" }), open > r.start,
           t[open - 1] == "。" || t[open - 1] == "；" || t[open - 1] == ";" {
            let inside = str(SourceRange(start: open + 1, end: e - 1))
            if units.isNote(inside) {
                let note = units.parseNote(inside)
                if !note.isEmpty { ctx.closingNote = note }
            }
        }
        // A second list after the last item, with its own intro, and where it is.
        var secondList: (run: [(pos: Int, marker: Marker)], range: SourceRange)?
        for (k, m) in run.enumerated() {
            let start = m.pos + m.marker.length
            var end = k + 1 < run.count ? run[k + 1].pos : r.end
            // The last item ends with its paragraph, or before a sentence that goes on with the news of the day
            // (…三要预防为主，抓源头治理。下午，某局长带领…开展检查。).
            if k + 1 == run.count, let cut = sentences(SourceRange(start: start, end: end)).dropFirst().first(where: opensTheNextEvent) {
                end = cut.start
            }
            // (…四要全力抓好安全稳定。…。 某副主任…提出三点要求：一要…二要…: a second list after the last item, with its
            // own intro, is split on its own.)
            if k + 1 == run.count, let (colon, next) = listAfterAColon(start..<end),
               let introStart = (start..<colon).last(where: { t[$0] == "。" }).map({ $0 + 1 }) {
                secondList = (next, SourceRange(start: introStart, end: end))
                end = introStart
            }
            while end > start, t[end - 1] == " " || t[end - 1] == "\n" { end -= 1 }
            var ir = SourceRange(start: start, end: end)
            // (…四要全力抓好安全稳定。…打击到位。 某副主任传达了…，提出三点要求：一要…: the sentence that introduces the
            // next list is no part of the item before it.)
            if k + 1 < run.count, let last = sentences(ir).last, last.start > ir.start, t[trimmed(last).end - 1] == ":" {
                ir = SourceRange(start: ir.start, end: last.start)
            }
            guard ir.length > 2 else { continue }
            addTask(ir, marker: original(SourceRange(start: m.pos, end: start)), ctx: ctx, scope: introScope, rule: "inline-enumeration")
        }
        if let (next, tail) = secondList { splitInline(next, in: tail, ctx: ctx, introScope: introScope) }
    }

    /// The first colon in a range right after which a list of two or more inline items opens (…提出三点要求：一要…二要…),
    /// and that list.
    func listAfterAColon(_ r: Range<Int>) -> (Int, [(pos: Int, marker: Marker)])? {
        for c in r where t[c] == ":" {
            let next = Markers.inline(t, c + 1, r.upperBound)
            if next.count >= 2, next[0].pos <= c + 2 { return (c, next) }
        }
        return nil
    }

    /// Whether a sentence opens with the time of another event of a news item (下午，…; 会后，…; 8月28日，…).
    func opensTheNextEvent(_ r: SourceRange) -> Bool {
        guard r.length > 4 else { return false }
        let head = str(SourceRange(start: r.start, end: min(r.end, r.start + 8)))
        if ["上午，", "下午，", "上午,", "下午,", "会后，", "会后,", "随后，", "随后,", "当天，", "当天,", "次日，", "次日,"].contains(where: { head.hasPrefix($0) }) { return true }
        guard let c = head.firstIndex(where: { $0 == "，" || $0 == "," }) else { return false }
        let clause = head[..<c]
        return clause.hasSuffix("日") && clause.contains("月") && clause.allSatisfy { $0.isNumber || $0 == "月" || $0 == "日" || $0 == "年" }
    }

    /// Adds each directive sentence of a range as a task.
    /// With `carries`, a sentence that names a work period (做好明年经济工作) sets the scope for it and what follows.
    mutating func sentenceTasks(_ r: SourceRange, ctx: ItemContext, scope: TimeMention?, strict: Bool = false,
                                carries: Bool = false, reviewMode: Bool = false, askedFirst: Bool = false) {
        var s = r.start
        var i = r.start
        while i <= r.end {
            if i == r.end || t[i] == "。" || t[i] == "!" || t[i] == "?" || t[i] == "！" || t[i] == "？" {
                let e = min(i + 1, r.end)
                var a = s
                while a < e, t[a] == " " || t[a] == "," || t[a] == "，" { a += 1 }
                // …进展顺利。会议要求，市住建局要…: a said-lead inside the paragraph is no part of the task.
                // (会议要求，进一步修改完善方案…: what a meeting asks may open with 进一步 and no 要.)
                var asked = askedFirst && s == r.start
                if a > r.start, a < e {
                    let (le, role) = saidLead(SourceRange(start: a, end: e))
                    if le > a, le < e { a = le; asked = role == .task }
                }
                let sr = SourceRange(start: a, end: e)
                if carries, let p = scopePhrase(in: sr) { carriedScope = p }
                // (按照会议研究的意见，进一步修改…: also after a clause of manner.)
                let further = asked && (a..<max(a, min(e - 4, a + 24))).contains { p in
                    t[p] == "进" && t[p + 1] == "一" && t[p + 2] == "步" && (p == a || t[p - 1] == "，" || t[p - 1] == ",")
                        && opensWithAction(SourceRange(start: p + 3, end: e))
                }
                // (会议决定，于12月10日召开全区动员大会，部署…: what a meeting decides is done.)
                let decided = a >= 3 && t[a - 3] == "决" && t[a - 2] == "定" && (t[a - 1] == "," || t[a - 1] == ":") && hasAction(sr)
                // (会议原则同意…，修改完善后印发: what a meeting approved is a task when it says what is to be done next.)
                // (…予以充分肯定。他要求，2025年要…: what is asked after a review is an order.)
                let directive = approvalGoesOn(sr) ?? (reviewMode && !asked ? opensWithYao(sr) || unitWill(sr)
                    : isDirectiveSentence(sr, strict: strict) || ((!strict || assignsAnOwner(sr)) && ordersWithoutYao(sr)) || further || decided)
                if sr.length > 4, directive, !isGuidingThought(sr), !introducesList(sr), !isPreamble(sr), !isFinding(sr), !isDoneUnderLeadership(sr),
                   !isLabelledTarget(sr), !isMeetingHeld(sr) {
                    addTask(sr, marker: nil, ctx: ctx, scope: scope ?? (carries ? carriedScope : nil), rule: "sentence-task")
                }
                s = e
            }
            i += 1
        }
    }

    // MARK: - Classification

    /// The end of a reported-speech lead (会议强调，), and the role its verb gives.
    func saidLead(_ r: SourceRange) -> (Int, SectionRole?) {
        let limit = min(r.end, r.start + 16)
        var i = r.start
        while i < limit {
            if t[i] == "," || t[i] == "，" || t[i] == ":" {
                // 各试点城市要按照《方案》要求，…: 按照…要求 is the manner of the order, not who said it.
                // (要对照方案目标要求，认真落实…: 对照 too.)
                let manner = (r.start..<i).contains { k in k + 1 < i && ((t[k] == "按" && t[k + 1] == "照") || (t[k] == "根" && t[k + 1] == "据") || (t[k] == "依" && t[k + 1] == "照") || (t[k] == "对" && t[k + 1] == "照")) }
                if let (pos, word) = lex.saidLeads.firstMatch(t, in: r.start..<i), pos + word.unicodeScalars.count == i {
                    // (Its sentences are still orders one by one, subject and all.)
                    if manner { return (r.start, .task) }
                    return (i + 1, Self.role(saidWith: word))
                }
                // 在促进消费方面，会议指出要…; 对于企业帮扶，会议强调要…: a topic, then who said it, then the orders.
                if let said = saidAfterTopic(r, topicEnd: i) { return said }
                return (r.start, nil)
            }
            if t[i] == "。" { break }
            i += 1
        }
        return (r.start, nil)
    }

    /// The role a said lead gives what follows it: 认为 reviews, 指出 may go either way, the others order.
    static func role(saidWith word: String) -> SectionRole? {
        word == "认为" ? .review : word == "指出" ? nil : .task
    }

    /// After a paragraph's opening topic (在…方面, 在…领域, 在…层面, 对于…, 关于…) or connective (此外, 同时) up to
    /// `topicEnd` (its comma), a said
    /// lead that opens the orders (会议指出要…, 会议强调，…): where the orders start and the role, as ``saidLead(_:)``
    /// gives them.
    func saidAfterTopic(_ r: SourceRange, topicEnd c: Int) -> (Int, SectionRole?)? {
        let topic = str(SourceRange(start: r.start, end: c))
        let opens = topic.hasPrefix("在") && ["方面", "领域", "层面", "问题上", "工作上"].contains { topic.hasSuffix($0) }
            || topic.hasPrefix("对于") || topic.hasPrefix("关于") || ["此外", "另外", "同时", "最后"].contains(topic)
        guard opens, c - r.start <= 14 else { return nil }
        let limit = min(r.end, c + 10)
        guard let (pos, word) = lex.saidLeads.firstMatch(t, in: (c + 1)..<limit) else { return nil }
        let after = pos + word.unicodeScalars.count
        guard after < r.end, pos - c <= 5 else { return nil }
        let role = Self.role(saidWith: word)
        if t[after] == "，" || t[after] == "," || t[after] == ":" || t[after] == "：" { return (after + 1, role) }
        return t[after] == "要" ? (after, role) : nil
    }

    /// The role a heading or a paragraph's intro gives its items. In a heading the first keyword decides
    /// (存在问题和下步打算 is about tasks once 下步 is met); in an intro a review or problem word outweighs a
    /// requirement verb (会议强调，…深刻认识到工作中存在的短板。一是… lists problems).
    func roleOf(_ r: SourceRange, headingText: Bool) -> SectionRole? {
        guard r.length > 0 else { return nil }
        var found: SectionRole?
        var sawTask = false
        for (_, w) in lex.sectionRoles.allMatches(t, in: r.start..<r.end) {
            guard let v = lex.sectionRoles.value(w), let role = SectionRole(rawValue: v) else { continue }
            if role == .task {
                // 主要目标和重大举措: a heading that names targets and measures holds the measures.
                // 存在问题和下步打算, “十四五”时期发展成就和“十五五”时期主要目标任务: once the heading turns to what is
                // to be done, its section holds tasks (the paragraphs that look back are told apart one by one).
                // (A long title sentence is a run-on heading whose later words are its text, not its title.)
                if headingText {
                    guard let f = found, f != .target else { return .task }
                    return f != .principle && r.length <= 40 ? .task : f
                }
                sawTask = true
                continue
            }
            if found == nil { found = role }
        }
        return found ?? (sawTask ? .task : nil)
    }

    /// For a sentence that says what a meeting approved (会议原则同意…), whether it goes on to say what is to be done
    /// with it (…，修改完善后印发实施; …，报县委审定): only then is it a task. Nil for any other sentence.
    func approvalGoesOn(_ r: SourceRange) -> Bool? {
        guard let m = lex.decisionOpeners.match(t, at: r.start, end: r.end) else { return nil }
        // The approved item ends at the first comma outside a title in 《》.
        var depth = 0
        var k = r.start + m.count
        while k < r.end {
            if t[k] == "《" { depth += 1 } else if t[k] == "》" { depth -= 1 } else if depth <= 0, t[k] == "，" || t[k] == "," { break }
            k += 1
        }
        guard k + 1 < r.end else { return false }
        let rest = (k + 1)..<r.end
        return lex.actionVerbs.occurs(t, in: rest) || Self.followUpWords.occurs(t, in: rest)
    }

    /// What may be done with an approved item besides an action verb: sent up for review or approval.
    static let followUpWords = KeywordSet(["报", "提交", "提请", "履行"])

    func isDirectiveParagraph(_ r: SourceRange) -> Bool {
        let e = firstSentenceEnd(from: r.start, r.end)
        return isDirectiveSentence(SourceRange(start: r.start, end: e), strict: false)
    }

    func firstSentenceEnd(from s: Int, _ end: Int) -> Int {
        var i = s
        while i < end, t[i] != "。" { i += 1 }
        return min(i + 1, end)
    }

    /// Whether a sentence tells someone to act: a directive word not inside an excluded compound.
    func isDirectiveSentence(_ r: SourceRange, strict: Bool) -> Bool {
        // 让我们更加紧密地团结…: a call to everyone, not an order to anyone.
        if str(SourceRange(start: r.start, end: min(r.end, r.start + 3))) == "让我们" { return false }
        var i = r.start
        while i < r.end {
            if let m = lex.directiveExclusions.match(t, at: i, end: r.end) { i += m.count; continue }
            if let m = lex.directives.match(t, at: i, end: r.end) {
                // 要 followed by 求 is 要求 (a noun or a verb of asking): only a directive when it orders someone.
                if m.count == 1, i + 1 < r.end, t[i + 1] == "求" { i += 2; continue }
                if i > r.start, i - 1 >= 0, m.count == 1, t[i] == "要" && (t[i - 1] == "重" || t[i - 1] == "主") { i += 1; continue }
                return true
            }
            i += 1
        }
        // 发展X…具有重要意义, 坚持X，是…优势: opening with an action verb does not make a statement of significance,
        // or a definition, an order.
        return !strict && opensWithAction(r) && !lex.significanceWords.occurs(t, in: r.start..<r.end) && !isDefinition(r)
    }

    /// Whether a sentence opens with its action: an action verb, perhaps after a word of manner (适时降准降息, 尽快清理…)
    /// or after a prepositional clause and its comma (对受关税影响较大的企业，提高…; 同国际社会一道，积极维护…).
    func opensWithAction(_ r: SourceRange) -> Bool {
        // 推进了城区改造。: a verb in the perfective reports, it does not order.
        func acts(_ a: Int) -> Bool {
            guard let v = lex.actionVerbs.match(t, at: a, end: r.end) else { return startsWithAction(SourceRange(start: a, end: r.end)) }
            return !(a + v.count < r.end && t[a + v.count] == "了")
        }
        if startsWithAction(r) { return acts(r.start) }
        if let m = lex.actionAdverbs.match(t, at: r.start, end: r.end) {
            return acts(r.start + m.count)
        }
        // (依据…规划，结合…行动，按照…原则，积极梳理…: up to three such clauses may open it.)
        var a = r.start
        for _ in 0..<3 {
            guard lex.actionPrepositions.match(t, at: a, end: r.end) != nil else { return false }
            var k = a
            while k < min(r.end, a + 30), t[k] != "，", t[k] != "," { k += 1 }
            guard k < r.end - 1, t[k] == "，" || t[k] == "," else { return false }
            a = k + 1
            if let m = lex.actionAdverbs.match(t, at: a, end: r.end) { a += m.count }
            if lex.actionPrepositions.match(t, at: a, end: r.end) == nil { return acts(a) }
        }
        return false
    }

    /// The sentences of a range, each up to its 。！？ (or the range's end), leading spaces skipped.
    func sentences(_ r: SourceRange) -> [SourceRange] {
        var out: [SourceRange] = []
        var s = r.start
        for i in r.start..<r.end where t[i] == "。" || t[i] == "!" || t[i] == "！" || t[i] == "?" || t[i] == "？" || i == r.end - 1 {
            while s < i, t[s] == " " { s += 1 }
            out.append(SourceRange(start: s, end: i + 1))
            s = i + 1
        }
        return out
    }

    /// A sentence that reports rather than orders: about the past (近年来，有关地区…积累了…) or what an inspection
    /// found (实地督查发现，一些地方…), with no directive word in it.
    func isFinding(_ sr: SourceRange) -> Bool {
        guard !isDirectiveSentence(sr, strict: true) else { return false }
        if lex.pastOpeners.match(t, at: sr.start, end: sr.end) != nil { return true }
        let lead = min(sr.end, sr.start + 12)
        guard let comma = (sr.start..<lead).first(where: { t[$0] == "，" || t[$0] == "," }) else { return false }
        return roleOf(SourceRange(start: sr.start, end: comma), headingText: false) == .problem
    }

    /// A paragraph whose first sentence orders nothing and says what something is (“十五五”时期，是…关键时期) or
    /// what was done (…省政府制定了《纲要》): background, not an item.
    func opensWithAStatement(_ r: SourceRange) -> Bool {
        // 提出上述预期目标，综合考虑了…; 确定上述目标，坚持…原则: a paragraph that opens by pointing back at the targets
        // just set explains them (and may end on a call to reach them); it orders nothing of its own.
        if refersBackToTargets(r) { return true }
        // 近年来，…积累了一些经验，需要进一步…: about the past, and no order in it.
        if lex.pastOpeners.match(t, at: r.start, end: r.end) != nil, !isDirectiveSentence(r, strict: true) { return true }
        // 蓝图鼓舞人心，实干谱写华章。让我们…: a closing call before any order or action.
        for x in sentences(r) {
            if str(SourceRange(start: x.start, end: min(x.end, x.start + 3))) == "让我们" { return true }
            if isDirectiveSentence(x, strict: true) || startsWithAction(x) { break }
        }
        let first = SourceRange(start: r.start, end: firstSentenceEnd(from: r.start, r.end))
        guard !isDirectiveSentence(first, strict: true), !startsWithAction(first) else { return false }
        if isDefinition(first) || isPeriodStatement(first) { return true }
        // 展望未来，我们有信心有能力…！: a closing call.
        if first.length > 1, t[first.end - 1] == "！" || t[first.end - 1] == "!" { return true }
        // “十五五”征程波澜壮阔，河南发展前景可期。: one sentence that neither orders nor opens with an action, and names
        // no one, says how things are.
        // (我们将一以贯之大力支持…; 作风建设永远没有休止符，我们将继续加强…: what the government says it will do is its
        // order to itself.)
        if first.end >= r.end - 1, units.subjects(t, first.start..<first.end).isEmpty,
           !(first.start..<max(first.start, first.end - 2)).contains(where: { k in t[k] == "我" && t[k + 1] == "们" && Scalars.modals.contains(t[k + 2]) }) { return true }
        // 制定了, 完成了: a verb in the perfective.
        return (min(first.start + 2, first.end)..<first.end).contains { t[$0] == "了" && lex.actionVerbs.match(t, at: $0 - 2, end: $0) != nil }
    }

    /// Whether the document reports how things stand: a progress notice, or any 通报 (an accident's investigation
    /// reports who has been punished and what is still under way).
    var reportsStatus: Bool { facts.kind == .progress || facts.title.hasSuffix("通报") }

    /// The units a letter is addressed to: a short line of units ending with a colon (湖北省人民政府：) among the first
    /// lines after the title.
    func findAddressees() -> [String] {
        for b in doc.blocks.dropFirst(titleBlocks).prefix(4) where b.range.length <= 60 {
            let last = t[b.range.end - 1]
            guard last == "：" || last == ":" else { continue }
            let list = units.splitList(str(SourceRange(start: b.range.start, end: b.range.end - 1)))
            if !list.isEmpty, list.allSatisfy({ units.looksLikeAddressee($0) }) { return list }
        }
        return []
    }

    /// Whether an item only grants an approval (同意…, 原则同意…, 批准…): no order, no owner named for any duty.
    func grantsApproval(_ r: SourceRange) -> Bool {
        guard r.length > 2, t[r.start] == "同" || t[r.start] == "原" || t[r.start] == "批" else { return false }
        let head = str(SourceRange(start: r.start, end: min(r.end, r.start + 4)))
        guard head.hasPrefix("同意") || head.hasPrefix("原则同意") || head.hasPrefix("批准") else { return false }
        return !sentences(r).contains { isDirectiveSentence($0, strict: true) } && units.subjects(t, r.start..<r.end).lead.isEmpty
    }

    /// The unit cells of a flattened task table after an item's last sentence: where they start, and the units. With
    /// a header that puts a lead column before a support column (牵头单位配合/责任单位), the cell that opens with the
    /// unit before the first comma, and every cell after an empty lead cell (。 区直各有关单位，…), is support.
    func unitCells(_ r: SourceRange) -> (Int, UnitAssignment)? {
        // (Cheap test first: the tail ends as a unit or a bracketed note does.)
        guard r.length > 6, Scalars.unitEndings.contains(t[r.end - 1]) || t[r.end - 1] == ")",
              let dot = (r.start..<r.end).last(where: { t[$0] == "。" }), dot > r.start, r.end - dot > 4 else { return nil }
        var a = dot + 1
        let emptyLead = a < r.end && t[a] == " "
        while a < r.end, t[a] == " " { a += 1 }
        guard a < r.end else { return nil }
        var pieces: [(text: String, afterComma: Bool)] = []
        var start = a
        var afterComma = false
        var depth = 0
        for i in a...r.end {
            if i < r.end, t[i] == "(" { depth += 1 }
            if i < r.end, t[i] == ")" { depth = max(0, depth - 1) }
            guard i == r.end || depth == 0 && (t[i] == "，" || t[i] == "," || t[i] == "、") else { continue }
            guard i > start else { return nil }
            let cell = Array(t[start..<i])
            // Units glued without a mark (区经济发展局区行政审批局区直各有关单位): a new name starts where a unit's last
            // character (局, 委…) meets a region's or a collective's first (区, 市, 县, 省, 各).
            var from = 0
            for k in 3..<max(3, cell.count - 2) where k < cell.count - 2 {
                guard Self.gluedUnitEnds.contains(cell[k - 1]), Self.gluedUnitStarts.contains(cell[k]) else { continue }
                let head = ScalarStrings.make(cell[from..<k])
                if units.looksLikeUnit(head) {
                    pieces.append((head, afterComma))
                    afterComma = false
                    from = k
                }
            }
            let last = ScalarStrings.make(cell[from...])
            guard units.looksLikeAddressee(last) else { return nil }
            pieces.append((last, afterComma))
            afterComma = i < r.end && (t[i] == "，" || t[i] == ",")
            start = i + 1
        }
        guard !pieces.isEmpty else { return nil }
        var out = UnitAssignment()
        if leadThenSupportColumns {
            // The support cell opens with the unit right before the first comma.
            // (Without a comma, two or more glued names end with the support cell's one name.)
            let firstComma = pieces.firstIndex(where: \.afterComma).map { $0 - 1 } ?? (pieces.count >= 2 ? pieces.count - 1 : pieces.count)
            let supportFrom = emptyLead ? 0 : max(0, firstComma)
            out.lead = pieces[0..<supportFrom].map(\.text)
            out.support = pieces[supportFrom...].map(\.text)
        } else {
            out.lead = pieces.map(\.text)
        }
        return (dot + 1, out)
    }

    /// The last characters of names glued to the next one in a flattened table, and the first characters of the next.
    static let gluedUnitEnds = ScalarSet("局委办厅部院府室处科站所队心司")
    static let gluedUnitStarts = ScalarSet("区市县省各国")

    /// Whether a flattened table's header puts a lead column before a support column (牵头单位配合/责任单位).
    func findLeadThenSupportColumns() -> Bool {
        let s = doc.text.normalized
        var i = 0
        while i + 8 < s.count {
            if s[i] == "牵", s[i + 1] == "头", s[i + 2] == "单", s[i + 3] == "位" {
                let window = ScalarStrings.make(s[(i + 4)..<min(s.count, i + 14)])
                if window.hasPrefix("配合") || window.hasPrefix("协办") || window.hasPrefix("责任单位") || window.hasPrefix("参与") { return true }
            }
            i += 1
        }
        return false
    }

    /// Where a task's text begins after a copied page's breadcrumb (当前位置：… QQ空间) and the addressees that follow it.
    func leadingChromeEnd(_ r: SourceRange) -> Int? {
        guard r.length > 40, t[r.start] == "当" || t[r.start] == "您" || t[r.start] == "所" else { return nil }
        let head = str(SourceRange(start: r.start, end: min(r.end, r.start + 400)))
        guard head.hasPrefix("当前位置") || head.hasPrefix("您的位置") || head.hasPrefix("所在位置") else { return nil }
        // The share bar ends the chrome (…微信 微博 QQ空间).
        guard let bar = head.find("QQ空间") ?? head.find("分享到") else { return nil }
        var start = r.start + head[..<bar.upperBound].unicodeScalars.count
        while start < r.end, t[start] == " " { start += 1 }
        // The addressees: units up to the first colon (各处室（中心），东庠办事处，各村（居）：).
        if let colon = (start..<min(r.end, start + 80)).first(where: { t[$0] == "：" || t[$0] == ":" }) {
            // (A unit's second name in brackets is dropped first: 各处室（中心）, 各村（居）.)
            var names = ""
            var depth = 0
            for u in str(SourceRange(start: start, end: colon)).unicodeScalars {
                if u == "(" { depth += 1 } else if u == ")" { depth = max(0, depth - 1) } else if depth == 0 { names.unicodeScalars.append(u) }
            }
            // (某局关于 分解…工作任务 各相关科室：: the title repeated before them, set apart by a space, goes too.)
            let last = names.split(separator: " ").last.map(String.init) ?? names
            let list = units.splitList(last)
            if !list.isEmpty, list.allSatisfy({ units.looksLikeAddressee($0) }) { start = colon + 1 }
        }
        return start < r.end ? start : nil
    }

    /// Whether an item is a labelled statement of a record (一、听证事项：…; 二、修改理由：…; 三、用地情况：…) that orders no one.
    func isLabelledStatement(_ r: SourceRange) -> Bool {
        // (In a progress report a labelled item may be the record of what it tracks: 整改情况：已完成整改.)
        guard facts.kind != .progress, let colon = (r.start..<min(r.end, r.start + 9)).first(where: { t[$0] == ":" || t[$0] == "：" }), colon - r.start >= 2 else { return false }
        let label = str(SourceRange(start: r.start, end: colon))
        guard ["事项", "理由", "情况", "依据", "背景", "说明"].contains(where: { label.hasSuffix($0) }) else { return false }
        return !isDirectiveSentence(r, strict: true) && units.subjects(t, r.start..<r.end).lead.isEmpty
    }

    /// Where a short title that opens a range ends: the first of `marks` within `within` characters, after at least
    /// `minLength` characters that are all ideographs (二、安全生产形势分析 与…; 四、工作分工 各村要…; 一、整治目标：…).
    func shortTitleEnd(_ r: SourceRange, within: Int, minLength: Int, marks: Set<Unicode.Scalar> = [" "]) -> Int? {
        guard let k = (r.start..<min(r.end, r.start + within)).first(where: { marks.contains(t[$0]) }), k - r.start >= minLength,
              (r.start..<k).allSatisfy({ t[$0].properties.isIdeographic }) else { return nil }
        return k
    }

    /// Whether an item opens with a short title that names its targets or its scope, set apart by a space or a colon
    /// (一、整治目标 为了…; 二、整治对象 全乡的…): it states what is aimed at or covered, it orders nothing.
    func opensWithATitleOfTargetsOrScope(_ r: SourceRange) -> Bool {
        guard let k = shortTitleEnd(r, within: 9, minLength: 2, marks: [" ", ":", "："]) else { return false }
        let title = str(SourceRange(start: r.start, end: k))
        return ["目标", "对象", "范围", "原则"].contains { title.hasSuffix($0) }
    }

    /// Whether a sentence opens with a label of targets or principles (工作目标：…, 基本原则：…): it states, it orders nothing.
    func isLabelledTarget(_ r: SourceRange) -> Bool {
        // (At the sentence's start, or after a plan's title and a space: 某片区2023年安全生产工作要点 工作目标：….)
        for k in r.start..<min(r.end, r.start + 40) where k == r.start || t[k - 1] == " " {
            guard let w = lex.sectionRoles.match(t, at: k, end: r.end), let v = lex.sectionRoles.value(ScalarStrings.make(w)),
                  v == SectionRole.target.rawValue || v == SectionRole.principle.rawValue else { continue }
            let after = k + w.count
            if after < r.end && (t[after] == "：" || t[after] == ":") { return true }
        }
        return false
    }

    /// Reads one field of an item (its label and value, as set on a line of their own or after its last sentence):
    /// a unit's role gives units, a deadline's label the deadline; a person's (牵头负责领导：某某) names no unit. Returns
    /// whether it is a field at all.
    func readField(label l: SourceRange, value v: SourceRange, into assignment: inout UnitAssignment, deadline: inout Deadline?,
                   rules: inout [String]) -> Bool {
        let label = str(l), value = str(v)
        if lex.namesAPerson(label) { return true }
        if let side = lex.unitSide(ofLabel: label) {
            if side == .support { assignment.support += units.splitList(value) } else { assignment.merge(units.labelledLeads(label: label, value: value)) }
            rules.append("unit-line")
            return true
        }
        if isDeadlineLabel(label) {
            deadline = deadlineFor(v, scope: nil, rules: &rules)
            return true
        }
        return false
    }

    /// Where fields set after an item's last sentence begin (…全覆盖。责任单位：县政务服务中心; …。牵头领导：李某某；
    /// 责任单位：…): the first label after the last full stop names a unit's role, a person or a deadline.
    func trailingFieldsStart(_ r: SourceRange) -> Int? {
        // (Only on the item's own line: field lines of their own are read as the item's extra blocks.)
        guard let stop = (r.start..<r.end).last(where: { t[$0] == "。" }), stop + 1 < r.end,
              !(stop..<r.end).contains(where: { t[$0] == "\n" || t[$0] == "\r" }) else { return nil }
        var k = stop + 1
        while k < r.end, t[k] == " " { k += 1 }
        guard let colon = (k..<min(r.end, k + 8)).first(where: { t[$0] == "：" || t[$0] == ":" }), colon > k + 1 else { return nil }
        let label = str(SourceRange(start: k, end: colon))
        return lex.unitSide(ofLabel: label) != nil || lex.namesAPerson(label) || isDeadlineLabel(label) ? k : nil
    }

    /// Whether a paragraph opens by stating targets: a word for targets (主要目标, 预期目标…) within its first thirty
    /// characters, then a colon (今年发展主要预期目标是：…; 工作目标：…).
    func statesTargets(_ r: SourceRange) -> Bool {
        for k in r.start..<min(r.end, r.start + 30) {
            guard let w = lex.sectionRoles.match(t, at: k, end: r.end), lex.sectionRoles.value(ScalarStrings.make(w)) == SectionRole.target.rawValue
            else { continue }
            var a = k + w.count
            if a < r.end, t[a] == "是" || t[a] == "为" { a += 1 }
            if a < r.end, t[a] == "：" || t[a] == ":" { return true }
        }
        return false
    }

    /// Whether a sentence opens by saying it reports the present (目前，; 截至目前，).
    func opensWithNow(_ x: SourceRange) -> Bool {
        let head = str(SourceRange(start: x.start, end: min(x.end, x.start + 5)))
        return head.hasPrefix("目前，") || head.hasPrefix("目前,") || head.hasPrefix("截至目前")
    }

    /// Whether a paragraph's first clause points back at targets (提出上述预期目标，; 实现上述目标，).
    func refersBackToTargets(_ r: SourceRange) -> Bool {
        var e = r.start
        while e < min(r.end, r.start + 16), t[e] != "，", t[e] != ",", t[e] != "。" { e += 1 }
        guard e < r.end, t[e] == "，" || t[e] == "," else { return false }
        let clause = str(SourceRange(start: r.start, end: e))
        return clause.includes("上述") && clause.includes("目标")
    }

    /// Whether a sentence hands its work to someone with 由 or 请 (会议同意…，由市住建局按程序印发实施。; 请市发改委抓紧…).
    func assignsAnOwner(_ r: SourceRange) -> Bool {
        // (建议你省…: a letter's recommendation to its addressee.)
        if r.length > 4, t[r.start] == "建", t[r.start + 1] == "议", UnitParser.isAddressedPronoun(str(SourceRange(start: r.start + 2, end: r.start + 4))) { return true }
        return (r.start..<r.end).contains { i in
            (t[i] == "由" || t[i] == "请") && (i == r.start || t[i - 1] == "，" || t[i - 1] == ",") && !(i + 1 < r.end && t[i + 1] == "于")
        }
    }

    /// A sentence in which a named unit says what it will do (国务院办公厅将加强统筹协调…): a commitment, even among
    /// words that look back.
    func unitWill(_ r: SourceRange) -> Bool {
        let limit = min(r.end, r.start + 24)
        guard let k = (r.start..<limit).first(where: { t[$0] == "将" }), k - r.start >= 3 else { return false }
        return units.looksLikeUnit(str(SourceRange(start: r.start, end: k)))
    }

    /// A sentence about work done under someone's leadership (在党中央坚强领导下，各级纪检监察机关深入推进…，着力…，
    /// 推动…取得新成效。; 区行政审批局在区党工委的坚强领导下，…提供保障。): no 要, 将 or 必须 in it, so no order.
    func isDoneUnderLeadership(_ r: SourceRange) -> Bool {
        let head = str(SourceRange(start: r.start, end: min(r.end, r.start + 40)))
        guard let k = head.find("领导下"), head[..<k.lowerBound].includes("在") else { return false }
        let s = str(r)
        if s.includes("将") || s.includes("必须") || s.includes("务必") || s.includes("应当") { return false }
        // 要 as a modal: not in 重要, 主要, 要求.
        return !(r.start..<r.end).contains { i in
            t[i] == "要" && (i == r.start || (t[i - 1] != "重" && t[i - 1] != "主")) && (i + 1 >= r.end || t[i + 1] != "求")
        }
    }

    /// A sentence that reports a meeting being held on a day (3月20日至21日，某部在某市召开…工作会，深入贯彻…，部署…。;
    /// 中共中央政治局7月30日召开会议，分析研究…。): the news of the meeting, not an order, whatever purposes follow.
    /// (各地要于6月30日前召开…: a modal before the verb orders it.)
    func isMeetingHeld(_ r: SourceRange) -> Bool {
        guard r.length >= 4 else { return false }
        // (会议决定，于12月10日召开…: what the lead before the sentence decided is to be held.)
        if str(SourceRange(start: max(0, r.start - 4), end: r.start)).includes("决定") { return false }
        let limit = min(r.end - 1, r.start + 60)
        guard let v = (r.start..<limit).first(where: { k in (t[k] == "召" && t[k + 1] == "开") || (t[k] == "举" && t[k + 1] == "行") }) else { return false }
        var dated = false
        for k in r.start..<v {
            switch t[k] {
            // (会议决定，于12月10日召开…; 定于…召开: a meeting to be held is an order.)
            case "要", "应", "须", "将", "拟", "需", "可", "请", "每", "定": return false
            // (…6月30日前召开: a deadline before the verb; 针对当前… is no deadline.)
            case "前" where k > r.start && (t[k - 1] == "日" || t[k - 1] == "底" || t[k - 1] == "月"): return false
            case "日": dated = dated || k > r.start && (Markers.isDigit(t[k - 1]) || t[k - 1] == "近")
            default: break
            }
        }
        return dated
    }

    /// A sentence that says what a period is (“十五五”时期是…的关键时期，也是…阶段。; 今年是…开局之年。).
    func isPeriodStatement(_ r: SourceRange) -> Bool {
        var e = r.end
        while e > r.start, t[e - 1] == "。" || t[e - 1] == " " { e -= 1 }
        let s = str(SourceRange(start: r.start, end: e))
        // The whole sentence or its first clause (今年是…开局之年，做好各项工作意义重大。).
        let first = s.split(whereSeparator: { $0 == "，" || $0 == "," }).first.map(String.init) ?? s
        return [s, first].contains { c in c.includes("是") && ["时期", "阶段", "之年", "一年", "五年"].contains { c.hasSuffix($0) } }
    }

    /// A sentence that says what its action is (坚持党的全面领导，是我们的最大政治优势。): a comma, then 是.
    func isDefinition(_ r: SourceRange) -> Bool {
        guard r.length >= 2 else { return false }
        if (r.start..<(r.end - 1)).contains(where: { (t[$0] == "，" || t[$0] == ",") && t[$0 + 1] == "是" }) { return true }
        // 改革开放是党和人民事业大踏步赶上时代的重要法宝。: one clause that says what something is.
        let clauseless = !(r.start..<r.end).contains { t[$0] == "，" || t[$0] == "," || t[$0] == ";" || t[$0] == "；" }
        return clauseless && (r.start + 2..<min(r.end, r.start + 14)).contains { t[$0] == "是" && t[$0 - 1] != "于" && t[$0 - 1] != "但" }
    }

    /// A sentence that orders without 要: a unit as the subject of a duty (国务院办公厅将加强统筹协调), or a duty
    /// with a date (各有关部门…于2018年12月31日前报送国务院办公厅). Statements of significance are not orders.
    func ordersWithoutYao(_ r: SourceRange) -> Bool {
        let s = str(r)
        if s.includes("意义") || s.includes("停止执行") || s.includes("废止") || s.includes("第一位") || s.includes("第一个为牵头") { return false }
        if !units.subjects(t, r.start..<r.end).lead.isEmpty {
            // 国家地震局…确定了我国地震重点监视防御区: a unit that has done something (a verb in the perfective) reports
            // history, unless it also says what is to be done.
            // (…对初稿进行了详细解读，…提出了修改意见: a light verb in the perfective too, unless the sentence reports
            // where an item stands: 扶贫办已会同…进行了实地调查.)
            // (…按照…机制要求，某委组织开展了…评价工作: 要求 there orders no one.)
            let done = !isDirectiveSentence(r, strict: true) && !s.includes("将") && (lex.actionVerbs.allMatches(t, in: r.start..<r.end).contains { pos, v in
                let after = pos + v.unicodeScalars.count
                return after < r.end && t[after] == "了"
            } || Self.doneLightVerbs.contains { s.includes($0) } && !s.includes("已") && !s.includes("正在"))
            return !done && !opensWithAPeriodOver(r)
        }
        return times.find(t, in: r.start..<r.end).contains { $0.date != nil && !isPast($0) && $0.text.includes("前") }
    }

    /// Whether a sentence opens with a clause that is only a period already over when the text was written (上半年，…
    /// in July) and says nothing is to be done (no 要, 将): a review of that period.
    func opensWithAPeriodOver(_ r: SourceRange) -> Bool {
        guard let doc = facts.date, let c = (r.start..<min(r.end, r.start + 12)).first(where: { t[$0] == "，" || t[$0] == "," }),
              c > r.start, UnitParser.endsAClauseOfTime(t, before: c) else { return false }
        guard !isDirectiveSentence(r, strict: true), !str(r).includes("将") else { return false }
        return times.find(t, in: r.start..<c).contains { m in m.date.map { $0 < doc } ?? false }
    }

    /// Light verbs in the perfective, which report what was done (进行了解读, 作出了部署, 提出了意见).
    static let doneLightVerbs = ["进行了", "作出了", "做出了", "提出了", "听取了"]

    /// In a news paragraph, where reported speech begins: just after the first 强调，/指出，/要求， (a said-lead
    /// word and a comma) that follows a sentence end or 讲话/会议 within the paragraph; nil when there is none.
    func innerSaidLead(_ r: SourceRange) -> Int? {
        for (pos, word) in lex.saidLeads.allMatches(t, in: r.start..<r.end) {
            let after = pos + word.unicodeScalars.count
            // (…出席会议并讲话，强调要深入学习…: the order may follow 强调 without a comma.)
            guard after < r.end, t[after] == "，" || t[after] == "," || t[after] == "要" && word == "强调" else { continue }
            let before = str(SourceRange(start: max(r.start, pos - 6), end: pos))
            if before.includes("讲话") || before.includes("会议") || before.hasSuffix("并") { return t[after] == "要" ? after : after + 1 }
        }
        return nil
    }

    /// Lines that report who attended (…出席会议。) or where the news came from, never tasks.
    func isAttendanceOrNews(_ r: SourceRange) -> Bool {
        let s = str(r)
        if s.hasPrefix("央视网消息") || s.hasPrefix("新华社") || s.hasPrefix("本报讯") { return true }
        for w in ["出席会议。", "参加会议。", "列席会议。", "出席会议", "参加会议", "主持会议。"] where s.hasSuffix(w) { return true }
        if s.hasPrefix("会议听取了") || s.hasPrefix("会议审议") || s.hasPrefix("会议还研究了") || s.hasPrefix("会议传达学习了") { return true }
        // 会上，各县民政部门简要总结…，并重点汇报…: what went on at the meeting, unless someone there orders (会上，…强调，要…).
        if s.hasPrefix("会上") || s.hasPrefix("会前"), !isDirectiveSentence(r, strict: true) { return true }
        // A headline: short phrases set apart by spaces, no sentence end (…会议强调 切实加强耕地保护 全力提升耕地质量).
        if !s.includes("。"), s.hasAtMost(100), s.split(separator: " ", omittingEmptySubsequences: true).count >= 3 { return true }
        return false
    }

    /// In a review paragraph only a clause that opens with 要 (…，要增强信心) is an order; 必须坚持… there
    /// states a lesson learned.
    /// A clause whose subject is an addressee (…；各有关部门要认真组织实施…) orders too.
    func opensWithYao(_ r: SourceRange) -> Bool {
        var clause = r.start
        var i = r.start
        while i < r.end {
            if t[i] == "," || t[i] == "，" || t[i] == ";" || t[i] == "；" { clause = i + 1 }
            if t[i] == "要", i + 1 < r.end, t[i + 1] != "求" {
                if i == clause { return true }
                if i - clause >= 2, units.looksLikeAddressee(str(SourceRange(start: clause, end: i))) { return true }
            }
            i += 1
        }
        return false
    }

    func startsWithAction(_ r: SourceRange) -> Bool {
        var i = r.start
        while i < r.end, t[i] == " " { i += 1 }
        return lex.actionVerbs.match(t, at: i, end: r.end) != nil || lex.ongoingWords.match(t, at: i, end: r.end) != nil
    }

    /// Whether a range ends with a colon (spaces aside).
    func endsWithColon(_ r: SourceRange) -> Bool {
        var e = r.end
        while e > r.start, t[e - 1] == " " { e -= 1 }
        return e > r.start && (t[e - 1] == ":" || t[e - 1] == "：")
    }

    /// A sentence that announces a list or states targets (今年要重点做好9个方面工作：; 主要预期目标是：…), not an order.
    func introducesList(_ r: SourceRange) -> Bool {
        if endsWithColon(r) { return true }
        let s = str(r)
        if s.includes("预期目标是") || s.includes("主要目标是") || s.includes("预期目标为") || s.includes("主要目标为") { return true }
        // 重点做好十方面工作。: a short sentence that counts the parts that follow.
        if r.length <= 16, s.hasSuffix("方面工作。") || s.hasSuffix("项工作。") || s.hasSuffix("个方面。"), s.unicodeScalars.contains(where: { Markers.isCJKNumeral($0) || Markers.isDigit($0) }) { return true }
        // …着重抓好以下几个方面工作。: the paragraph ends by announcing the items after it.
        guard let x = s.find("以下", backwards: true) else { return false }
        let rest = s[x.upperBound...].filter { !"。.；;！! ".contains($0) }
        return rest.count <= 8 && (rest.includes("工作") || rest.includes("方面") || rest.includes("任务") || rest.includes("措施"))
    }

    /// A paragraph that introduces what follows (现将有关情况通报如下：) rather than ordering anything.
    /// Whether an item's title sentence names a situation (城市节水和污水再生利用情况。): short, ending in 情况, and not
    /// an action (报送工作情况 is one).
    func reportsASituation(_ r: SourceRange) -> Bool {
        let e = firstSentenceEnd(from: r.start, r.end)
        guard e - r.start <= 32, e > r.start + 3, t[e - 1] == "。", !startsWithAction(r) else { return false }
        // 每季度向市政府报送供水安全运行情况。: a duty to report how things stand is an order.
        let title = SourceRange(start: r.start, end: e)
        if isDirectiveSentence(title, strict: true) || str(title).includes("报") || str(title).includes("反馈") || str(title).includes("提交") { return false }
        return t[e - 3] == "情" && t[e - 2] == "况"
    }

    /// Whether a list's intro says what is wrong (在实际应用中也存在一些问题：; 主要存在以下不足。).
    func introListsProblems(_ r: SourceRange) -> Bool {
        var e = r.end
        while e > r.start, t[e - 1] == ":" || t[e - 1] == "：" || t[e - 1] == "。" || t[e - 1] == " " { e -= 1 }
        let s = str(SourceRange(start: max(r.start, e - 24), end: e))
        guard let k = s.find("存在", backwards: true) else { return false }
        let tail = s[k.upperBound...]
        return ["问题", "不足", "困难", "短板"].contains { tail.hasSuffix($0) } && !tail.includes("，") && !tail.includes(",")
    }

    /// Where the text after an item's last sentence stops being the item: a contact note or a web page's footer
    /// (联系人：, 来源：), or a signature with its date; nil when nothing follows the item.
    func trailerStart(_ r: SourceRange) -> Int? {
        var lastEnd = r.start
        // (…请认真遵照执行！平潭综合实验区管委会2015年7月1日: a closing call ends a sentence as 。 does.)
        for i in r.start..<r.end where t[i] == "。" || t[i] == "!" { lastEnd = i + 1 }
        // …并于本月20日前报送。 特此通知。: a closing formula (a trailer that is a sentence of its own) ends the body.
        if lastEnd > r.start, let prev = (r.start..<(lastEnd - 1)).last(where: { t[$0] == "。" || t[$0] == "!" }) {
            var a = prev + 1
            while a < lastEnd, t[a] == " " { a += 1 }
            if lastEnd - a <= 6, lex.trailers.match(t, at: a, end: lastEnd).map({ $0.count == lastEnd - a }) == true { return prev + 1 }
        }
        guard lastEnd > r.start, lastEnd < r.end else { return nil }
        var cut: Int?
        if let (p, _) = lex.trailers.firstMatch(t, in: lastEnd..<r.end) {
            var k = p
            while k > lastEnd, t[k - 1] == "(" || t[k - 1] == " " { k -= 1 }
            cut = k
        }
        // 平潭综合实验区管委会2015年5月25日: a signature closing the last item, before any footer.
        let end = cut ?? r.end
        let tail = times.find(t, in: lastEnd..<end)
        if tail.contains(where: { $0.hasYear && $0.text.hasSuffix("日") }), !(lastEnd..<end).contains(where: { t[$0] == "," || t[$0] == "，" }) {
            return lastEnd
        }
        return cut
    }

    /// The period a document's title names as the time of its plan (2023年度工作计划, 2026年水利重点工作任务; not
    /// 2022年工作总结).
    func titleScope() -> TimeMention? {
        // A progress notice reports on tasks set elsewhere (关于2026年重点工作任务推进情况的通报): no scope of its own.
        guard titleBlocks > 0, titleBlocks <= doc.blocks.count, facts.kind != .progress else { return nil }
        let r = doc.blocks[0].range.start..<doc.blocks[titleBlocks - 1].range.end
        let found = times.find(t, in: r).compactMap(periodOf).filter { m in
            let after = str(SourceRange(start: m.range.end, end: min(r.upperBound, m.range.end + 20)))
            // 2026年吉林省政府工作报告: a government work report sets the work of the year it names.
            // (…规划和2035年远景目标纲要任务分工方案: the horizon of a vision is no period of the plan's tasks.)
            return !after.includes("总结") && !after.hasPrefix("远景") && (["计划", "要点", "安排", "思路", "重点", "任务", "分工"].contains { after.includes($0) } || facts.kind == .report)
        }
        return Self.latest(found)
    }

    /// Whether a bare year opens a clause that orders what is to be done in it (2025年要紧随…; 2026年，将…).
    func yearOpensAnOrder(_ m: TimeMention) -> Bool {
        let k = m.range.start
        guard k == 0 || "，,。；;：:".unicodeScalars.contains(t[k - 1]) else { return false }
        var e = m.range.end
        if e < t.count, t[e] == "," || t[e] == "，" { e += 1 }
        return e < t.count && (t[e] == "要" || t[e] == "将")
    }

    /// Whether a time is named by a plan (计划于2025年5月, 预计同年第四季度, 拟于…, 力争…): within a few characters
    /// after 计划, 预计, 拟, 力争 or 争取, in the same clause.
    func isPlanned(_ m: TimeMention) -> Bool {
        var k = m.range.start
        while k > max(0, m.range.start - 10) {
            k -= 1
            if t[k] == "，" || t[k] == "," || t[k] == "。" || t[k] == "；" || t[k] == ";" { return false }
            for w in ["计划", "预计", "拟", "力争", "争取"] where str(SourceRange(start: k, end: min(m.range.start, k + w.unicodeScalars.count))) == w {
                return true
            }
        }
        return false
    }

    /// Where a title starts once a leading period is skipped (2025年工作总结 → 工作总结; “十五五”发展目标 → 发展目标).
    func afterYear(_ r: SourceRange) -> Int {
        if Markers.year(t, at: r.start, end: r.end) != nil { return r.start + 5 }
        // A five-year plan's name in quotes: “十五五”.
        if r.length > 5, t[r.start] == "“" || t[r.start] == "\"", t[r.start + 1] == "十", t[r.start + 3] == "五",
           t[r.start + 4] == "”" || t[r.start + 4] == "\"" {
            return r.start + 5
        }
        return r.start
    }

    /// Whether a paragraph ends by introducing the report that follows (现将…总结如下：, 现将有关情况报告如下。): its
    /// sentences are the report's background, not orders.
    func introducesReport(_ r: SourceRange) -> Bool {
        guard isPreamble(r) else { return false }
        var e = r.end
        while e > r.start, Scalars.preambleTail.contains(t[e - 1]) { e -= 1 }
        var s = e
        while s > r.start, t[s - 1] != "。", t[s - 1] != "；", t[s - 1] != ";" { s -= 1 }
        return str(SourceRange(start: s, end: e)).includes("现将")
    }

    func isPreamble(_ r: SourceRange) -> Bool {
        var e = r.end
        while e > r.start, Scalars.preambleTail.contains(t[e - 1]) { e -= 1 }
        if str(SourceRange(start: max(r.start, e - 2), end: e)) == "如下" { return true }
        // …现将会议纪要如下，望各有关单位遵照执行。: the request after 如下 closes the preamble.
        if let k = (max(r.start, e - 20)..<max(r.start, e - 3)).last(where: { t[$0] == "如" && t[$0 + 1] == "下" && (t[$0 + 2] == "，" || t[$0 + 2] == ",") }) {
            let rest = str(SourceRange(start: k + 3, end: e))
            if rest.includes("执行") || rest.includes("遵照") || rest.includes("照办") { return true }
        }
        // 现将《…方案》印发给你们，请认真贯彻执行，切实做好…工作。: the sentence that forwards a text asks for nothing but
        // that it be carried out, however it goes on.
        if let k = (r.start..<max(r.start, r.end - 4)).first(where: { t[$0] == "给" && t[$0 + 1] == "你" && t[$0 + 2] == "们" }), k - r.start >= 2,
           ["印发", "转发", "下发", "发给"].contains(where: { str(SourceRange(start: max(r.start, k - 2), end: k + 1)).includes($0) }),
           // (Only as the last sentence, a signature aside: orders after it are orders.)
           case let stop = ((k + 3)..<e).first(where: { t[$0] == "。" }) ?? e,
           !((stop + 1)..<max(stop + 1, e)).contains(where: { t[$0] == "。" || t[$0] == "要" || t[$0] == "，" }),
           // (A formula of carrying it out only: …，并于12月15日前将完成情况报送… is a duty with its day.)
           case let request = str(SourceRange(start: k + 3, end: stop)),
           ["贯彻执行", "贯彻落实", "组织实施", "认真执行", "遵照执行"].contains(where: { request.includes($0) }),
           !request.includes("前"), !request.includes("报") {
            return true
        }
        // 现将相关情况予以通报。, 现将有关情况汇报。: the sentence that opens a report on what was found.
        if e - r.start >= 4, t[e - 1] == "报", t[e - 2] == "通" || t[e - 2] == "汇" {
            var s = e
            while s > r.start, t[s - 1] != "。", t[s - 1] != "；", t[s - 1] != ";", t[s - 1] != "，", t[s - 1] != "," { s -= 1 }
            if s + 1 < e, t[s] == "现", t[s + 1] == "将" { return true }
        }
        // 县政府督查室对…落实情况进行了专项督查。; 近日，区政府督查室对…进展情况进行跟踪督查。: the inspection a
        // progress notice reports on.
        if e - r.start >= 8, ["督查", "督导", "检查", "核查", "调研", "暗访"].contains(str(SourceRange(start: e - 2, end: e))) {
            let s = str(SourceRange(start: r.start, end: e))
            let done = s.includes("进行了") || s.includes("开展了")
            let lately = ["近日", "近期", "日前"].contains { s.hasPrefix($0) } && (s.includes("进行") || s.includes("开展"))
            if done || lately { return true }
        }
        // 为…，特制定本工作方案。: the paragraph that says why the text was made.
        // (…，特制定我区2016年生态环境保护工作要点。: 特 says so too, before a name of the text that may be long.)
        guard (max(r.start, r.end - 40)..<max(r.start, r.end - 2)).contains(where: { t[$0] == "制" && t[$0 + 1] == "定" || t[$0] == "制" && t[$0 + 1] == "订" }) else { return false }
        let types = ["方案", "意见", "办法", "细则", "计划", "规定", "通知", "措施", "要点"]
        let tail = str(SourceRange(start: max(r.start, r.end - 40), end: r.end))
        if let k = tail.find("特制定") ?? tail.find("特制订"), case let rest = tail[k.upperBound...], rest.count <= 32,
           types.contains(where: { rest.trimmingCharacters(in: CharacterSet(charactersIn: "。.；;:： ")).hasSuffix($0) }) {
            return true
        }
        let near = str(SourceRange(start: max(r.start, r.end - 14), end: r.end))
        guard let k = near.find("制定本") ?? near.find("制订本") else { return false }
        let rest = near[k.upperBound...]
        return rest.count <= 8 && types.dropLast().contains { rest.includes($0) }
    }

    /// A sentence of guiding thought (以…为指导, 总体要求是…), not an order.
    func isGuidingThought(_ r: SourceRange) -> Bool {
        let s = str(r)
        if s.includes("总体要求是") || s.includes("总的要求是") || s.includes("指导思想是") { return true }
        // 坚持稳中求进工作总基调: guiding thought, unless addressed to named bodies (各地区、各部门要…).
        if s.includes("工作总基调") { return units.subjects(t, r.start..<r.end).lead.isEmpty }
        guard let g = s.find("为指导") else { return false }
        let head = s[..<g.lowerBound]
        guard head.hasPrefix("以") || head.includes("要以") || head.includes("坚持以") || head.includes(",以") || head.includes("，以") else { return false }
        // 纪检监察机关要坚持以…为指导，…: addressed to named bodies, it is their order.
        return units.subjects(t, r.start..<r.end).lead.isEmpty
    }

    /// Whether the first directive sentence of a paragraph (今年是…开局之年。做好政府工作，要坚持以…为指导…) is
    /// guiding thought, with no action sentence before it.
    func firstOrderIsGuidingThought(_ r: SourceRange) -> Bool {
        for sr in sentences(r) {
            if isDirectiveSentence(sr, strict: true) { return isGuidingThought(sr) }
            // 坚持党的领导。…要以…为指导: an item that opens with an action is an item.
            if startsWithAction(sr) { return false }
        }
        return false
    }

    func hasAction(_ r: SourceRange) -> Bool {
        lex.actionVerbs.occurs(t, in: r.start..<r.end) || isDirectiveSentence(r, strict: true) || completesByADeadline(r)
    }

    /// Whether a passage says something is to be completed by a time (于10月底前完成…, 年内完成…, 国庆节前完成…): 完成
    /// right after a deadline is an order, though 完成 alone may report (已完成) or frame (完成好今年目标任务，必须…).
    func completesByADeadline(_ r: SourceRange) -> Bool {
        var i = r.start + 2
        while i + 1 < r.end {
            if t[i] == "完", t[i + 1] == "成", UnitParser.deadlineBefore(t, i, after: r.start) != nil { return true }
            i += 1
        }
        return false
    }

    /// A period that scopes the work after it: 做好明年经济工作, 全力抓好下半年工作, 2025年政府工作任务.
    /// A day (7月20日) is never a scope; a bare year is (2025年 → 12-31).
    func scopePhrase(in r: SourceRange) -> TimeMention? {
        guard r.length > 0 else { return nil }
        // (全力做好今年经济工作，认真谋划好“十四五”工作: the plan laid out is no period of the work.)
        let planning = plansAFiveYearPlan(r)
        let found = times.find(t, in: r.start..<r.end).compactMap(periodOf).filter { m in
            if planning, Self.namesAFiveYearPeriod(m) { return false }
            let after = str(SourceRange(start: m.range.end, end: min(r.end, m.range.end + 7)))
            // 今年是“十四五”规划收官之年: a year named as the time of the work ahead (not a year already over).
            let yearAhead = after.hasPrefix("是") && m.date.map { d in facts.date.map { d >= $0 } ?? true } ?? false
            // 到2025年，全市经济社会发展主要指标如下：: the intro of a list sets the time its items are due by.
            let dueIntro = m.range.start > r.start && t[m.range.start - 1] == "到" && endsWithColon(r)
            // (对6月份集中交办工作完成情况进行督导 in July: a period over before the text was written is no time ahead.)
            let over = m.date.map { d in facts.date.map { d < $0 } ?? false } ?? false
            return yearAhead || dueIntro || (after.includes("工作") || after.hasPrefix("重点") || after.hasPrefix("任务")) && !isPast(m) && !over
        }
        return Self.latest(found)
    }

    /// The period a heading names in its first words (三、2025年政府工作任务; 下半年重点工作).
    func headingScope(_ r: SourceRange) -> TimeMention? {
        let head = SourceRange(start: r.start, end: min(r.end, r.start + 24))
        let found = times.find(t, in: head.start..<head.end).compactMap(periodOf).filter { !isPast($0) }
        return Self.latest(found)
    }

    /// A mention as a period with an end date; a bare year ends on its 12-31; days are not periods.
    func periodOf(_ m: TimeMention) -> TimeMention? {
        if m.text.hasSuffix("日") || m.text.hasSuffix("日前") { return nil }
        if m.date != nil { return m }
        guard m.hasYear, let y = Int(ScalarStrings.make(m.text.unicodeScalars.prefix(4))), let d = Day(year: y, month: 12, day: 31) else { return nil }
        var p = m
        p.date = d
        return p
    }

    /// The mention that ends last (ANNOTATION.md: where several times are named, the latest counts).
    static func latest(_ ms: [TimeMention]) -> TimeMention? {
        ms.filter { $0.date != nil }.max { ($0.date ?? Day(ordinal: 0)) < ($1.date ?? Day(ordinal: 0)) }
    }

    /// Whether a time is named as past (截至6月底, 2018年以来, 上半年…取得) rather than as a deadline.
    func isPast(_ m: TimeMention) -> Bool {
        let a = max(0, m.range.start - 3)
        let before = str(SourceRange(start: a, end: m.range.start))
        let after = str(SourceRange(start: m.range.end, end: min(t.count, m.range.end + 3)))
        // (于2019年初开始执行: a start; 2019年一季度起草: 起 of 起草 is no start.)
        return before.hasSuffix("截至") || before.hasSuffix("截止") || after.hasPrefix("以来") || after.hasPrefix("起") && !after.hasPrefix("起草")
            || after.hasPrefix("开始") || after.hasPrefix("初开始") || after.hasPrefix("是") || after.hasPrefix("以前的")
    }

    // MARK: - Building a task

    mutating func addTask(_ raw: SourceRange, marker: String?, ctx: ItemContext, scope: TimeMention?, rule: String) {
        var r = trimmed(raw)
        // 当前位置： 首页…区管委会文件 <title> 时间：… 微信 微博 QQ空间 各处室，各村（居）：现将…: a web page's breadcrumb
        // and share bar, and the letter's addressees, before the first sentence are no part of the task.
        if let start = leadingChromeEnd(r) { r = trimmed(SourceRange(start: start, end: r.end)) }
        // …形成良好舆论氛围。（联系人：张三 联系电话：…） 某局2015年5月25日 来源：…: a contact note, a signature or a web
        // page's footer after the last sentence is no part of the task.
        if let cut = trailerStart(r) { r = trimmed(SourceRange(start: r.start, end: cut)) }
        guard r.length > 2 else { return }
        var rules = [rule]
        // Unit notes: every parenthesised note in the item; the closing one is cut from the text.
        var assignment = UnitAssignment()
        // A task table copied from a web page as one line (…营商环境。区经济发展局区行政审批局区直各有关单位，各区属事业单位):
        // the unit cells after the task's last sentence are its units, cut from its text.
        if let (cut, cells) = unitCells(r) {
            r = trimmed(SourceRange(start: r.start, end: cut))
            assignment.merge(cells)
            rules.append("unit-cells")
        }
        var notes: [SourceRange] = []
        var depth = 0
        var open = -1
        for i in r.start..<r.end {
            if t[i] == "(" { if depth == 0 { open = i }; depth += 1 }
            if t[i] == ")" && depth > 0 {
                depth -= 1
                if depth == 0 && open >= 0 {
                    let inside = SourceRange(start: open + 1, end: i)
                    if units.isNote(str(inside)) { notes.append(SourceRange(start: open, end: i + 1)) }
                }
            }
        }
        for n in notes {
            let note = units.parseNote(str(SourceRange(start: n.start + 1, end: n.end - 1)))
            if !note.isEmpty { assignment.merge(note); rules.append("unit-note") }
        }
        // （责任处室：法规安全处） after 同时联合区公安局、区行政审批局等部门，共同探索…: the partners the text names join
        // the note's units as support.
        if !notes.isEmpty, !assignment.isEmpty {
            var c = r.start
            for i in r.start..<r.end where t[i] == "，" || t[i] == "," || t[i] == "。" || t[i] == "；" || t[i] == ";" {
                if i - c > 4, lex.partnerVerbs.firstMatch(t, in: c..<i) != nil {
                    for u in units.partners(t, c..<i) where !assignment.lead.contains(u) && !assignment.support.contains(u) {
                        assignment.support.append(u)
                    }
                }
                c = i + 1
            }
        }
        // 建立由农业农村部、工业和信息化部牵头的…机制: units put in charge in the text join the note's.
        if !assignment.isEmpty {
            for u in units.inTextLeads(t, r.start..<r.end) where !assignment.lead.contains(u) && !assignment.responsible.contains(u) {
                assignment.lead.append(u)
            }
        }
        if let last = notes.last {
            var tail = last.end
            while tail < r.end, Scalars.noteTail.contains(t[tail]) { tail += 1 }
            if tail >= r.end {
                var e = last.start
                while e > r.start, t[e - 1] == " " { e -= 1 }
                // Keep the sentence's full stop: 事项。（X负责） → 事项。
                r = SourceRange(start: r.start, end: e)
            }
        }
        // 1.推行…全覆盖。责任单位：县政务服务中心 / …供应。牵头领导：李某某；责任单位：…；完成时限：2025年6月底: fields set
        // after the item's last sentence, on its line, are fields as a line of their own is, and no part of its text.
        var fieldDeadline: Deadline?
        if let cut = trailingFieldsStart(r) {
            var k = cut
            while k < r.end {
                let fieldEnd = (k..<r.end).first { t[$0] == "；" || t[$0] == ";" } ?? r.end
                if let colon = (k..<fieldEnd).first(where: { t[$0] == "：" || t[$0] == ":" }) {
                    _ = readField(label: SourceRange(start: k, end: colon), value: SourceRange(start: colon + 1, end: fieldEnd),
                                  into: &assignment, deadline: &fieldDeadline, rules: &rules)
                }
                k = fieldEnd + 1
            }
            r = SourceRange(start: r.start, end: cut)
            while r.end > r.start, t[r.end - 1] == " " { r.end -= 1 }
        }
        // A part of a split item without units of its own takes the note that closes the item.
        if assignment.isEmpty, let note = ctx.closingNote {
            assignment.merge(note)
            rules.append("unit-note")
        }
        // Labelled fields inside the item (承办单位：区交建局代表反馈：…).
        if assignment.isEmpty {
            let inline = units.labelledFields(t, r.start..<r.end)
            if !inline.isEmpty { assignment.merge(inline); rules.append("unit-field") }
        }
        // An answer merged into the item (二、关于X问题。你省请求，… 发展改革委会同水利部研究提出了办理意见：…) names the
        // units that handle it: the units of its label, those it works with (会同) as support.
        // An answer without a label, after an item that puts a request (你省请求，… then 扶贫办已会同交通部…进行了实地调查…),
        // is the same: its first clause names who handled the request.
        if assignment.isEmpty {
            let asks = OutlineBuilder.putsARequest(t, ctx.entry.range)
            for b in ctx.entry.extraBlocks {
                let br = doc.blocks[b].range
                let firstClause = (br.start..<br.end).first { t[$0] == "，" || t[$0] == "。" || t[$0] == "," }
                let label = OutlineBuilder.replyLabelEnd(t, br.start..<br.end, units: units)
                guard let colon = label ?? (asks && assignment.isEmpty ? firstClause : nil) else { continue }
                var sub = units.subjects(t, br.start..<colon)
                // 省财政厅意见：, 省财政厅提出：: the unit whose answer it is.
                let handler = str(SourceRange(start: br.start, end: max(br.start, colon - 2)))
                if sub.isEmpty, label != nil, units.looksLikeUnit(handler) { sub.lead = [handler] }
                if !sub.isEmpty { assignment.merge(sub); rules.append("unit-reply") }
            }
        }
        // An item under a record that labels its units (承办单位：区公安局) is theirs, whatever office of theirs the
        // item's text names (区公安局交警部门通过…).
        if assignment.isEmpty, let f = ctx.headingFields {
            assignment = f
            rules.append("unit-heading-field")
        }
        // Labelled unit lines merged into the item (牵头单位：…), and a labelled deadline (完成时限：持续推进): fields of the
        // item, read as a table's cells are and left out of its text.
        var textEnd = r.end
        for b in ctx.entry.extraBlocks {
            let br = doc.blocks[b].range
            let s = str(br)
            if let colon = s.firstIndex(where: { $0 == ":" || $0 == "：" }), s.distance(from: s.startIndex, to: colon) <= 8 {
                let colonAt = br.start + s[..<colon].unicodeScalars.count
                let isField = readField(label: SourceRange(start: br.start, end: colonAt), value: SourceRange(start: colonAt + 1, end: br.end),
                                        into: &assignment, deadline: &fieldDeadline, rules: &rules)
                if isField, br.start > r.start, br.start < textEnd { textEnd = br.start }
            }
        }
        // A government work report sets the government's own work: a body it names in passing (各地区都要…, 各级政府要…)
        // owns no item of it.
        if assignment.isEmpty, facts.kind != .report {
            let sub = units.subjects(t, r.start..<r.end)
            if !sub.isEmpty { assignment = sub; rules.append("unit-subject") }
        }
        // 统一编码和术语集。…国家卫生健康委推行…。国家中医药局印发…。: in an enumerated item, each sentence that opens
        // with a unit's full name right before its action names an owner.
        if marker != nil, facts.kind != .progress, assignment.isEmpty || rules.contains("unit-subject") {
            for x in sentences(r) {
                for u in units.openingUnits(t, x.start..<x.end) where !assignment.lead.contains(u) && !assignment.support.contains(u) {
                    assignment.lead.append(u)
                    if !rules.contains("unit-subject") { rules.append("unit-subject") }
                }
            }
        }
        // A heading that names a unit (二、区交通与建设局) owns every item under it, with the items' own units.
        if let u = ctx.sectionUnit, !assignment.lead.contains(u) {
            assignment.lead.insert(u, at: 0)
            rules.append("unit-section")
        }
        // 以下均需试点城市政府落实: a standing assignment for the rest of the section.
        for u in standing.lead where !assignment.lead.contains(u) {
            assignment.lead.append(u)
            if !rules.contains("unit-standing") { rules.append("unit-standing") }
        }
        for u in standing.support where !assignment.lead.contains(u) && !assignment.support.contains(u) {
            assignment.support.append(u)
            if !rules.contains("unit-standing") { rules.append("unit-standing") }
        }
        // 集中采购小组。负责…: an item titled with a unit that then says 负责 is that unit's.
        if assignment.isEmpty {
            let first = firstSentenceEnd(from: r.start, r.end)
            let title = str(SourceRange(start: r.start, end: max(r.start, first - 1)))
            if first < r.end - 2, units.looksLikeUnit(title), str(SourceRange(start: first, end: min(r.end, first + 2))) == "负责" {
                assignment.lead = [title]
                rules.append("unit-title")
            }
        }
        var (lead, support) = assignment.resolved(firstListedLeads: firstListedLeads)
        // （四）项目资金拨付。县财政局资金拨付进度滞后，…: in a progress report, the unit that opens the sentence after the
        // item's title, saying where it stands, owns the item.
        if lead.isEmpty, support.isEmpty, reportsStatus {
            var a = firstSentenceEnd(from: r.start, r.end)
            while a < r.end, t[a] == " " { a += 1 }
            if a < r.end, a > r.start, let u = units.leadingUnit(str(SourceRange(start: a, end: min(r.end, a + 16)))) {
                lead = [u]
                rules.append("unit-reporting")
            }
        }
        // 你省要…, 建议你省…: the letter's one addressee; with none or several, the pronoun names no one.
        if lead.contains(where: UnitParser.isAddressedPronoun) || support.contains(where: UnitParser.isAddressedPronoun) {
            func resolve(_ us: [String]) -> [String] {
                var out: [String] = []
                for u in us {
                    let r = UnitParser.isAddressedPronoun(u) ? (addressees.count == 1 ? addressees[0] : nil) : u
                    if let r, !out.contains(r) { out.append(r) }
                }
                return out
            }
            lead = resolve(lead)
            support = resolve(support).filter { !lead.contains($0) }
            if !rules.contains("unit-addressee") { rules.append("unit-addressee") }
        }

        // （责任单位：市城管局；完成时限：11月30日前）, （市水利局负责，10月底前完成）: a deadline the item's unit note gives,
        // where its text gives none (the note is cut from the text).
        var deadline = fieldDeadline ?? deadlineFor(r, scope: scope ?? documentScope, rules: &rules)
        if deadline == nil || deadline?.rule == "ongoing" && deadline?.recurrence == nil {
            for n in notes {
                var inside = SourceRange(start: n.start + 1, end: n.end - 1)
                // (A labelled field gives its value: 完成时限：长期坚持.)
                var k = inside.start
                while k < inside.end {
                    let fieldEnd = (k..<inside.end).first { t[$0] == "；" || t[$0] == ";" || t[$0] == "，" || t[$0] == "," } ?? inside.end
                    if let colon = (k..<fieldEnd).first(where: { t[$0] == "：" || t[$0] == ":" }),
                       isDeadlineLabel(str(SourceRange(start: k, end: colon))) {
                        inside = SourceRange(start: colon + 1, end: fieldEnd)
                        break
                    }
                    k = fieldEnd + 1
                }
                if let d = deadlineFor(inside, scope: scope ?? documentScope, rules: &rules) { deadline = d; break }
            }
        }
        var status: TaskStatus?
        var statusText: String?
        // Status is reported only where a document reports on tasks (ANNOTATION.md): progress notices.
        // An order in a notice (各牵头单位要…分析滞后原因) reports no status of its own.
        // (（三）推进治本攻坚，提升本质安全。要聚焦…有力有序推进落实: an order under a short title sentence neither.)
        let firstEnd = firstSentenceEnd(from: r.start, r.end)
        let ordered = isDirectiveSentence(SourceRange(start: r.start, end: firstEnd), strict: true)
            || firstEnd - r.start <= 16 && firstEnd < r.end && isDirectiveSentence(SourceRange(start: firstEnd, end: firstSentenceEnd(from: firstEnd, r.end)), strict: true)
        if reportsStatus, !ordered {
            if let (w, s) = statusIn(SourceRange(start: r.start, end: ctx.entry.range.end > r.end ? ctx.entry.range.end : r.end)) {
                status = s
                statusText = w
                rules.append("status-word")
            }
        }
        var confidence = 0.9
        if rule == "sentence-task" { confidence = 0.7 }
        if rule == "requirement-paragraph" { confidence = 0.6 }
        if r.length > 400 { confidence -= 0.2 }
        let n = tasks.count + 1
        if textEnd < r.end { r = trimmed(SourceRange(start: r.start, end: textEnd)) }
        tasks.append(TaskFact(id: "\(name)#t\(n)", text: original(r), range: r, parent: ctx.parent, marker: marker,
                              section: ctx.section, lead: lead, support: support, deadline: deadline, status: status,
                              statusText: statusText, confidence: max(0.1, confidence), rules: rules,
                              origin: doc.blocks[ctx.entry.block].origin))
    }

    func trimmed(_ r: SourceRange) -> SourceRange {
        var a = r.start, b = r.end
        while a < b, t[a] == " " || t[a] == "\n" || t[a] == "," || t[a] == "、" || t[a] == ":" { a += 1 }
        // A vocative that opens a paragraph (各位代表！) is not part of the task.
        var k = a
        while k < min(b, a + 8), t[k] != "!" && t[k] != "！" && t[k] != "。" && t[k] != "," { k += 1 }
        if k < b - 1, k < a + 8, t[k] == "!" || t[k] == "！" { a = k + 1 }
        // (各位代表，支持国防…: the same address before a comma.)
        else if k < b - 1, k < a + 8, t[k] == ",", OutlineBuilder.turnsToTheAudience(t, SourceRange(start: a, end: b)) { a = k + 1 }
        while b > a, t[b - 1] == " " || t[b - 1] == "\n" || t[b - 1] == "\r" { b -= 1 }
        // A signature glued to the last item (…抽查。某某管委会2015年9月16日; …（牵头单位：用地科） 某局 二〇一二年九月六日)
        // is not part of it.
        if b > a, t[b - 1] == "日", let stop = (a..<b).last(where: { t[$0] == "。" || t[$0] == ")" }), b - stop <= 32, b - stop > 6 {
            let tail = Array(t[(stop + 1)..<b])
            let f = TimeFinder.fullDates
            if let m = f.find(tail, in: 0..<tail.count).last, m.hasYear, m.range.end == tail.count { b = stop + 1 }
        }
        // Vocatives (各位代表！) are left out.
        return SourceRange(start: a, end: b)
    }

    /// Whether a time names a five-year period (十五五, “十四五”: 十X五), as ``plansAFiveYearPlan(_:)`` reads it.
    static func namesAFiveYearPeriod(_ m: TimeMention) -> Bool {
        let u = Array(m.text.unicodeScalars.filter { $0 != "“" && $0 != "”" && $0 != "\"" })
        return u.count == 3 && u[0] == "十" && u[2] == "五"
    }

    /// Whether a text drafts or lays out a five-year plan (开展“十五五”规划编制工作, 谋划好“十四五”工作): the name of a
    /// five-year period (十X五) followed by 规划编制 or …编制, or after 谋划 or 编制.
    func plansAFiveYearPlan(_ r: SourceRange) -> Bool {
        guard r.length >= 3 else { return false }
        for k in r.start..<(r.end - 2) where t[k] == "十" && t[k + 2] == "五" {
            let after = str(SourceRange(start: k + 3, end: min(r.end, k + 11)))
            let before = str(SourceRange(start: max(r.start, k - 5), end: k))
            if after.includes("编制") || before.includes("谋划") || before.includes("编制") { return true }
        }
        return false
    }

    /// ANNOTATION.md's deadline rules, in order: explicit time, enclosing scope, open-ended duty.
    func deadlineFor(_ r: SourceRange, scope: TimeMention?, rules: inout [String]) -> Deadline? {
        var recurring: String?
        var mentions = times.find(t, in: r.start..<r.end).compactMap { m -> TimeMention? in
            guard !isPast(m) else { return nil }
            let planned = isPlanned(m)
            // 计划将同源路纳入2026年背街小巷改造: a year a plan names is due at its end; other bare years are not times.
            var m = m
            if m.date == nil && m.hasYear {
                guard planned || yearOpensAnOrder(m), let p = periodOf(m), let d = p.date, facts.year.map({ d.year >= $0 }) ?? true else { return nil }
                m = p
            }
            // 每年2月底前 repeats: it is a recurrence, not the deadline (a first date before it still counts).
            if let w = recurrenceBefore(m) { recurring = recurring ?? w; return nil }
            // A date before the document's own date reports history (8月25日已完成), not a deadline, unless a plan
            // names it (计划于2025年5月启动…，预计同年第四季度…).
            if !planned, let d = m.date, let doc = facts.date, d < doc, m.text.hasSuffix("日") { return nil }
            return m
        }
        // 今年将开展“十五五”规划编制工作。要深入分析“十五五”时期…: a task that drafts (编制) or lays out (谋划) a
        // five-year plan names its period as the plan's subject; it is due by its other times, not by the plan's end.
        if mentions.contains(where: Self.namesAFiveYearPeriod), plansAFiveYearPlan(r) { mentions.removeAll(where: Self.namesAFiveYearPeriod) }
        if !mentions.isEmpty {
            rules.append("deadline-explicit")
            guard let latest = Self.latest(mentions) else {
                return Deadline(text: mentions[0].text, date: nil, ongoing: false, rule: "explicit")
            }
            return Deadline(text: latest.text, date: latest.date, ongoing: false, rule: "explicit")
        }
        if let s = scope {
            rules.append("deadline-scope")
            return Deadline(text: s.text, date: s.date, ongoing: false, rule: "scope")
        }
        if let w = recurring ?? lex.recurrenceWords.firstMatch(t, in: r.start..<r.end)?.1 {
            rules.append("deadline-recurring")
            return Deadline(text: w, date: nil, ongoing: true, recurrence: w, rule: "ongoing")
        }
        for (pos, w) in lex.ongoingWords.allMatches(t, in: r.start..<r.end) {
            let after = pos + w.unicodeScalars.count
            // The word must modify the action (持续推进, 要继续依法关闭, 、定期通报), not a noun (常态化运输) or a
            // trend (比重持续提升).
            let idiom = w.unicodeScalars.count == 4
            let before: Unicode.Scalar = pos > r.start ? t[pos - 1] : "，"
            let opensClause = Scalars.clauseOpeners.contains(before)
            // 推动先进产能比重持续提升: a measure that keeps rising is a trend aimed at, not a duty that never ends.
            if pos - r.start >= 2, Self.trendSubjects.contains(str(SourceRange(start: pos - 2, end: pos))) { continue }
            // 中长期发展规划: 长期 inside 中长期 names a kind of plan.
            if w == "长期", pos > r.start, t[pos - 1] == "中" { continue }
            // 你省请求，…继续给予大力支持: what a request asks for is no duty of the item.
            var a = pos
            while a > r.start, t[a - 1] != "。", t[a - 1] != "！", t[a - 1] != "？" { a -= 1 }
            if str(SourceRange(start: a, end: pos)).includes("请求") { continue }
            // 经济长期向好, 持续好转: a trend the text describes, not a duty.
            if after + 1 < r.end, (t[after] == "向" && t[after + 1] == "好") || (t[after] == "好" && t[after + 1] == "转") { continue }
            if !idiom {
                guard after < r.end, t[after].properties.isIdeographic, t[after] != "的", t[after] != "性" else { continue }
                guard opensClause || lex.actionVerbs.match(t, at: after, end: r.end) != nil || isVerbLike(after) else { continue }
            }
            rules.append("deadline-ongoing")
            return Deadline(text: w, date: nil, ongoing: true, rule: "ongoing")
        }
        return nil
    }

    /// Measures whose steady rise (比重持续提升, 水平不断提高) is a trend, not an open-ended duty.
    static let trendSubjects: Set<String> = ["比重", "比例", "占比", "水平", "质量", "规模", "程度", "效益", "总量", "收入", "活力"]

    /// The recurrence word (每年, 每季度) that governs a time mention: right before it, or earlier in the same
    /// sentence (每年2月底前…，3月底前…).
    func recurrenceBefore(_ m: TimeMention) -> String? {
        var s = m.range.start
        // A clause with its own duty (…每季度首月10号前报送，半年和年度工作总结应分别于…12月20日前报送) starts afresh.
        var ownDuty = false
        while s > 0, t[s - 1] != "。", t[s - 1] != ";", m.range.start - s < 80 {
            if t[s - 1] == "，" || t[s - 1] == ",", ownDuty { break }
            if t[s - 1] == "应" || t[s - 1] == "须" || t[s - 1] == "要" { ownDuty = true }
            s -= 1
        }
        return lex.recurrenceWords.allMatches(t, in: s..<m.range.start).last?.1
    }

    func isVerbLike(_ i: Int) -> Bool {
        Scalars.verbLike.contains(t[i])
    }

    /// The status a progress notice reports for a task, from its cues (status-words.tsv): delayed, then a strong
    /// not-started cue, then progress (a plan with 将 does not count), then a weak not-started cue, then done.
    func statusIn(_ r: SourceRange) -> (String, TaskStatus)? {
        let text = Array(str(r).unicodeScalars)
        var found: [(cue: StatusCue, pos: Int)] = []
        for cue in lex.statusCues {
            let w = Array(cue.word.unicodeScalars)
            var i = 0
            while i + w.count <= text.count {
                if Array(text[i..<(i + w.count)]) == w {
                    var ok = true
                    if let then = cue.then {
                        let tail = ScalarStrings.make(text[(i + w.count)..<min(text.count, i + w.count + 20)])
                        ok = tail.includes(then)
                    }
                    if cue.status == .inProgress, i > 0, text[i - 1] == "将" { ok = false }
                    if cue.status == .done, cue.word == "已", i > 0, text[i - 1] == "而" { ok = false }
                    // 在正在开展的大检查中, 对已完成的项目: a cue inside a phrase before 的 describes something else.
                    let after = i + w.count
                    if ok, cue.then == nil, (after..<min(text.count, after + 4)).first(where: { text[$0] == "的" || !text[$0].properties.isIdeographic }).map({ text[$0] == "的" }) == true {
                        ok = false
                    }
                    // 你省请求，中央对…予以支持: what a request asks for is no progress.
                    if ok {
                        var a = i
                        while a > 0, text[a - 1] != "。", text[a - 1] != "!", text[a - 1] != "?" { a -= 1 }
                        let before = ScalarStrings.make(text[a..<i])
                        if before.includes("请求") || before.includes("希望") { ok = false }
                        // 发展改革委研究提出了办理意见：…: a cue inside the label of an answer says what was written.
                        if let c = OutlineBuilder.replyLabelEnd(text, a..<text.count, units: units), i < c { ok = false }
                    }
                    if ok { found.append((cue, i)); break }
                }
                i += 1
            }
        }
        // A cue inside a longer one at the same place (未完成 inside 尚未完成) gives way to it.
        let lengths = found.map { $0.cue.word.unicodeScalars.count }
        found = found.enumerated().filter { (k, f) in
            !found.enumerated().contains { (j, g) in
                j != k && lengths[j] > lengths[k] && g.pos <= f.pos && f.pos + lengths[k] <= g.pos + lengths[j]
            }
        }.map(\.element)
        func first(_ s: TaskStatus, strong: Bool?) -> (String, TaskStatus)? {
            found.filter { $0.cue.status == s && (strong == nil || $0.cue.strong == strong!) }.min { $0.pos < $1.pos }
                .map { ($0.cue.word + ($0.cue.then.map { "…" + $0 } ?? ""), s) }
        }
        return first(.delayed, strong: nil) ?? first(.notStarted, strong: true) ?? first(.inProgress, strong: nil)
            ?? first(.notStarted, strong: false) ?? first(.done, strong: nil)
    }

    // MARK: - Tables

    /// Task-division tables: a header row names the task, unit and deadline columns.
    mutating func tableTasks() {
        var columns: [String: Int]?
        // Whether the lead column's header names the lead outright (牵头单位) rather than the units responsible (责任单位).
        var explicitLeadColumn = false
        var currentTable: Int?
        var section: String?
        for (bi, b) in doc.blocks.enumerated() {
            if b.kind != .tableRow {
                if b.kind == .heading, currentTable != nil { section = original(b.range) }
                continue
            }
            if b.origin.table != currentTable { columns = nil; currentTable = b.origin.table; section = nil }
            let cells = b.cells.map { str($0) }
            if columns == nil {
                var map: [String: Int] = [:]
                for (i, c) in cells.enumerated() {
                    let h = c.replacingOccurrences(of: " ", with: "")
                    // (责任领导: a person, not a unit.)
                    guard !lex.namesAPerson(h),
                          let column = lex.columnHeaders.first(where: { h.includes($0.0) })?.1 else { continue }
                    // The first task column counts (任务 before 任务内容说明).
                    if column == "task", map["task"] != nil { continue }
                    map[column] = i
                    if column == "lead" { explicitLeadColumn = UnitParser.namesTheLead(h) }
                }
                if map["task"] != nil && (map["lead"] != nil || map["deadline"] != nil) { columns = map }
                continue
            }
            guard let cols = columns, let ti = cols["task"], ti < b.cells.count else { continue }
            let taskRange = b.cells[ti]
            guard taskRange.length > 2 else { continue }
            var rules = ["table-row"]
            var lead: [String] = [], support: [String] = []
            if let li = cols["lead"], li < b.cells.count {
                var a = units.parseNote(str(b.cells[li]))
                // A 牵头单位 column's units lead outright; a 责任单位 column names the units responsible, of which the
                // first leads where the document says the first-listed leads.
                if explicitLeadColumn { a.lead += a.responsible; a.responsible = [] }
                let l = a.resolved(firstListedLeads: firstListedLeads)
                lead = l.lead.isEmpty ? units.splitList(str(b.cells[li])) : l.lead
                support = l.support
            }
            if let si = cols["support"], si < b.cells.count { support += units.splitList(str(b.cells[si])) }
            var deadline: Deadline?
            if let di = cols["deadline"], di < b.cells.count, b.cells[di].length > 0 {
                // The 完成时限 column as written, with the date its latest time gives.
                var found = deadlineFor(b.cells[di], scope: nil, rules: &rules)
                let cell = original(b.cells[di])
                // 全年 in the column of a year's list: within the year, as 年内.
                if found == nil, str(b.cells[di]).trimmingScalars(" 。") == "全年", let y = facts.year, let d = Day(year: y, month: 12, day: 31) {
                    found = Deadline(text: cell, date: d, ongoing: false, recurrence: nil, rule: "table-column")
                }
                // 长期, 持续推进, 常态化 in the column: open-ended, as the words are before an action.
                if found == nil, lex.ongoingWords.match(t, at: trimmed(b.cells[di]).start, end: b.cells[di].end) != nil {
                    found = Deadline(text: cell, date: nil, ongoing: true, recurrence: nil, rule: "table-column")
                }
                // A column that names only a start (从2019年1月1日起) keeps its words but gives no date.
                deadline = Deadline(text: cell, date: found?.date, ongoing: found?.ongoing ?? false, recurrence: found?.recurrence,
                                    rule: "table-column")
            }
            if deadline == nil { deadline = deadlineFor(taskRange, scope: nil, rules: &rules) }
            var status: TaskStatus?
            var statusText: String?
            if let si = cols["status"], si < b.cells.count, let (w, s) = statusIn(b.cells[si]) { status = s; statusText = w }
            let n = tasks.count + 1
            let marker = cols["seq"].flatMap { $0 < b.cells.count ? original(b.cells[$0]) : nil }
            tasks.append(TaskFact(id: "\(name)#t\(n)", text: original(taskRange), range: taskRange, parent: nil, marker: marker,
                                  section: section.map { [$0] } ?? [], lead: lead, support: support, deadline: deadline,
                                  status: status, statusText: statusText, confidence: 0.95, rules: rules, origin: doc.blocks[bi].origin))
        }
    }
}
