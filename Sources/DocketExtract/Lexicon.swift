import DocketModel
import Foundation

/// The keyword lists extraction uses, loaded from the data files in `Resources/lexicon`.
public final class Lexicon: Sendable {
    /// Endings that make a phrase a unit.
    public let unitSuffixes: KeywordSet
    /// Alias → canonical unit name.
    public let unitAliases: [String: String]
    /// Role words for leads.
    public let leadRoles: KeywordSet
    /// Role words for support units.
    public let supportRoles: KeywordSet
    /// Directive words (要, 必须).
    public let directives: KeywordSet
    /// Compounds that hold a directive character but are not directives.
    public let directiveExclusions: KeywordSet
    /// Action verbs.
    public let actionVerbs: KeywordSet
    /// Open-ended duty words.
    public let ongoingWords: KeywordSet
    /// Recurrence words.
    public let recurrenceWords: KeywordSet
    /// Status cues with their status and strength, in file order.
    public let statusCues: [StatusCue]
    /// Section-role keywords with their role.
    public let sectionRoles: KeywordSet
    /// Title words with the document kind.
    public let kindWords: KeywordSet
    /// Words that open reported speech (会议强调).
    public let saidLeads: KeywordSet
    /// Units of measure for metrics.
    public let metricUnits: KeywordSet
    /// Openers of a statement of principle (坚持, 以…为), not an order.
    public let principleOpeners: KeywordSet
    /// Verbs that, right after a unit, make it the owner of a duty (海关总署要…).
    public let ownerVerbs: KeywordSet
    /// Verbs that make a unit the owner after 由 or 请 (由财政部负责).
    public let byVerbs: KeywordSet
    /// Words that end like a unit but are not units (部署, 布局, 社会).
    public let unitStopwords: KeywordSet
    /// Words before a unit that make it encouraged, not responsible (鼓励, 支持).
    public let notOwnerOpeners: KeywordSet
    /// What may follow 有关/相关 in an addressee without a unit suffix (方面, 地区, 企业).
    public let relativeAddressees: KeywordSet
    /// Field labels of a handled suggestion's record (代表反馈, 办复内容), cut whole from a unit list they run into.
    public let recordLabels: KeywordSet
    /// Endings of a label that opens the answer given to the item above (…研究提出了办理意见：, 整改情况：).
    public let replyLabels: KeywordSet
    /// Endings of a field label that names a person (牵头负责领导, 责任人): the field holds no unit.
    public let personLabels: [String]

    /// Whether a field label or a table header names a person, not a unit (牵头负责领导, 责任领导, 责任人).
    public func namesAPerson(_ label: String) -> Bool { personLabels.contains { label.hasSuffix($0) } }

    /// The side on which a field label puts the units of its value.
    public enum UnitSide: Sendable { case lead, support }

    /// The side a field label puts its units on: support where a support word occurs in it (协同责任单位：), lead where
    /// a lead word does (牵头单位：); none for a person's field (牵头负责领导：) or any other label.
    public func unitSide(ofLabel label: String) -> UnitSide? {
        if namesAPerson(label) { return nil }
        if supportRoles.occurs(in: label) { return .support }
        return leadRoles.occurs(in: label) ? .lead : nil
    }
    /// Words of a table's header cells and the column each names (牵头 → lead, 完成时限 → deadline), in the order tried.
    public let columnHeaders: [(String, String)]
    /// Bare collective words that address every body of a kind (乡镇, 街道), as 各地 does.
    public let collectiveAddressees: Set<String>
    /// Words that make a sentence without a directive word a statement of why something matters (意义, 有利于).
    public let significanceWords: KeywordSet
    /// Words that open a paragraph about the past (近年来, 过去一年).
    public let pastOpeners: KeywordSet
    /// A hash of every list as read, so that facts cached with another lexicon are extracted again.
    public let fingerprint: String
    /// Words around a list of units that make them support (联合X、Y…, 配合X…, X、Y配合…).
    public let partnerVerbs: KeywordSet
    /// Words that begin text after a document's body (联系人：, 来源：, 附件下载).
    public let trailers: KeywordSet
    /// Words that open a report's formal opening (我代表…向大会报告工作).
    public let reportOpeners: KeywordSet
    /// Words of a web page's toolbar and breadcrumb (下载, 打印, 首页).
    public let webChrome: Set<String>
    /// Words of a web page's footer (版权所有, ICP备): a short line after the body that holds one is no part of it.
    public let pageFooter: KeywordSet
    /// Words that may stand before an order's action verb (适时, 尽快, 认真).
    public let actionAdverbs: KeywordSet
    /// Prepositions whose clause may open an order before a comma (对…，提高…; 同…一道，维护…).
    public let actionPrepositions: KeywordSet
    /// Words that open what a meeting approved (会议原则同意…).
    public let decisionOpeners: KeywordSet

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
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func lines(_ name: String) throws -> [String] {
            let text = try String(contentsOf: try url(name), encoding: .utf8)
            for b in (name + "\n" + text).utf8 {
                hash ^= UInt64(b)
                hash = hash &* 0x0000_0100_0000_01B3
            }
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
        statusCues = try lines("status-words.tsv").compactMap { l in
            let f = l.split(separator: "\t").map { $0.trimmingCharacters(in: .whitespaces) }
            guard f.count >= 2, let s = TaskStatus(rawValue: f[1]) else { return nil }
            let parts = f[0].components(separatedBy: "…")
            return StatusCue(word: parts[0], then: parts.count > 1 ? parts[1] : nil, status: s, strong: f.count < 3 || f[2] != "weak")
        }
        sectionRoles = try table("section-roles.tsv").0
        kindWords = try table("kind-words.tsv").0
        saidLeads = try list("said-leads.txt")
        metricUnits = try list("metric-units.txt")
        principleOpeners = try list("principle-openers.txt")
        ownerVerbs = try list("owner-verbs.txt")
        byVerbs = try list("by-verbs.txt")
        unitStopwords = try list("unit-stopwords.txt")
        notOwnerOpeners = try list("not-owner-openers.txt")
        relativeAddressees = try list("relative-addressees.txt")
        recordLabels = try list("record-labels.txt")
        replyLabels = try list("reply-labels.txt")
        personLabels = try lines("person-labels.txt")
        columnHeaders = try table("column-headers.tsv").1
        collectiveAddressees = Set(try lines("collective-addressees.txt"))
        partnerVerbs = try list("partner-verbs.txt")
        significanceWords = try list("significance-words.txt")
        pastOpeners = try list("past-openers.txt")
        trailers = try list("trailers.txt")
        webChrome = Set(try lines("web-chrome.txt"))
        pageFooter = try list("page-footer.txt")
        reportOpeners = try list("report-openers.txt")
        let openers = try lines("action-openers.txt")
        actionAdverbs = KeywordSet(openers.filter { !$0.hasSuffix("…") })
        actionPrepositions = KeywordSet(openers.filter { $0.hasSuffix("…") }.map { String($0.dropLast()) })
        decisionOpeners = try list("decision-openers.txt")
        fingerprint = String(hash, radix: 16)
    }
}

/// A word that tells how a progress notice reports a task (正在, 已完成, 尚未启动).
public struct StatusCue: Sendable {
    /// The word.
    public var word: String
    /// A second word that must follow within 20 characters (待…后), if any.
    public var then: String?
    /// The status it reports.
    public var status: TaskStatus
    /// Whether it is a strong cue (尚未启动) or a weak one (待…后, 已).
    public var strong: Bool
}
