import DocketModel
import Foundation

/// The JSON form of one document's facts: the contract `../shared/eval/score.py` and other tools read.
public struct FactsJSON: Codable, Sendable {
    /// The document part.
    public struct Document: Codable, Sendable {
        public var path: String
        public var title: String
        public var kind: String
        public var date: String?
        public var dateSource: String?
        public var year: Int?
        public var issuer: String?
        public var number: String?

        enum CodingKeys: String, CodingKey { case path, title, kind, date, dateSource, year, issuer, number }
        /// Encodes every field, writing `null` for absent optionals as the contract shows.
        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeOrNull(path, forKey: .path)
            try c.encodeOrNull(title, forKey: .title)
            try c.encodeOrNull(kind, forKey: .kind)
            try c.encodeOrNull(date, forKey: .date)
            try c.encodeOrNull(dateSource, forKey: .dateSource)
            try c.encodeOrNull(year, forKey: .year)
            try c.encodeOrNull(issuer, forKey: .issuer)
            try c.encodeOrNull(number, forKey: .number)
        }
    }

    /// A deadline.
    public struct DeadlineJSON: Codable, Sendable {
        public var text: String
        public var date: String?
        public var ongoing: Bool
        public var recurrence: String?
        public var rule: String

        enum CodingKeys: String, CodingKey { case text, date, ongoing, recurrence, rule }
        /// Encodes every field, writing `null` for absent optionals as the contract shows.
        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeOrNull(text, forKey: .text)
            try c.encodeOrNull(date, forKey: .date)
            try c.encodeOrNull(ongoing, forKey: .ongoing)
            try c.encodeOrNull(recurrence, forKey: .recurrence)
            try c.encodeOrNull(rule, forKey: .rule)
        }
    }

    /// A task.
    public struct Task: Codable, Sendable {
        public var id: String
        public var text: String
        public var span: [Int]
        public var parent: String?
        public var marker: String?
        public var section: [String]
        public var lead: [String]
        public var support: [String]
        public var deadline: DeadlineJSON?
        public var status: String?
        public var statusText: String?
        public var confidence: Double
        public var rules: [String]
        public var paragraph: Int
        public var needsReview: Bool

        enum CodingKeys: String, CodingKey { case id, text, span, parent, marker, section, lead, support, deadline, status, statusText, confidence, rules, paragraph, needsReview }
        /// Encodes every field, writing `null` for absent optionals as the contract shows.
        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeOrNull(id, forKey: .id)
            try c.encodeOrNull(text, forKey: .text)
            try c.encodeOrNull(span, forKey: .span)
            try c.encodeOrNull(parent, forKey: .parent)
            try c.encodeOrNull(marker, forKey: .marker)
            try c.encodeOrNull(section, forKey: .section)
            try c.encodeOrNull(lead, forKey: .lead)
            try c.encodeOrNull(support, forKey: .support)
            try c.encodeOrNull(deadline, forKey: .deadline)
            try c.encodeOrNull(status, forKey: .status)
            try c.encodeOrNull(statusText, forKey: .statusText)
            try c.encodeOrNull(confidence, forKey: .confidence)
            try c.encodeOrNull(rules, forKey: .rules)
            try c.encodeOrNull(paragraph, forKey: .paragraph)
            try c.encodeOrNull(needsReview, forKey: .needsReview)
        }
    }

    /// A grouping heading.
    public struct Section: Codable, Sendable {
        public var id: String
        public var text: String
        public var span: [Int]
        public var level: Int
        public var parent: String?

        enum CodingKeys: String, CodingKey { case id, text, span, level, parent }
        /// Encodes every field, writing `null` for absent optionals as the contract shows.
        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeOrNull(id, forKey: .id)
            try c.encodeOrNull(text, forKey: .text)
            try c.encodeOrNull(span, forKey: .span)
            try c.encodeOrNull(level, forKey: .level)
            try c.encodeOrNull(parent, forKey: .parent)
        }
    }

    /// A metric.
    public struct Metric: Codable, Sendable {
        public var text: String
        public var value: String
        public var unit: String
        public var qualifier: String?
        public var span: [Int]

        enum CodingKeys: String, CodingKey { case text, value, unit, qualifier, span }
        /// Encodes every field, writing `null` for absent optionals as the contract shows.
        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeOrNull(text, forKey: .text)
            try c.encodeOrNull(value, forKey: .value)
            try c.encodeOrNull(unit, forKey: .unit)
            try c.encodeOrNull(qualifier, forKey: .qualifier)
            try c.encodeOrNull(span, forKey: .span)
        }
    }

    /// A diagnostic.
    public struct DiagnosticJSON: Codable, Sendable {
        public var id: String
        public var severity: String
        public var file: String
        public var message: String
    }

    public var document: Document
    public var sections: [Section]
    public var tasks: [Task]
    public var metrics: [Metric]
    public var diagnostics: [DiagnosticJSON]

    /// The confidence below which a fact is listed for review.
    public static let reviewThreshold = 0.65

    /// Builds the JSON form of an extraction.
    public init(_ x: DocumentExtraction) {
        document = Document(path: x.path, title: x.document.title, kind: x.document.kind.rawValue, date: x.document.date?.iso,
                            dateSource: x.document.dateSource, year: x.document.year, issuer: x.document.issuer, number: x.document.number)
        sections = x.sections.map { Section(id: $0.id, text: $0.text, span: [$0.range.start, $0.range.end], level: $0.level, parent: $0.parent) }
        tasks = x.tasks.map { t in
            Task(id: t.id, text: t.text, span: [t.range.start, t.range.end], parent: t.parent, marker: t.marker, section: t.section,
                 lead: t.lead, support: t.support,
                 deadline: t.deadline.map { DeadlineJSON(text: $0.text, date: $0.date?.iso, ongoing: $0.ongoing, recurrence: $0.recurrence, rule: $0.rule) },
                 status: t.status?.rawValue, statusText: t.statusText, confidence: (t.confidence * 100).rounded() / 100, rules: t.rules,
                 paragraph: t.origin.paragraph, needsReview: t.confidence < FactsJSON.reviewThreshold)
        }
        metrics = x.metrics.map { Metric(text: $0.text, value: $0.value, unit: $0.unit, qualifier: $0.qualifier, span: [$0.range.start, $0.range.end]) }
        diagnostics = x.diagnostics.map { DiagnosticJSON(id: $0.id, severity: $0.severity.rawValue, file: $0.file, message: $0.message) }
    }

    /// Encodes deterministic, pretty-printed UTF-8 JSON.
    public func encoded() throws -> String {
        let enc = JSONEncoder()
        enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try enc.encode(self)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

extension KeyedEncodingContainer {
    /// Encodes a value, or an explicit `null` when it is an absent optional.
    mutating func encodeOrNull<T: Encodable>(_ value: T?, forKey key: Key) throws {
        if let v = value { try encode(v, forKey: key) } else { try encodeNil(forKey: key) }
    }

    mutating func encodeOrNull<T: Encodable>(_ value: T, forKey key: Key) throws {
        try encode(value, forKey: key)
    }
}
