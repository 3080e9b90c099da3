import DocketGraph
import DocketModel

/// One row of the documents table.
public struct DocumentRow: Sendable {
    public var name: String
    public var path: String
    public var title: String
    public var kind: String
    public var date: String
    public var issuer: String
    public var number: String
    /// Who chaired the meeting (empty when the text does not say).
    public var host: String
    /// Who attended, as the text groups them.
    public var attendees: [String]
    public var taskCount: Int
    public var failed: Bool

    /// Creates a row.
    public init(name: String, path: String, title: String, kind: String, date: String, issuer: String, number: String,
                host: String = "", attendees: [String] = [], taskCount: Int, failed: Bool) {
        self.name = name
        self.path = path
        self.title = title
        self.kind = kind
        self.date = date
        self.issuer = issuer
        self.number = number
        self.host = host
        self.attendees = attendees
        self.taskCount = taskCount
        self.failed = failed
    }
}

/// One task as reports show it (a class: the same row is listed by unit, by month and as overdue without copies).
public final class TaskRow: Sendable {
    public let id: String
    public let text: String
    public let document: String
    public let documentTitle: String
    public let path: String
    public let paragraph: Int
    /// Where the task stands in its document, as a reader finds it: 第4段, or 表1第3行 for a row of a table.
    public let place: String
    public let spanStart: Int
    public let spanEnd: Int
    public let marker: String
    public let section: String
    public let lead: [String]
    public let support: [String]
    public let leadText: String
    public let supportText: String
    public let hasSupportUnits: Bool
    public let owner: String
    public let hasUnits: Bool
    public let deadlineText: String
    public let deadlineDate: String
    public let hasDeadline: Bool
    public let ongoing: Bool
    public let status: String
    public let statusLabel: String
    public let done: Bool
    public let overdue: Bool
    public let dueSoon: Bool
    public let needsReview: Bool
    public let confidence: String
    public let rules: String
    /// Whether this task is a later document's report on an earlier task (not a checklist item of its own).
    public let isReport: Bool
    /// The text of the task this one reports on.
    public let reportsOnText: String
    /// Reports later documents made on this task, oldest first.
    public let progress: [ProgressRow]
    public let hasProgress: Bool
    /// The fields a person corrected (corrections.toml), for display.
    public let corrected: String
    public let isCorrected: Bool
    /// The task's first sentence, for summary lists (at most 60 characters).
    public let headline: String
    /// Creates a row.
    public init(id: String, text: String, document: String, documentTitle: String, path: String, paragraph: Int, place: String, spanStart: Int, spanEnd: Int, marker: String, section: String, lead: [String], support: [String], leadText: String, supportText: String, hasSupportUnits: Bool, owner: String, hasUnits: Bool, deadlineText: String, deadlineDate: String, hasDeadline: Bool, ongoing: Bool, status: String, statusLabel: String, done: Bool, overdue: Bool, dueSoon: Bool, needsReview: Bool, confidence: String, rules: String, isReport: Bool, reportsOnText: String, progress: [ProgressRow], hasProgress: Bool, corrected: String, isCorrected: Bool, headline: String) {
        self.id = id
        self.text = text
        self.document = document
        self.documentTitle = documentTitle
        self.path = path
        self.paragraph = paragraph
        self.place = place
        self.spanStart = spanStart
        self.spanEnd = spanEnd
        self.marker = marker
        self.section = section
        self.lead = lead
        self.support = support
        self.leadText = leadText
        self.supportText = supportText
        self.hasSupportUnits = hasSupportUnits
        self.owner = owner
        self.hasUnits = hasUnits
        self.deadlineText = deadlineText
        self.deadlineDate = deadlineDate
        self.hasDeadline = hasDeadline
        self.ongoing = ongoing
        self.status = status
        self.statusLabel = statusLabel
        self.done = done
        self.overdue = overdue
        self.dueSoon = dueSoon
        self.needsReview = needsReview
        self.confidence = confidence
        self.rules = rules
        self.isReport = isReport
        self.reportsOnText = reportsOnText
        self.progress = progress
        self.hasProgress = hasProgress
        self.corrected = corrected
        self.isCorrected = isCorrected
        self.headline = headline
    }
}

