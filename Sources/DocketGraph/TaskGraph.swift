import DocketModel

/// An edge of the task graph.
public struct GraphEdge: Sendable, Hashable, Comparable {
    /// What the edge means.
    public enum Kind: String, Sendable, Codable {
        /// A section or task decomposes into a child.
        case decomposes
        /// A unit leads a task.
        case leads
        /// A unit supports a task.
        case supports
        /// A later task follows up an earlier one.
        case followsUp = "follows-up"
    }

    /// The source node id.
    public var from: String
    /// The target node id.
    public var to: String
    /// The kind of edge.
    public var kind: Kind

    /// Creates an edge.
    public init(from: String, to: String, kind: Kind) {
        self.from = from
        self.to = to
        self.kind = kind
    }

    public static func < (a: GraphEdge, b: GraphEdge) -> Bool {
        (a.from, a.to, a.kind.rawValue) < (b.from, b.to, b.kind.rawValue)
    }
}

/// A task as the graph holds it: the fact and the document it came from.
public struct GraphTask: Sendable {
    /// The task.
    public var task: TaskFact
    /// The document's path.
    public var documentPath: String
    /// The document's name.
    public var documentName: String
    /// The document's title.
    public var documentTitle: String
    /// The document's issuer or host, the owner of tasks that name no unit.
    public var host: String
    /// The document's date.
    public var documentDate: Day?
    /// The status after follow-ups: the newest status any later document reported, else the task's own.
    public var status: TaskStatus?
    /// The task of a later document that gave `status`, when it came from a follow-up.
    public var statusFrom: String?
    /// The earlier task this one reports on, when it is a follow-up (it is then not a checklist item of its own).
    public var reportsOn: String?
    /// Follow-ups that report on this task, oldest first: for a checklist item, every later task in its chain
    /// (a notice that follows up a follow-up reports on the same item); empty for a follow-up itself.
    public var reports: [String] = []
}

/// The tasks of a batch linked by decomposition and ownership, with a canonical name for each unit.
public struct TaskGraph: Sendable {
    /// Every task, in document order then reading order.
    public private(set) var tasks: [GraphTask] = []
    /// Every section (grouping heading), by id.
    public private(set) var sections: [String: SectionFact] = [:]
    /// The edges, in the order of the documents (time order) and of their sections and tasks; follow-ups last.
    public private(set) var edges: [GraphEdge] = []
    /// Unit name as written → canonical name.
    public private(set) var canonical: [String: String] = [:]

    /// Links between tasks that a person should confirm (two earlier tasks were nearly as alike).
    public private(set) var ambiguousLinks: [FollowUp] = []

    /// Builds the graph from the extractions of a batch; documents are taken in time order, then path order.
    /// `followUps` link later tasks to the earlier ones they report on; ambiguous ones are kept for review only.
    public init(extractions: [DocumentExtraction], aliases: [String: String] = [:], followUps: [FollowUp] = []) {
        // Each edge is made once by construction (a section or task has one parent, a follow-up one target; a
        // task's units are deduplicated), so no set or sort is needed: a province's graph has millions of edges.
        var list: [GraphEdge] = []
        let suffixes = Self.aliasSuffixes(aliases)
        func name(_ u: String) -> String {
            if let c = canonical[u] { return c }
            let c = Self.canonicalName(u, aliases: aliases, suffixes: suffixes)
            canonical[u] = c
            return c
        }
        for x in Self.timeOrder(extractions) {
            for s in x.sections {
                sections[s.id] = s
                if let p = s.parent { list.append(GraphEdge(from: p, to: s.id, kind: .decomposes)) }
            }
            let host = x.document.issuer ?? x.document.title
            for task in x.tasks {
                tasks.append(GraphTask(task: task, documentPath: x.path, documentName: x.name, documentTitle: x.document.title, host: host,
                                       documentDate: x.document.date, status: task.status))
                if let p = task.parent { list.append(GraphEdge(from: p, to: task.id, kind: .decomposes)) }
                var units: [String] = []
                for u in task.lead {
                    let c = name(u)
                    if !units.contains(c) { units.append(c); list.append(GraphEdge(from: "unit:" + c, to: task.id, kind: .leads)) }
                }
                var supports: [String] = []
                for u in task.support {
                    let c = name(u)
                    if !supports.contains(c) { supports.append(c); list.append(GraphEdge(from: "unit:" + c, to: task.id, kind: .supports)) }
                }
            }
        }
        // Follow-ups: the later task reports on the earlier one, whose status becomes the newest one reported.
        var index: [String: Int] = [:]
        for (i, g) in tasks.enumerated() { index[g.task.id] = i }
        func root(_ i: Int) -> Int {
            var r = i
            var steps = 0
            while let up = tasks[r].reportsOn, let j = index[up], steps < tasks.count { r = j; steps += 1 }
            return r
        }
        // A follow-up reports on an earlier task: a link that does not (ids given twice) is dropped, so that no
        // chain can close on itself.
        for f in followUps where !f.ambiguous {
            guard let from = index[f.from], let to = index[f.to], to < from else { continue }
            list.append(GraphEdge(from: f.from, to: f.to, kind: .followsUp))
            tasks[from].reportsOn = f.to
        }
        // Two candidates in one chain (the plan's task and the notice that followed it up) are one item: no doubt.
        for f in followUps where f.ambiguous {
            guard let from = index[f.from], let to = index[f.to], to < from else { continue }
            guard let alt = f.alternative.flatMap({ index[$0] }), root(alt) == root(to) else { ambiguousLinks.append(f); continue }
            list.append(GraphEdge(from: f.from, to: f.to, kind: .followsUp))
            tasks[from].reportsOn = f.to
        }
        // Each follow-up reports on the item at the start of its chain (032 → 036 → a later notice: one item).
        for i in tasks.indices where tasks[i].reportsOn != nil {
            let r = root(i)
            if r != i { tasks[r].reports.append(tasks[i].task.id) }
        }
        for i in tasks.indices where !tasks[i].reports.isEmpty {
            // Reports come in time order; the newest that states a status wins.
            for r in tasks[i].reports.sorted(by: { (index[$0] ?? 0) < (index[$1] ?? 0) }) {
                if let j = index[r], let st = tasks[j].task.status { tasks[i].status = st; tasks[i].statusFrom = r }
            }
        }
        edges = list
    }

