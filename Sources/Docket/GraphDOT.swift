import DocketGraph
import DocketReport
import Foundation

/// Writes the task graph as Graphviz DOT: sections and tasks, units, decomposition, ownership and follow-ups.
public enum GraphDOT {
    /// Appends a quoted DOT string: backslash and quote escaped, line breaks as spaces.
    static func quote(_ s: String, into sink: ByteSink) {
        sink.append("\"")
        if s.utf8.contains(where: { $0 == 0x5C || $0 == 0x22 || $0 == 0x0A }) {
            var out = ""
            for u in s.unicodeScalars {
                switch u {
                case "\\": out += "\\\\"
                case "\"": out += "\\\""
                case "\n": out += " "
                default: out.unicodeScalars.append(u)
                }
            }
            sink.append(out)
        } else {
            sink.append(s)
        }
        sink.append("\"")
    }

    /// Renders the graph into a string.
    public static func render(_ g: TaskGraph) -> String {
        let sink = ByteSink()
        try? write(g, into: sink) // a sink in memory does not fail
        return sink.string
    }

    /// Writes the graph into a sink: sections sorted by id, then tasks, units (sorted) and edges in the graph's
    /// order, so the same graph gives the same bytes.
    public static func write(_ g: TaskGraph, into sink: ByteSink) throws {
        sink.append("digraph docket {\n  rankdir=LR;\n  node [fontname=\"Noto Sans CJK SC\"];\n")
        func node(_ id: String, _ shape: String, _ label: Substring, status: String? = nil) {
            sink.append("  ")
            quote(id, into: sink)
            sink.append(" [shape=\(shape), label=")
            quote(String(label), into: sink)
            if let status {
                sink.append(", status=")
                quote(status, into: sink)
            }
            sink.append("];\n")
        }
        for id in g.sections.keys.sorted() {
            guard let s = g.sections[id] else { continue }
            node(id, "folder", s.text.prefix(24))
        }
        for t in g.tasks {
            node(t.task.id, "box", t.task.text.prefix(24), status: t.status?.rawValue ?? "none")
            try sink.flushIfFull()
        }
        // The units with a leads or supports edge are exactly the canonical names the graph made.
        for u in Set(g.canonical.values).sorted() { node("unit:" + u, "ellipse", Substring(u)) }
        for e in g.edges {
            let style: String
            switch e.kind {
            case .decomposes: style = "color=gray"
            case .leads: style = "color=black"
            case .supports: style = "color=black, style=dashed"
            case .followsUp: style = "color=blue, label=\"跟进\""
            }
            sink.append("  ")
            quote(e.from, into: sink)
            sink.append(" -> ")
            quote(e.to, into: sink)
            sink.append(" [\(style)];\n")
            try sink.flushIfFull()
        }
        sink.append("}\n")
    }
}
