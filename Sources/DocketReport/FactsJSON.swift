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
    }

    /// A deadline.
    public struct DeadlineJSON: Codable, Sendable {
        public var text: String
        public var date: String?
        public var ongoing: Bool
        public var recurrence: String?
        public var rule: String
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
    }

    /// A grouping heading.
    public struct Section: Codable, Sendable {
        public var id: String
        public var text: String
        public var span: [Int]
        public var level: Int
        public var parent: String?
    }

    /// A metric.
    public struct Metric: Codable, Sendable {
        public var text: String
        public var value: String
        public var unit: String
        public var qualifier: String?
        public var span: [Int]
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
