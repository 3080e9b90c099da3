import CLibXML2

// The one file that talks to libxml2. No C pointer leaves it: parsed documents are copied
// into Swift values (`XMLElement`), and C memory is freed in `deinit` of the owning class.

/// Initialises libxml2 once, before any thread uses it (its global state is not safe to set up concurrently).
private let libxmlReady: Bool = {
    xmlInitParser()
    return true
}()

/// Makes sure libxml2 is initialised and its generic error printing is off for this thread.
func prepareLibXML() {
    _ = libxmlReady
    docket_xml_silence()
}

/// A node of a parsed XML or HTML tree, copied out of libxml2.
public enum XMLContent: Sendable {
    /// An element.
    case element(XMLElement)
    /// Character data.
    case text(String)
}

/// An element of a parsed tree.
public struct XMLElement: Sendable {
    /// The local name (`p`, `tbl`); lower-cased for HTML.
    public var name: String
    /// The namespace prefix as written (`w`), if any.
    public var prefix: String?
    /// The attributes by qualified name (`w:val`), in document order.
    public var attributes: [(name: String, value: String)]
    /// The children in document order.
    public var children: [XMLContent]

    /// The value of an attribute by qualified or local name.
    public func attribute(_ name: String) -> String? {
        if let a = attributes.first(where: { $0.name == name }) { return a.value }
        return attributes.first(where: { $0.name.split(separator: ":").last.map(String.init) == name })?.value
    }

    /// The child elements.
    public var elements: [XMLElement] {
        children.compactMap { if case .element(let e) = $0 { return e } else { return nil } }
    }

    /// The child elements with a local name.
    public func elements(named n: String) -> [XMLElement] { elements.filter { $0.name == n } }

    /// The first child element with a local name.
    public func first(_ n: String) -> XMLElement? { elements.first { $0.name == n } }

    /// All text below this element, concatenated.
    public var text: String {
        var out = ""
        func walk(_ e: XMLElement) {
            for c in e.children {
                switch c {
                case .text(let t): out += t
                case .element(let x): walk(x)
                }
            }
        }
        walk(self)
        return out
    }
}

/// Why libxml2 could not give a tree.
public struct XMLParseError: Error, Sendable, CustomStringConvertible {
    /// What went wrong.
    public var reason: String
    public var description: String { reason }
}

/// Limits that keep a hostile document from costing time or memory.
public struct XMLLimits: Sendable {
    /// The deepest element nesting copied out; deeper content is dropped and reported.
    public var maxDepth: Int
    /// The most text characters copied out of one document.
    public var maxTextScalars: Int
    /// Whether a DOCTYPE with an internal subset is refused (always for Word parts).
    public var refuseDoctype: Bool

    /// Creates limits.
    public init(maxDepth: Int = 256, maxTextScalars: Int = 50_000_000, refuseDoctype: Bool = true) {
        self.maxDepth = maxDepth
        self.maxTextScalars = maxTextScalars
        self.refuseDoctype = refuseDoctype
    }
}

/// Parses XML and HTML with libxml2, safely: no network, no external entities, no entity substitution.
public enum XMLParser {
    /// Parses an XML document (a Word part, a schema) into a tree.
    ///
    /// External entities are never loaded (`XML_PARSE_NOENT`, `DTDLOAD` and `HUGE` are never passed, and
    /// `NONET` is), and a document with a DOCTYPE internal subset is refused when the limits say so.
    public static func parseXML(_ bytes: [UInt8], limits: XMLLimits = XMLLimits()) throws -> XMLElement {
        prepareLibXML()
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
                            | XML_PARSE_NOCDATA.rawValue)
        let owner = try bytes.withUnsafeBufferPointer { buf -> DocOwner in
            guard let base = buf.baseAddress else { throw XMLParseError(reason: "empty XML part") }
            let raw = UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self)
            guard let doc = xmlReadMemory(raw, Int32(clamping: buf.count), "part.xml", "UTF-8", options) else {
                throw XMLParseError(reason: "malformed XML: \(lastError())")
            }
            return DocOwner(doc)
        }
        if limits.refuseDoctype, owner.doc.pointee.intSubset != nil {
            throw XMLParseError(reason: "XML part declares a DOCTYPE (entities are not allowed in Office files)")
        }
        guard let root = xmlDocGetRootElement(owner.doc) else { throw XMLParseError(reason: "XML part has no root element") }
        var budget = limits.maxTextScalars
        return copy(root, depth: 0, limits: limits, budget: &budget, html: false)
    }

    /// Parses an HTML page into a tree, recovering from errors, with no network access.
    ///
    /// `encoding` is the charset to decode with (`UTF-8`, `GB18030`); gb2312 and gbk labels must be
    /// passed as GB18030, since pages that declare gb2312 hold GBK-only characters.
    public static func parseHTML(_ bytes: [UInt8], encoding: String, limits: XMLLimits = XMLLimits(refuseDoctype: false)) throws -> XMLElement {
        prepareLibXML()
        xmlResetLastError()
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
                            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NOBLANKS.rawValue)
        let owner = try bytes.withUnsafeBufferPointer { buf -> DocOwner in
            guard let base = buf.baseAddress else { throw XMLParseError(reason: "empty HTML file") }
            let raw = UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self)
            guard let doc = htmlReadMemory(raw, Int32(clamping: buf.count), "page.html", encoding, options) else {
                throw XMLParseError(reason: "HTML could not be parsed: \(lastError())")
            }
            return DocOwner(doc)
        }
        guard let root = xmlDocGetRootElement(owner.doc) else { throw XMLParseError(reason: "HTML has no root element") }
        var budget = limits.maxTextScalars
        let tree = copy(root, depth: 0, limits: limits, budget: &budget, html: true)
        let err = lastError()
        if err.contains("depth") || err.contains("Excessive") {
            throw XMLParseError(reason: "the page nests its elements deeper than \(limits.maxDepth) levels (\(err)); it was not read")
        }
        return tree
    }

    private static func lastError() -> String {
        guard let err = xmlGetLastError(), let msg = err.pointee.message else { return "unknown error" }
        return String(cString: msg).trimmingNewlines()
    }

    private static func copy(_ node: UnsafeMutablePointer<xmlNode>, depth: Int, limits: XMLLimits, budget: inout Int, html: Bool) -> XMLElement {
        let name = node.pointee.name.map { String(cString: $0) } ?? ""
        var prefix: String?
        if let ns = node.pointee.ns, let p = ns.pointee.prefix { prefix = String(cString: p) }
        var attrs: [(String, String)] = []
        var a = node.pointee.properties
        while let attr = a {
            var aname = attr.pointee.name.map { String(cString: $0) } ?? ""
            if let ns = attr.pointee.ns, let p = ns.pointee.prefix { aname = String(cString: p) + ":" + aname }
            var value = ""
            if let v = xmlNodeListGetString(node.pointee.doc, attr.pointee.children, 1) {
                value = String(cString: v)
                docket_xml_free(v)
            }
            attrs.append((aname, value))
            a = attr.pointee.next
        }
        var children: [XMLContent] = []
        var c = node.pointee.children
        while let child = c {
            switch child.pointee.type {
            case XML_ELEMENT_NODE:
                if depth + 1 < limits.maxDepth {
                    children.append(.element(copy(child, depth: depth + 1, limits: limits, budget: &budget, html: html)))
                }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if budget > 0, let content = child.pointee.content {
                    let s = String(cString: content)
                    budget -= s.unicodeScalars.count
                    children.append(.text(s))
                }
            default:
                // Entity references are not substituted (no XML_PARSE_NOENT), so they are skipped here:
                // nothing from a DTD ever reaches the document text.
                break
            }
            c = child.pointee.next
        }
        return XMLElement(name: html ? name.lowercased() : name, prefix: prefix, attributes: attrs, children: children)
    }
}

