import Foundation

/// The keyword lists extraction uses, loaded from the data files in `Resources/lexicon`.
public struct Lexicon: Sendable {
    /// Endings that make a phrase a unit.
    public var unitSuffixes: KeywordSet
    /// Alias → canonical unit name.
    public var unitAliases: [String: String]
    /// Role words for leads.
    public var leadRoles: KeywordSet
    /// Role words for support units.
    public var supportRoles: KeywordSet
    /// Directive words (要, 必须).
    public var directives: KeywordSet
    /// Compounds that hold a directive character but are not directives.
    public var directiveExclusions: KeywordSet
    /// Action verbs.
    public var actionVerbs: KeywordSet
    /// Open-ended duty words.
    public var ongoingWords: KeywordSet
    /// Recurrence words.
    public var recurrenceWords: KeywordSet
    /// Status words with their status.
    public var statusWords: KeywordSet
    /// Section-role keywords with their role.
    public var sectionRoles: KeywordSet
    /// Title words with the document kind.
    public var kindWords: KeywordSet
    /// Words that open reported speech (会议强调).
    public var saidLeads: KeywordSet
    /// Units of measure for metrics.
    public var metricUnits: KeywordSet
    /// Openers of a statement of principle (坚持, 以…为), not an order.
    public var principleOpeners: KeywordSet

    /// The lexicon shipped with Docket, loaded once.
    public static let standard: Lexicon = {
        do {
            return try Lexicon(directory: nil)
        } catch {
            fatalError("the lexicon shipped with Docket cannot be read: \(error)")
        }
    }()

    /// Loads the lexicon from a folder, or from the bundled resources when `directory` is nil.
    public init(directory: URL?) throws {
        func url(_ name: String) throws -> URL {
            if let d = directory { return d.appendingPathComponent(name) }
            guard let base = Bundle.module.resourceURL else { throw CocoaError(.fileNoSuchFile) }
            return base.appendingPathComponent("lexicon").appendingPathComponent(name)
        }
        func lines(_ name: String) throws -> [String] {
            let text = try String(contentsOf: try url(name), encoding: .utf8)
            return text.split(whereSeparator: \.isNewline).map { String($0).trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty && !$0.hasPrefix("#") }
        }
        func list(_ name: String) throws -> KeywordSet { KeywordSet(try lines(name)) }
        func table(_ name: String) throws -> (KeywordSet, [(String, String)]) {
            var pairs: [(String, String)] = []
            for l in try lines(name) {
                let parts = l.split(separator: "\t", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                if parts.count == 2 { pairs.append((parts[0], parts[1])) }
            }
            var values: [String: String] = [:]
            for (k, v) in pairs where values[k] == nil { values[k] = v }
            return (KeywordSet(pairs.map(\.0), values: values), pairs)
        }
        unitSuffixes = try list("unit-suffixes.txt")
        var aliases: [String: String] = [:]
        for (k, v) in try table("unit-abbreviations.tsv").1 { aliases[k] = v }
        unitAliases = aliases
        leadRoles = try list("lead-roles.txt")
        supportRoles = try list("support-roles.txt")
        directives = try list("directive-words.txt")
        directiveExclusions = try list("directive-exclusions.txt")
        actionVerbs = try list("action-verbs.txt")
        ongoingWords = try list("ongoing-words.txt")
        recurrenceWords = try list("recurrence-words.txt")
        statusWords = try table("status-words.tsv").0
        sectionRoles = try table("section-roles.tsv").0
        kindWords = try table("kind-words.tsv").0
        saidLeads = try list("said-leads.txt")
        metricUnits = try list("metric-units.txt")
        principleOpeners = try list("principle-openers.txt")
    }
}
