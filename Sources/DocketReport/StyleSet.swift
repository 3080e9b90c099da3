import Foundation
import Mustache

/// A style folder: the templates, CSS and schema that decide how reports look.
public struct StyleSet: Sendable {
    /// The folder the style was read from.
    public var directory: URL
    /// The templates by name (`report.html`, `report.md`, `checklist.md`).
    let library: MustacheLibrary
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
        _ = FastHTMLEscape.registered
        self.directory = directory
        var templates: [String: MustacheTemplate] = [:]
        for name in ["report.html", "report.md", "checklist.md"] {
            let url = directory.appendingPathComponent(name + ".mustache")
            guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                throw Missing(description: "\(url.path): the style has no \(name) template")
            }
            do {
                templates[name] = try MustacheTemplate(string: text)
            } catch {
                throw Missing(description: "\(url.path): the template cannot be parsed: \(error)")
            }
        }
        library = MustacheLibrary(templates: templates)
        guard let css = try? String(contentsOf: directory.appendingPathComponent("report.css"), encoding: .utf8) else {
            throw Missing(description: "\(directory.path): the style has no report.css")
        }
        self.css = css
        guard let rng = try? String(contentsOf: directory.appendingPathComponent("docket.rng"), encoding: .utf8) else {
            throw Missing(description: "\(directory.path): the style has no docket.rng schema")
        }
        schema = rng
    }

    /// Finds the style: the given folder, `$DOCKET_STYLES`, `./styles`, or `styles/` beside or above the executable.
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
        throw Missing(description: "no style folder found: pass --style DIR, set DOCKET_STYLES, or run from the project folder that holds styles/")
    }

    /// Renders a template with an object.
    func render(_ object: Any, template: String) throws -> String {
        guard let s = library.render(object, withTemplate: template) else {
            throw Missing(description: "\(directory.path): no template named \(template)")
        }
        return s
    }
}