/// A later document's report on a task.
public struct ProgressRow: Sendable {
    public var id: String
    public var text: String
    public var statusLabel: String
    public var document: String
    public var paragraph: Int
    /// 第4段, or 表1第3行 (see ``TaskRow/place``).
    public var place: String
}

/// A target or a problem a document states, as the reports show it.
public struct StatementRow: Sendable {
    public var text: String
    /// The document's name and title.
    public var document: String
    public var documentTitle: String
    /// 第4段, or 表1第3行 (see ``TaskRow/place``).
    public var place: String

    /// Creates a row for a statement of a document.
    public init(_ s: StatementFact, document: String, title: String) {
        text = s.text
        self.document = document
        documentTitle = title
        place = ReportModel.place(s.origin)
    }
}

/// The figures one document states (近16亿立方米, 完成率102.41%), each in its clause, for the report's key figures.
public struct MetricGroup: Sendable {
    public var document: String
    public var documentTitle: String
    /// The clauses that hold figures, in reading order, each once.
    public var clauses: [String]
    public var count: Int

    /// The figures of one document, or nil when it states none.
    public init?(_ x: DocumentExtraction) {
        var seen = Set<String>()
        clauses = x.metrics.map { $0.clause.isEmpty ? $0.text : $0.clause }.filter { seen.insert($0).inserted }
        guard !clauses.isEmpty else { return nil }
        document = x.name
        documentTitle = x.document.title
        count = clauses.count
    }
}

/// One change since the previous batch.
public struct ChangeRow: Sendable {
    /// new, deadline, units, overdue, closed.
    public var kind: String
    public var label: String
    public var taskId: String
    public var text: String
    public var detail: String

    /// Creates a change.
    public init(kind: String, label: String, taskId: String, text: String, detail: String) {
        self.kind = kind
        self.label = label
        self.taskId = taskId
        self.text = text
        self.detail = detail
    }
}

/// A follow-up link a person should confirm: each task by its id and headline (first sentence).
public struct ReviewLink: Sendable {
    public var from: String
    public var fromText: String
    public var to: String
    public var toText: String
    /// The runner-up's id.
    public var alternativeId: String
    public var alternative: String
}

/// A unit's checklist.
public struct UnitChecklist: Sendable {
    public var unit: String
    public var fileName: String
    public var lead: [TaskRow]
    public var support: [TaskRow]
    public var hasSupport: Bool
    public var isHost: Bool
    public var count: Int
}

/// A diagnostic as reports show it.
public struct DiagnosticRow: Sendable {
    public var id: String
    public var severity: String
    public var file: String
    public var message: String
}

/// A count with a label, for the summary.
public struct Count: Sendable {
    public var key: String
    public var label: String
    public var count: Int
}

/// Tasks due in one month, for the timeline.
public struct MonthGroup: Sendable {
    public var month: String
    public var tasks: [TaskRow]
    public var count: Int
}

/// The one intermediate report that every writer renders. Built once per run.
public struct ReportModel: Sendable {
    public var title: String
    public var asOf: String
    public var documents: [DocumentRow]
    public var tasks: [TaskRow]
    public var units: [UnitChecklist]
    public var statusCounts: [Count]
    public var overdue: [TaskRow]
    public var dueSoon: [TaskRow]
    public var needsReview: [TaskRow]
    public var timeline: [MonthGroup]
    public var diagnostics: [DiagnosticRow]
    public var edges: [GraphEdge]
    public var documentCount: Int
    public var taskCount: Int
    public var overdueCount: Int
    public var dueSoonCount: Int
    public var warningCount: Int
    public var errorCount: Int
    public var hasOverdue: Bool
    public var hasDueSoon: Bool
    /// The first 20 overdue and due-soon tasks, for the summary; the rest are counted.
    public var overdueTop: [TaskRow]
    public var overdueMore: Int
    public var hasOverdueMore: Bool
    public var dueSoonTop: [TaskRow]
    public var dueSoonMore: Int
    public var hasDueSoonMore: Bool
    public var hasReview: Bool
    public var hasDiagnostics: Bool

