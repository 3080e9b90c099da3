import DocketGraph
import Foundation

/// Writes the task graph as Graphviz DOT: sections and tasks, units, decomposition, ownership and follow-ups.
public enum GraphDOT {
    static func quote(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\n", with: " ") + "\""
    }

    /// Renders the graph; nodes and edges are sorted, so the same graph gives the same bytes.
    public static func render(_ g: TaskGraph) -> String {
        var out = "digraph docket {\n  rankdir=LR;\n  node [fontname=\"Noto Sans CJK SC\"];\n"
        for id in g.sections.keys.sorted() {
            guard let s = g.sections[id] else { continue }
            out += "  \(quote(id)) [shape=folder, label=\(quote(String(s.text.prefix(24))))];\n"
        }
        for t in g.tasks {
            let status = t.status?.rawValue ?? "none"
            out += "  \(quote(t.task.id)) [shape=box, label=\(quote(String(t.task.text.prefix(24)))), status=\(quote(status))];\n"
        }
        let units = Set(g.edges.filter { $0.kind == .leads || $0.kind == .supports }.map(\.from)).sorted()
        for u in units { out += "  \(quote(u)) [shape=ellipse, label=\(quote(String(u.dropFirst(5))))];\n" }
        for e in g.edges {
            let style: String
            switch e.kind {
            case .decomposes: style = "color=gray"
            case .leads: style = "color=black"
            case .supports: style = "color=black, style=dashed"
            case .followsUp: style = "color=blue, label=\"跟进\""
            }
            out += "  \(quote(e.from)) -> \(quote(e.to)) [\(style)];\n"
        }
        return out + "}\n"
    }
}
