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
}

/// The tasks of a batch linked by decomposition and ownership, with a canonical name for each unit.
public struct TaskGraph: Sendable {
    /// Every task, in document order then reading order.
    public private(set) var tasks: [GraphTask] = []
    /// Every section (grouping heading), by id.
    public private(set) var sections: [String: SectionFact] = [:]
    /// The edges, sorted.
    public private(set) var edges: [GraphEdge] = []
    /// Unit name as written → canonical name.
    public private(set) var canonical: [String: String] = [:]

    /// Builds the graph from the extractions of a batch; documents are taken in path order.
    public init(extractions: [DocumentExtraction], aliases: [String: String] = [:]) {
        var edgeSet = Set<GraphEdge>()
        for x in extractions.sorted(by: { $0.path < $1.path }) {
            for s in x.sections {
                sections[s.id] = s
                if let p = s.parent { edgeSet.insert(GraphEdge(from: p, to: s.id, kind: .decomposes)) }
            }
            let host = x.document.issuer ?? x.document.title
            for task in x.tasks {
                tasks.append(GraphTask(task: task, documentPath: x.path, documentName: x.name, documentTitle: x.document.title, host: host))
                if let p = task.parent { edgeSet.insert(GraphEdge(from: p, to: task.id, kind: .decomposes)) }
                for u in task.lead {
                    let c = Self.canonicalName(u, aliases: aliases)
                    canonical[u] = c
                    edgeSet.insert(GraphEdge(from: "unit:" + c, to: task.id, kind: .leads))
                }
                for u in task.support {
                    let c = Self.canonicalName(u, aliases: aliases)
                    canonical[u] = c
                    edgeSet.insert(GraphEdge(from: "unit:" + c, to: task.id, kind: .supports))
                }
            }
        }
        edges = edgeSet.sorted()
    }

    /// The canonical name of a unit: aliases resolved (发改委 → 发展改革委), full-width brackets folded.
    public static func canonicalName(_ unit: String, aliases: [String: String]) -> String {
        let folded = String(String.UnicodeScalarView(unit.unicodeScalars.map(SourceText.fold)))
        if let a = aliases[folded] { return a }
        for (alias, name) in aliases.sorted(by: { $0.key.count > $1.key.count }) where folded.hasSuffix(alias) && alias.count >= 3 {
            return String(folded.dropLast(alias.count)) + name
        }
        return folded
    }

    /// The units that own tasks, each with the tasks it leads or supports, sorted by name.
    public func tasksByUnit() -> [(unit: String, lead: [GraphTask], support: [GraphTask])] {
        var lead: [String: [GraphTask]] = [:]
        var support: [String: [GraphTask]] = [:]
        for g in tasks {
            for u in g.task.lead { lead[canonical[u] ?? u, default: []].append(g) }
            for u in g.task.support { support[canonical[u] ?? u, default: []].append(g) }
        }
        let names = Set(lead.keys).union(support.keys).sorted()
        return names.map { ($0, lead[$0] ?? [], support[$0] ?? []) }
    }

    /// Tasks that name no unit, grouped by the host of their document, sorted by host.
    public func unassignedByHost() -> [(host: String, tasks: [GraphTask])] {
        var by: [String: [GraphTask]] = [:]
        for g in tasks where g.task.lead.isEmpty && g.task.support.isEmpty { by[g.host, default: []].append(g) }
        return by.keys.sorted().map { ($0, by[$0] ?? []) }
    }

    /// Open tasks whose deadline is before `asOf`.
    public func overdue(asOf: Day) -> [GraphTask] {
        tasks.filter { g in
            guard g.task.status != .done, let d = g.task.deadline?.date else { return false }
            return d < asOf
        }
    }
}
