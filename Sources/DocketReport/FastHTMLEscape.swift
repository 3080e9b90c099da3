import Mustache

/// Escapes text for HTML exactly as swift-mustache's default does (< > & " '), but returns the text itself when
/// it holds none of them, which is nearly always. Templates opt in with `{{% CONTENT_TYPE: DOCKET_HTML}}`;
/// a template without the pragma still gets swift-mustache's own escaping.
struct FastHTMLEscape: MustacheContentType {
    func escapeText(_ text: String) -> String {
        var needs = false
        for b in text.utf8 where b == 0x3C || b == 0x3E || b == 0x26 || b == 0x22 || b == 0x27 {
            needs = true
            break
        }
        guard needs else { return text }
        var out = [UInt8]()
        out.reserveCapacity(text.utf8.count + 16)
        for b in text.utf8 {
            switch b {
            case 0x3C: out += Array("&lt;".utf8)
            case 0x3E: out += Array("&gt;".utf8)
            case 0x26: out += Array("&amp;".utf8)
            case 0x22: out += Array("&quot;".utf8)
            case 0x27: out += Array("&#39;".utf8)
            default: out.append(b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Registers the content type once.
    static let registered: Bool = {
        MustacheContentTypes.register(FastHTMLEscape(), named: "DOCKET_HTML")
        return true
    }()
}