    /// The targets the documents set and the problems they state, in the documents' time order.
    public var targets: [StatementRow] = []
    public var problems: [StatementRow] = []
    public var hasTargets: Bool = false
    public var hasProblems: Bool = false

    /// The figures each document states, in the documents' time order.
    public var metrics: [MetricGroup] = []
    public var hasMetrics: Bool = false

    /// Sets the figures of the documents.
    public mutating func setMetrics(_ groups: [MetricGroup]) {
        metrics = groups
        hasMetrics = !groups.isEmpty
    }

    /// Sets the targets and problems of the documents.
    public mutating func setStatements(targets: [StatementRow], problems: [StatementRow]) {
        self.targets = targets
        self.problems = problems
        hasTargets = !targets.isEmpty
        hasProblems = !problems.isEmpty
    }

    /// Sets the changes since the previous batch.
    public mutating func setChanges(_ c: [ChangeRow]) {
        changes = c
        hasChanges = !c.isEmpty
        changeCount = c.count
    }

    /// The first sentence of a task, cut at 60 characters.
    static func headline(_ s: String) -> String {
        var scalars: [Unicode.Scalar] = []
        for u in s.unicodeScalars {
            scalars.append(u)
            if scalars.count > 60 { return ScalarStrings.make(scalars.prefix(58)) + "…" }
            if u == "。" || u == "；" || u == ";" { return ScalarStrings.make(scalars) }
        }
        return s
    }

    /// Where a block stands, as a reader finds it: 第4段, or 表1第3行 for a row of a table (a Word or Excel table,
    /// lines with tabs), where counting paragraphs would say little.
    static func place(_ o: BlockOrigin) -> String {
        if let table = o.table, let row = o.row { return "表\(table)第\(row)行" }
        return "第\(o.paragraph)段"
    }

    static func label(_ s: TaskStatus?) -> String {
        switch s {
        case .done: return "已完成"
        case .inProgress: return "推进中"
        case .notStarted: return "未启动"
        case .delayed: return "滞后"
        case nil: return "未报告"
        }
    }

    /// What changed against what came before (``changesBasis``): new tasks, changed deadlines or units, newly
    /// overdue, closed.
    public var changes: [ChangeRow]
    public var hasChanges: Bool
    public var changeCount: Int
    /// What the changes are measured against, as the reports' heading says it: the previous batch (a run over the
    /// archive), or the earlier documents as they were written (a run that reports only its batch).
    public var changesBasis: String = "与上一批次相比"
    public var reviewLinks: [ReviewLink]
    public var hasReviewLinks: Bool
    /// The first ``listLimit`` links to confirm, for the reports; the rest are counted (all are in report.xml).
    public var reviewLinksTop: [ReviewLink]
    public var reviewLinksMore: Int
    public var hasReviewLinksMore: Bool

    /// How many links to confirm the HTML and Markdown reports list.
    public static let listLimit = 100

