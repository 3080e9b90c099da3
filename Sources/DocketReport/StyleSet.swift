import Foundation

/// A style folder: the templates, CSS and schema that decide how reports look.
public struct StyleSet: Sendable {
    /// The folder the style was read from.
    public var directory: URL
    /// The templates by name (`report.html`, `report.md`, `checklist.md`).
    let templates: [String: Template]
    /// The CSS inlined into the HTML report.
    public var css: String
    /// The RELAX NG schema the XML report must satisfy.
    public var schema: String

    /// An error finding or reading a style.
    public struct Missing: Error, CustomStringConvertible {
        public var description: String
    }

    static let required = ["report.html.mustache", "report.md.mustache", "checklist.md.mustache", "report.css", "docket.rng"]

    /// Reads a style folder.
    public init(directory: URL) throws {
        var files: [String: String] = [:]
        for name in Self.required {
            let url = directory.appendingPathComponent(name)
            guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                throw Missing(description: "\(url.path): the style has no \(name)")
            }
            files[name] = text
        }
        try self.init(files: files, directory: directory)
    }

    /// The default style, embedded in the tool (generated from styles/ by scripts/embed-styles.py).
    public static func embedded() throws -> StyleSet {
        try StyleSet(files: DefaultStyle.files, directory: URL(fileURLWithPath: "(built-in)"))
    }

    /// The embedded text of a default style file, by name.
    public static func embeddedFile(_ name: String) -> String? { DefaultStyle.files[name] }

    init(files: [String: String], directory: URL) throws {
        self.directory = directory
        var templates: [String: Template] = [:]
        for name in ["report.html", "report.md", "checklist.md"] {
            guard let text = files[name + ".mustache"] else { throw Missing(description: "\(directory.path): the style has no \(name) template") }
            do {
                templates[name] = try Template(text)
            } catch {
                throw Missing(description: "\(directory.path)/\(name).mustache: the template cannot be parsed: \(error)")
            }
        }
        self.templates = templates
        guard let css = files["report.css"] else { throw Missing(description: "\(directory.path): the style has no report.css") }
        self.css = css
        guard let rng = files["docket.rng"] else { throw Missing(description: "\(directory.path): the style has no docket.rng schema") }
        schema = rng
    }

    /// Finds the style: the given folder, `$DOCKET_STYLES`, `./styles`, `styles/` beside or above the executable,
    /// and else the default style built into the tool.
    public static func locate(_ explicit: String?) throws -> StyleSet {
        if let e = explicit { return try StyleSet(directory: URL(fileURLWithPath: e)) }
        var candidates: [URL] = []
        if let env = ProcessInfo.processInfo.environment["DOCKET_STYLES"] { candidates.append(URL(fileURLWithPath: env)) }
        candidates.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("styles"))
        var dir = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            candidates.append(dir.appendingPathComponent("styles"))
            candidates.append(dir.appendingPathComponent("share/docket/styles"))
            dir = dir.deletingLastPathComponent()
        }
        for c in candidates where FileManager.default.fileExists(atPath: c.appendingPathComponent("report.html.mustache").path) {
            return try StyleSet(directory: c)
        }
        return try embedded()
    }

    /// Renders a template with an object into a sink.
    func render(_ object: any TemplateObject, template: String, into sink: ByteSink) throws {
        guard let t = templates[template] else {
            throw Missing(description: "\(directory.path): no template named \(template)")
        }
        try t.render(object, into: sink)
    }

    /// Renders a template with an object into a string.
    func render(_ object: any TemplateObject, template: String) throws -> String {
        let sink = ByteSink()
        try render(object, template: template, into: sink)
        return sink.string
    }
}
