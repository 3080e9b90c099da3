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
    ///
    /// Works on the UTF-8 bytes: every byte to replace or drop is below 0x3F or opens U+FFFE/U+FFFF (EF BF BE/BF),
    /// so plain Chinese text (full-width punctuation opens with EF too) is copied in runs.
    static func escape(_ s: String, attribute: Bool, into sink: ByteSink) {
        var s = s
        s.withUTF8 { u in
            let n = u.count
            var start = 0, k = 0
            func flush(_ end: Int) {
                if end > start { sink.append(UnsafeBufferPointer(rebasing: u[start..<end])) }
            }
            while k < n {
                let b = u[k]
                if b >= 0x3F && b != 0xEF { k += 1; continue }
                var replacement: StaticString?
                var drop = 0
                switch b {
                case 0x26: replacement = "&amp;"
                case 0x3C: replacement = "&lt;"
                case 0x3E: replacement = "&gt;"
                case 0x0D: replacement = "&#13;"
                case 0x22 where attribute: replacement = "&quot;"
                case 0x0A where attribute: replacement = "&#10;"
                case 0x09 where attribute: replacement = "&#9;"
                case 0xEF:
                    // U+FFFE and U+FFFF: not characters XML 1.0 can hold.
                    if k + 2 < n, u[k + 1] == 0xBF, u[k + 2] == 0xBE || u[k + 2] == 0xBF { drop = 3 }
                default:
                    // The other C0 controls cannot be held either.
                    if b < 0x20 && b != 0x09 && b != 0x0A { drop = 1 }
                }
                if let r = replacement {
                    flush(k)
                    sink.append(UnsafeBufferPointer(start: r.utf8Start, count: r.utf8CodeUnitCount))
                    k += 1
                    start = k
                } else if drop > 0 {
                    flush(k)
                    k += drop
                    start = k
                } else {
                    k += 1
                }
            }
            flush(n)
        }
    }
}