    /// One task's row: status after follow-ups, overdue and due soon as of `asOf`, canonical unit names.
    static func row(_ g: GraphTask, all: [GraphTask], index: [String: Int], canonical: [String: String], asOf: Day,
                    calendar: @Sendable (Day, Day) -> Int, dueSoonDays: Int, corrections: [String: [String]]) -> TaskRow {
        func task(_ id: String) -> GraphTask? { index[id].map { all[$0] } }
        let t = g.task
        let d = t.deadline?.date
        let status = g.status
        let open = status != .done && g.reportsOn == nil
        let overdue = open && d.map { $0 < asOf } == true
        // Working days are counted only near the as-of date: more than four weeks away is never within a few
        // working days (the longest public holiday with its weekends is nine days).
        let soon = open && !overdue && d.map { $0.ordinal - asOf.ordinal <= 7 * dueSoonDays + 14 && calendar(asOf, $0) <= dueSoonDays } == true
        let lead = t.lead.map { canonical[$0] ?? $0 }
        let support = t.support.map { canonical[$0] ?? $0 }
        return TaskRow(
            id: t.id, text: t.text, document: g.documentName, documentTitle: g.documentTitle, path: g.documentPath,
            paragraph: t.origin.paragraph, place: Self.place(t.origin), spanStart: t.range.start, spanEnd: t.range.end, marker: t.marker ?? "",
            section: t.section.joined(separator: " › "), lead: lead, support: support,
            leadText: lead.joined(separator: "、"), supportText: support.joined(separator: "、"), hasSupportUnits: !support.isEmpty,
            owner: lead.first ?? g.host, hasUnits: !(lead.isEmpty && support.isEmpty),
            deadlineText: t.deadline.map { $0.ongoing ? "长期（\($0.text)）" : $0.text } ?? "",
            deadlineDate: d?.iso ?? (t.deadline?.ongoing == true ? "长期" : ""),
            hasDeadline: t.deadline != nil, ongoing: t.deadline?.ongoing == true,
            status: status?.rawValue ?? "none", statusLabel: Self.label(status), done: status == .done,
            overdue: overdue, dueSoon: soon, needsReview: t.confidence < 0.65,
            confidence: String(Int((t.confidence * 100).rounded())) + "%", rules: t.rules.joined(separator: ", "),
            isReport: g.reportsOn != nil, reportsOnText: g.reportsOn.flatMap { task($0)?.task.text } ?? "",
            progress: g.reports.compactMap { r in task(r).map {
                ProgressRow(id: $0.task.id, text: $0.task.text, statusLabel: Self.label($0.task.status), document: $0.documentName, paragraph: $0.task.origin.paragraph,
                            place: Self.place($0.task.origin))
            } },
            hasProgress: !g.reports.isEmpty,
            corrected: (corrections[t.id] ?? []).joined(separator: "、"), isCorrected: corrections[t.id] != nil,
            headline: Self.headline(t.text))
    }

