import DocketModel
import DocketXML

/// Reads a government web page: finds the article body and keeps its headings, paragraphs, lists and tables.
public struct HTMLReader: Reader {
    /// Creates the reader.
    public init() {}
    public var format: String { "html" }
    public var extensions: [String] { ["html", "htm", "shtml", "xhtml"] }

    /// Elements whose content is never part of the article.
    static let dropped: Set<String> = ["script", "style", "noscript", "nav", "header", "footer", "form", "iframe",
                                       "select", "button", "head", "aside", "object", "embed", "svg", "canvas", "template", "img", "input"]
    static let blockNames: Set<String> = ["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "table", "ul", "ol",
                                          "section", "article", "blockquote", "center", "dl", "dt", "dd", "pre", "tbody", "thead", "tr", "main", "font", "span"]

    public func read(path: String, bytes: [UInt8], limits: ReadLimits) throws -> ReadOutcome {
        if bytes.isEmpty { throw ReadError(id: "read.empty", "the file is empty") }
        if TextDecoder.looksBinary(bytes[...]) && !(bytes.count >= 2 && (bytes[0] == 0xFF || bytes[0] == 0xFE)) {
            throw ReadError(id: "read.binary", "the file is binary, not HTML")
        }
        let encoding = Self.charset(bytes)
        let root: XMLElement
        do {
            root = try XMLParser.parseHTML(bytes, encoding: encoding, limits: XMLLimits(maxDepth: limits.maxDepth, refuseDoctype: false))
        } catch {
            let reason = "\(error)"
            throw ReadError(id: reason.contains("deeper") ? "read.too-deep" : "read.html", reason)
        }
        var builder = DocumentBuilder()
        let body = Self.articleBody(root)
        if let title = Self.pageTitle(root), !Self.contains(body, text: title) {
            builder.add(.heading, title, level: 1)
        }
        Self.emit(body, into: &builder)
        let doc = builder.document(path: path, format: format)
        if doc.blocks.isEmpty { throw ReadError(id: "read.empty", "the page holds no text") }
        return ReadOutcome(document: doc, diagnostics: builder.reflowNote(path: path).map { [$0] } ?? [])
    }

    /// The charset the page declares, mapped to what libxml2 should decode with.
    static func charset(_ bytes: [UInt8]) -> String {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { return "UTF-8" }
        if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE { return "UTF-16LE" }
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF { return "UTF-16BE" }
        let head = String(decoding: bytes.prefix(4096).map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self).lowercased()
        if let r = head.range(of: "charset=") {
            var label = ""
            for c in head[r.upperBound...] {
                if c == "\"" || c == "'" { if label.isEmpty { continue } else { break } }
                if c.isLetter || c.isNumber || c == "-" || c == "_" { label.append(c) } else { break }
            }
            if label.hasPrefix("gb") || label == "x-gbk" || label == "cp936" { return "GB18030" }
            if !label.isEmpty { return label.uppercased() }
        }
        return String(validating: bytes, as: UTF8.self) != nil ? "UTF-8" : "GB18030"
    }

    static func pageTitle(_ root: XMLElement) -> String? {
        var found: String?
        func walk(_ e: XMLElement) {
            if found != nil || dropped.contains(e.name) && e.name != "head" { return }
            if e.name == "h1" { found = DocumentBuilder.clean(e.text); return }
            for c in e.elements { walk(c) }
        }
        walk(root)
        return found.flatMap { $0.isEmpty ? nil : $0 }
    }

    static func contains(_ e: XMLElement, text: String) -> Bool {
        DocumentBuilder.clean(visibleText(e)).contains(text)
    }

    static func visibleText(_ e: XMLElement) -> String {
        var out = ""
        func walk(_ x: XMLElement) {
            if dropped.contains(x.name) { return }
            for c in x.children {
                switch c {
                case .text(let t): out += t
                case .element(let y): walk(y)
                }
            }
        }
        walk(e)
        return out
    }

