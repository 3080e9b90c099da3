/// A Mustache template compiled once and rendered many times.
///
/// Docket's templates use a subset of Mustache: variables (`{{name}}`, escaped; `{{{name}}}` and `{{&name}}`,
/// raw), dotted names (`{{report.title}}`, `{{list.count}}`), sections (`{{#name}}…{{/name}}`) over lists, flags,
/// objects and non-empty text, inverted sections (`{{^name}}…{{/name}}`), comments (`{{! … }}`) and the
/// content-type pragma (`{{% CONTENT_TYPE: HTML}}`, or `TEXT` for no escaping). Lines that hold only a section,
/// inverted, closing or comment tag are removed, as the Mustache specification says. Escaping is on by default:
/// `< > & " '` become entities, so no text from a document can open a tag or an attribute.
///
/// Rendering looks values up through ``TemplateObject`` (generated for the report model's types) instead of
/// reflection, and writes bytes straight into a ``ByteSink`` that can stream to a file.
public struct Template: Sendable {
    indirect enum Node: Sendable {
        case text([UInt8])
        case variable([TemplateName], escaped: Bool)
        case section([TemplateName], inverted: Bool, [Node])
        case contentType(escaping: Bool)
    }

    let nodes: [Node]

    /// A template that cannot be parsed: the reason and the line.
    public struct ParseError: Error, CustomStringConvertible {
        /// What is wrong.
        public var reason: String
        /// The line of the template (1-based).
        public var line: Int
        public var description: String { "line \(line): \(reason)" }
    }

    /// Compiles a template.
    public init(_ source: String) throws {
        var p = TemplateParser(Array(source.utf8))
        nodes = try p.parse()
    }

    /// Renders the template with a root object into a sink.
    public func render(_ root: any TemplateObject, into sink: ByteSink) throws {
        var stack: [TemplateValue] = [.object(root)]
        var escaping = true
        try Self.render(nodes, &stack, &escaping, sink)
    }

    /// Renders the template with a root object into a string.
    public func render(_ root: any TemplateObject) throws -> String {
        let sink = ByteSink()
        try render(root, into: sink)
        return sink.string
    }

    static func render(_ nodes: [Node], _ stack: inout [TemplateValue], _ escaping: inout Bool, _ sink: ByteSink) throws {
        for node in nodes {
            switch node {
            case .text(let bytes):
                sink.append(bytes)
            case .contentType(let e):
                escaping = e
            case .variable(let path, let escaped):
                guard let v = lookup(path, stack) else { continue }
                switch v {
                case .text(let s): if escaped && escaping { sink.appendEscaped(s) } else { sink.append(s) }
                case .number(let n): sink.append(String(n))
                case .flag(let b): sink.append(b ? "true" : "false")
                case .list(let l): sink.append(String(l.count))
                case .object: break
                }
            case .section(let path, let inverted, let body):
                let v = lookup(path, stack)
                if inverted {
                    if !(v?.isTruthy ?? false) { try render(body, &stack, &escaping, sink) }
                    continue
                }
                guard let v, v.isTruthy else { continue }
                switch v {
                case .list(let l):
                    for i in 0..<l.count {
                        stack.append(l.element(at: i))
                        try render(body, &stack, &escaping, sink)
                        stack.removeLast()
                    }
                case .object, .text, .number:
                    stack.append(v)
                    try render(body, &stack, &escaping, sink)
                    stack.removeLast()
                case .flag:
                    try render(body, &stack, &escaping, sink)
                }
            }
            try sink.flushIfFull()
        }
    }

    /// Finds a dotted name: its first part in the nearest object of the stack that has it, the rest inside that.
    static func lookup(_ path: [TemplateName], _ stack: [TemplateValue]) -> TemplateValue? {
        guard let first = path.first else { return stack.last }
        var found: TemplateValue?
        for v in stack.reversed() {
            if let c = v.child(first) { found = c; break }
        }
        guard var cur = found else { return nil }
        for name in path.dropFirst() {
            guard let c = cur.child(name) else { return nil }
            cur = c
        }
        return cur
    }
}

/// Reads template source into nodes, removing standalone tag lines.
struct TemplateParser {
    let s: [UInt8]
    var i = 0
    var line = 1

    init(_ s: [UInt8]) { self.s = s }

    enum Tag {
        case variable(String, escaped: Bool)
        case open(String, inverted: Bool)
        case close(String)
        case comment
        case pragma(String)
    }