    /// Builds the report from the batch's graph and diagnostics; `asOf` decides what is overdue.
    public init(graph: TaskGraph, documents docs: [DocumentRow], diagnostics: [Diagnostic], asOf: Day,
                calendar: @escaping @Sendable (Day, Day) -> Int = { a, b in b.ordinal - a.ordinal }, dueSoonDays: Int = 5,
                corrections: [String: [String]] = [:], changes: [ChangeRow] = []) {
        title = "督办任务进展报告"
        self.asOf = asOf.iso
        documents = docs
        // Rows are made in parallel (a province's archive has a million tasks); `index` finds a task by id.
        let all = graph.tasks
        let index = Dictionary(all.indices.map { (all[$0].task.id, $0) }, uniquingKeysWith: { a, _ in a })
        let canonical = graph.canonical
        let rows = Parallel.map(all.count, chunk: 1024) { i in
            Self.row(all[i], all: all, index: index, canonical: canonical, asOf: asOf, calendar: calendar,
                     dueSoonDays: dueSoonDays, corrections: corrections)
        }
        tasks = rows
        let byId = Dictionary(rows.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var lists: [UnitChecklist] = []
        var usedNames = Set<String>()
        func fileName(_ unit: String) -> String {
            var base = String(unit.map { "/\\:*?\"<>|\0".contains($0) || $0.isNewline ? "_" : $0 })
            if base.hasPrefix(".") { base = "_" + base }
            var name = base
            var n = 2
            while !usedNames.insert(name).inserted { name = "\(base)-\(n)"; n += 1 }
            return name + ".md"
        }
        for u in graph.tasksByUnit() {
            let l = u.lead.compactMap { byId[$0.task.id] }, s = u.support.compactMap { byId[$0.task.id] }
            lists.append(UnitChecklist(unit: u.unit, fileName: fileName(u.unit), lead: l, support: s, hasSupport: !s.isEmpty, isHost: false, count: l.count + s.count))
        }
        for h in graph.unassignedByHost() {
            let l = h.tasks.compactMap { byId[$0.task.id] }
            lists.append(UnitChecklist(unit: h.host, fileName: fileName(h.host + "（未明确责任单位）"), lead: l, support: [], hasSupport: false, isHost: true, count: l.count))
        }
        units = lists
        var counts: [Count] = []
        for s in [TaskStatus.done, .inProgress, .notStarted, .delayed] as [TaskStatus?] + [nil] {
            let c = graph.tasks.filter { $0.reportsOn == nil && $0.status == s }.count
            counts.append(Count(key: s?.rawValue ?? "none", label: Self.label(s), count: c))
        }
        statusCounts = counts
        overdue = rows.filter(\.overdue).sorted { ($0.deadlineDate, $0.id) < ($1.deadlineDate, $1.id) }
        dueSoon = rows.filter(\.dueSoon).sorted { ($0.deadlineDate, $0.id) < ($1.deadlineDate, $1.id) }
        needsReview = rows.filter(\.needsReview)
        var months: [String: [TaskRow]] = [:]
        for r in rows where r.deadlineDate.count == 10 { months[String(r.deadlineDate.prefix(7)), default: []].append(r) }
        timeline = months.keys.sorted().map { MonthGroup(month: $0, tasks: months[$0] ?? [], count: months[$0]?.count ?? 0) }
        let sortedDiags = diagnostics.sorted { ($0.file, $0.severity.rawValue, $0.id, $0.message) < ($1.file, $1.severity.rawValue, $1.id, $1.message) }
        self.diagnostics = sortedDiags.map { DiagnosticRow(id: $0.id, severity: $0.severity.rawValue, file: $0.file, message: $0.message) }
        edges = graph.edges
        self.changes = changes
        hasChanges = !changes.isEmpty
        changeCount = changes.count
        func headline(_ id: String?) -> String { id.flatMap { byId[$0]?.headline } ?? "" }
        reviewLinks = graph.ambiguousLinks.map { f in
            ReviewLink(from: f.from, fromText: headline(f.from), to: f.to, toText: headline(f.to),
                       alternativeId: f.alternative ?? "", alternative: headline(f.alternative))
        }
        hasReviewLinks = !reviewLinks.isEmpty
        reviewLinksTop = Array(reviewLinks.prefix(Self.listLimit))
        reviewLinksMore = max(0, reviewLinks.count - Self.listLimit)
        hasReviewLinksMore = reviewLinksMore > 0
        documentCount = docs.count
        taskCount = rows.count
        overdueCount = overdue.count
        dueSoonCount = dueSoon.count
        warningCount = diagnostics.filter { $0.severity == .warning }.count
        errorCount = diagnostics.filter { $0.severity == .error }.count
        hasOverdue = !overdue.isEmpty
        hasDueSoon = !dueSoon.isEmpty
        overdueTop = Array(overdue.prefix(20))
        overdueMore = max(0, overdue.count - 20)
        hasOverdueMore = overdue.count > 20
        dueSoonTop = Array(dueSoon.prefix(20))
        dueSoonMore = max(0, dueSoon.count - 20)
        hasDueSoonMore = dueSoon.count > 20
        hasReview = !needsReview.isEmpty
        hasDiagnostics = !diagnostics.isEmpty
    }
}