    /// The element that holds the article: the one whose own paragraphs carry the most text.
    static func articleBody(_ root: XMLElement) -> XMLElement {
        var best: (score: Int, element: XMLElement)?
        func score(_ e: XMLElement) -> Int {
            var s = 0
            for c in e.children {
                switch c {
                case .text(let t): s += cjkCount(t)
                case .element(let x):
                    if dropped.contains(x.name) { continue }
                    if ["p", "h1", "h2", "h3", "h4", "br", "font", "span", "strong", "b"].contains(x.name) { s += cjkCount(visibleText(x)) }
                }
            }
            return s
        }
        func walk(_ e: XMLElement, depth: Int) {
            if dropped.contains(e.name) || depth > 200 { return }
            let s = score(e)
            if s > 0, s > (best?.score ?? 0) { best = (s, e) }
            for c in e.elements { walk(c, depth: depth + 1) }
        }
        walk(root, depth: 0)
        return best?.element ?? root
    }

    static func cjkCount(_ s: String) -> Int {
        var n = 0
        for u in s.unicodeScalars where u.value >= 0x3000 { n += 1 }
        return n
    }

    /// Emits blocks for an element's content: text runs between block elements become paragraphs.
    static func emit(_ e: XMLElement, into b: inout DocumentBuilder) {
        var run = ""
        func flush() {
            if !run.isEmpty { b.add(.paragraph, run); run = "" }
        }
        for c in e.children {
            switch c {
            case .text(let t): run += t
            case .element(let x):
                if dropped.contains(x.name) { continue }
                switch x.name {
                case "br": flush()
                case "h1", "h2", "h3", "h4", "h5", "h6":
                    flush()
                    b.add(.heading, visibleText(x), level: Int(String(x.name.dropFirst())) ?? 1)
                case "li":
                    flush()
                    if x.elements.contains(where: { blockNames.contains($0.name) && $0.name != "span" && $0.name != "font" }) { emit(x, into: &b) } else { b.add(.listItem, visibleText(x), level: 1) }
                case "table":
                    flush()
                    emitTable(x, into: &b)
                case "p":
                    flush()
                    if x.elements.contains(where: { $0.name == "br" || $0.name == "table" || $0.name == "div" || $0.name == "p" }) { emit(x, into: &b); flush() } else { b.add(.paragraph, visibleText(x)) }
                default:
                    if blockNames.contains(x.name) && !(x.name == "span" || x.name == "font") {
                        flush()
                        emit(x, into: &b)
                    } else if x.elements.contains(where: { $0.name == "br" || $0.name == "p" || $0.name == "div" }) {
                        emit(x, into: &b)
                    } else {
                        run += visibleText(x)
                    }
                }
            }
        }
        flush()
    }

    static func emitTable(_ t: XMLElement, into b: inout DocumentBuilder) {
        var rows: [XMLElement] = []
        func collect(_ e: XMLElement) {
            for x in e.elements {
                if x.name == "tr" { rows.append(x) } else if ["tbody", "thead", "tfoot"].contains(x.name) { collect(x) }
            }
        }
        collect(t)
        // A layout table (one cell per row holding paragraphs) is read as its content.
        let isLayout = rows.allSatisfy { $0.elements.filter { $0.name == "td" || $0.name == "th" }.count <= 1 }
        if isLayout {
            for r in rows { for c in r.elements where c.name == "td" || c.name == "th" { emit(c, into: &b) } }
            return
        }
        b.startTable()
        for (i, r) in rows.enumerated() {
            let cells = r.elements.filter { $0.name == "td" || $0.name == "th" }
            var texts: [String] = []
            for c in cells {
                let span = Int(c.attribute("colspan") ?? "1") ?? 1
                texts.append(visibleText(c))
                if span > 1 { texts.append(contentsOf: Array(repeating: "", count: min(span, 50) - 1)) }
            }
            b.addRow(texts, row: i + 1)
        }
    }
}