    mutating func parse() throws -> [Template.Node] {
        // A stack of open sections: name, inverted, nodes so far.
        var frames: [(name: String, inverted: Bool, nodes: [Template.Node], line: Int)] = [("", false, [], 0)]
        var text: [UInt8] = []
        var lineStart = 0
        func flushText() {
            if !text.isEmpty { frames[frames.count - 1].nodes.append(.text(text)); text = [] }
        }
        while i < s.count {
            guard s[i] == 0x7B, i + 1 < s.count, s[i + 1] == 0x7B else {
                if s[i] == 0x0A { line += 1; lineStart = i + 1 }
                text.append(s[i])
                i += 1
                continue
            }
            let tagStart = i
            let tag = try readTag()
            let tagEnd = i
            // Standalone: the only tag on its line, with blanks before it and blanks then a line end after it:
            // the whole line goes.
            switch tag {
            case .open, .close, .comment, .pragma:
                let before = s[lineStart..<tagStart].allSatisfy { $0 == 0x20 || $0 == 0x09 }
                var j = tagEnd
                while j < s.count && (s[j] == 0x20 || s[j] == 0x09) { j += 1 }
                let after = j == s.count || s[j] == 0x0A || (s[j] == 0x0D && j + 1 < s.count && s[j + 1] == 0x0A)
                if before && after {
                    text.removeLast(tagStart - lineStart)
                    if j < s.count { i = j + (s[j] == 0x0D ? 2 : 1); line += 1 } else { i = j }
                    lineStart = i
                }
            case .variable:
                break
            }
            switch tag {
            case .variable(let name, let escaped):
                flushText()
                frames[frames.count - 1].nodes.append(.variable(Self.path(name), escaped: escaped))
            case .open(let name, let inverted):
                flushText()
                frames.append((name, inverted, [], line))
            case .close(let name):
                flushText()
                guard frames.count > 1, let top = frames.last, top.name == name else {
                    throw Template.ParseError(reason: "{{/\(name)}} closes no open section" + (frames.count > 1 ? " (\(frames[frames.count - 1].name) is open)" : ""), line: line)
                }
                frames.removeLast()
                frames[frames.count - 1].nodes.append(.section(Self.path(name), inverted: top.inverted, top.nodes))
            case .comment:
                break
            case .pragma(let p):
                let value = p.split(separator: ":").dropFirst().joined(separator: ":").trimmingCharacters(in: [" "]).uppercased()
                if p.uppercased().hasPrefix("CONTENT_TYPE") {
                    flushText()
                    frames[frames.count - 1].nodes.append(.contentType(escaping: value != "TEXT"))
                }
            }
        }
        flushText()
        if frames.count > 1, let open = frames.last {
            throw Template.ParseError(reason: "{{#\(open.name)}} is never closed", line: open.line)
        }
        return frames[0].nodes
    }

    static func path(_ name: String) -> [TemplateName] {
        name == "." ? [] : name.split(separator: ".").map { TemplateName(String($0)) }
    }

    /// Reads one tag at `i` (which is at `{{`), leaving `i` after it.
    mutating func readTag() throws -> Tag {
        let startLine = line
        i += 2
        var triple = false
        if i < s.count && s[i] == 0x7B { triple = true; i += 1 }
        let bodyStart = i
        let close: [UInt8] = triple ? [0x7D, 0x7D, 0x7D] : [0x7D, 0x7D]
        while i + close.count <= s.count && !s[i..<(i + close.count)].elementsEqual(close) {
            if s[i] == 0x0A { line += 1 }
            i += 1
        }
        guard i + close.count <= s.count else { throw Template.ParseError(reason: "a tag is never closed", line: startLine) }
        let body = String(decoding: s[bodyStart..<i], as: UTF8.self).trimmingCharacters(in: [" ", "\t", "\n"])
        i += close.count
        if triple { return .variable(body, escaped: false) }
        guard let first = body.first else { throw Template.ParseError(reason: "an empty tag", line: startLine) }
        let rest = String(body.dropFirst()).trimmingCharacters(in: [" ", "\t", "\n"])
        switch first {
        case "#": return .open(rest, inverted: false)
        case "^": return .open(rest, inverted: true)
        case "/": return .close(rest)
        case "!": return .comment
        case "&": return .variable(rest, escaped: false)
        case "%": return .pragma(rest)
        case ">", "<", "$", "=":
            throw Template.ParseError(reason: "{{\(first)…}} (partials, blocks and delimiters) is not supported by Docket's templates", line: startLine)
        default: return .variable(body, escaped: true)
        }
    }
}