/// Owns a parsed libxml2 document and frees it.
private final class DocOwner {
    let doc: xmlDocPtr
    init(_ doc: xmlDocPtr) { self.doc = doc }
    deinit { xmlFreeDoc(doc) }
}

/// Validates XML against a RELAX NG schema with libxml2.
public enum RelaxNG {
    /// Validates a document; returns the validation messages, empty when valid.
    public static func validate(xml: String, schema: String) -> [String] {
        prepareLibXML()
        // The parser context reads the schema bytes in place: keep them alive for the whole validation.
        let schemaBytes = Array(schema.utf8)
        return schemaBytes.withUnsafeBufferPointer { b -> [String] in
            guard let base = b.baseAddress,
                  let pctx = xmlRelaxNGNewMemParserCtxt(UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self), Int32(b.count)) else {
                return ["could not read the schema"]
            }
            defer { xmlRelaxNGFreeParserCtxt(pctx) }
            guard let rng = xmlRelaxNGParse(pctx) else { return ["the schema is not valid RELAX NG: \(lastErrorMessage())"] }
            defer { xmlRelaxNGFree(rng) }
            return validate(xml: xml, with: rng)
        }
    }

    private static func validate(xml: String, with rng: xmlRelaxNGPtr) -> [String] {
        guard let vctx = xmlRelaxNGNewValidCtxt(rng) else { return ["could not create a validation context"] }
        defer { xmlRelaxNGFreeValidCtxt(vctx) }
        let messages = MessageSink()
        let box = Unmanaged.passUnretained(messages).toOpaque()
        xmlRelaxNGSetValidStructuredErrors(vctx, { ctx, err in
            guard let ctx, let err, let m = err.pointee.message else { return }
            let sink = Unmanaged<MessageSink>.fromOpaque(ctx).takeUnretainedValue()
            sink.items.append("line \(err.pointee.line): " + String(cString: m).trimmingNewlines())
        }, box)
        let bytes = Array(xml.utf8)
        let owner: DocOwner? = bytes.withUnsafeBufferPointer { b in
            guard let base = b.baseAddress,
                  let d = xmlReadMemory(UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self), Int32(clamping: b.count),
                                        "report.xml", "UTF-8", Int32(XML_PARSE_NONET.rawValue)) else { return nil }
            return DocOwner(d)
        }
        guard let owner else { return ["the document is not well-formed XML"] }
        let rc = withExtendedLifetime(messages) { xmlRelaxNGValidateDoc(vctx, owner.doc) }
        if rc != 0 && messages.items.isEmpty { messages.items.append("not valid (code \(rc))") }
        return rc == 0 ? [] : messages.items
    }
}

private func lastErrorMessage() -> String {
    guard let err = xmlGetLastError(), let msg = err.pointee.message else { return "unknown error" }
    return String(cString: msg)
}

private final class MessageSink {
    var items: [String] = []
}

extension String {
    fileprivate func trimmingNewlines() -> String {
        var s = self
        while let l = s.last, l == "\n" || l == "\r" { s.removeLast() }
        return s
    }
}
