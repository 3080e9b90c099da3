/// Writes indented XML straight into a sink, escaping as libxml2's text writer does.
///
/// The layout is libxml2's with indentation on (two spaces a level; an element holding text on one line; an
/// element with children has its end tag on a line of its own), so the report reads the same as before, and
/// the schema check still goes through libxml2. Characters XML 1.0 cannot hold are dropped.
struct XMLText {
    let sink: ByteSink
    private var open: [String] = []
    /// Whether the innermost open element has had a child (its end tag then goes on its own line).
    private var hasChildren: [Bool] = []

    init(_ sink: ByteSink) {
        self.sink = sink
        sink.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
    }

    /// Writes `<name attrs` (the tag is finished by a child, by text, or by ``end()`` as `/>`).
    private mutating func openTag(_ name: String, _ attributes: [(String, String)]) {
        if !hasChildren.isEmpty {
            if !hasChildren[hasChildren.count - 1] { sink.append(">\n") }
            hasChildren[hasChildren.count - 1] = true
        }
        sink.append(repeating: 0x20, count: 2 * open.count)
        sink.append(byte: 0x3C)
        sink.append(name)
        for (k, v) in attributes {
            sink.append(" ")
            sink.append(k)
            sink.append("=\"")
            Self.escape(v, attribute: true, into: sink)
            sink.append("\"")
        }
    }

    /// Opens an element.
    mutating func start(_ name: String, _ attributes: [(String, String)] = []) {
        openTag(name, attributes)
        open.append(name)
        hasChildren.append(false)
    }

    /// Closes the innermost open element (`<name/>` when it has no content).
    mutating func end() {
        guard let name = open.popLast(), let had = hasChildren.popLast() else { return }
        guard had else { sink.append("/>\n"); return }
        sink.append(repeating: 0x20, count: 2 * open.count)
        sink.append("</")
        sink.append(name)
        sink.append(">\n")
    }

    /// Writes an element holding only text.
    mutating func element(_ name: String, _ text: String, _ attributes: [(String, String)] = []) {
        openTag(name, attributes)
        sink.append(">")
        Self.escape(text, attribute: false, into: sink)
        sink.append("</")
        sink.append(name)
        sink.append(">\n")
    }

    /// Whether XML 1.0 can hold a character (tab, line feed, carriage return, and from U+0020 on, but for the
    /// non-characters U+FFFE and U+FFFF; a Swift string holds no lone surrogate).
    static func allowed(_ u: Unicode.Scalar) -> Bool {
        let x = u.value
        return x == 0x9 || x == 0xA || x == 0xD || (x >= 0x20 && x != 0xFFFE && x != 0xFFFF)
    }

    /// Appends text escaped: & < > always, and in attributes " and the white-space controls as character references.
    static func escape(_ s: String, attribute: Bool, into sink: ByteSink) {
        let special = s.utf8.contains { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 < 0x20 || $0 == 0xEF }
        guard special else { sink.append(s); return }
        var out = ""
        for u in s.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\r": out += "&#13;"
            case "\"" where attribute: out += "&quot;"
            case "\n" where attribute: out += "&#10;"
            case "\t" where attribute: out += "&#9;"
            default:
                if allowed(u) { out.unicodeScalars.append(u) }
            }
        }
        sink.append(out)
    }
}