    /// Documents in time order (undated last), then by path: the order follow-ups are linked in.
    public static func timeOrder(_ xs: [DocumentExtraction]) -> [DocumentExtraction] {
        xs.sorted { a, b in
            switch (a.document.date, b.document.date) {
            case let (x?, y?) where x != y: return x < y
            case (nil, _?): return false
            case (_?, nil): return true
            default: return a.path < b.path
            }
        }
    }

    /// The canonical name of a unit: aliases resolved (发改委 → 发展改革委), full-width brackets folded.
    public static func canonicalName(_ unit: String, aliases: [String: String]) -> String {
        canonicalName(unit, aliases: aliases, suffixes: aliasSuffixes(aliases))
    }

    /// The aliases that may end a longer name (three characters or more), longest first, then by text.
    static func aliasSuffixes(_ aliases: [String: String]) -> [(String, String)] {
        aliases.filter { $0.key.count >= 3 }.map { ($0.key, $0.value) }
            .sorted { ($0.0.count, $1.0) > ($1.0.count, $0.0) }
    }

    static func canonicalName(_ unit: String, aliases: [String: String], suffixes: [(String, String)]) -> String {
        let folded = ScalarStrings.make(unit.unicodeScalars.map(SourceText.fold))
        if let a = aliases[folded] { return a }
        for (alias, name) in suffixes where folded.hasSuffix(alias) {
            return String(folded.dropLast(alias.count)) + name
        }
        return folded
    }

    /// The units that own tasks, each with the tasks it leads or supports, sorted by name.
    public func tasksByUnit() -> [(unit: String, lead: [GraphTask], support: [GraphTask])] {
        var lead: [String: [GraphTask]] = [:]
        var support: [String: [GraphTask]] = [:]
        for g in tasks where g.reportsOn == nil {
            for u in g.task.lead { lead[canonical[u] ?? u, default: []].append(g) }
            for u in g.task.support { support[canonical[u] ?? u, default: []].append(g) }
        }
        let names = Set(lead.keys).union(support.keys).sorted()
        return names.map { ($0, lead[$0] ?? [], support[$0] ?? []) }
    }

    /// Tasks that name no unit, grouped by the host of their document, sorted by host.
    public func unassignedByHost() -> [(host: String, tasks: [GraphTask])] {
        var by: [String: [GraphTask]] = [:]
        for g in tasks where g.reportsOn == nil && g.task.lead.isEmpty && g.task.support.isEmpty { by[g.host, default: []].append(g) }
        return by.keys.sorted().map { ($0, by[$0] ?? []) }
    }

    /// Open tasks whose deadline is before `asOf`.
    public func overdue(asOf: Day) -> [GraphTask] {
        tasks.filter { g in
            guard g.reportsOn == nil, g.status != .done, let d = g.task.deadline?.date else { return false }
            return d < asOf
        }
    }
}
