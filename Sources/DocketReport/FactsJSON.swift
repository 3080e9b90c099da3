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
        public var host: String?
        public var attendees: [String]

        enum CodingKeys: String, CodingKey { case path, title, kind, date, dateSource, year, issuer, number, host, attendees }
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
            try c.encodeOrNull(host, forKey: .host)
            try c.encode(attendees, forKey: .attendees)
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
        public var clause: String

        enum CodingKeys: String, CodingKey { case text, value, unit, qualifier, span, clause }
        /// Encodes every field, writing `null` for absent optionals as the contract shows.
        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeOrNull(clause, forKey: .clause)
            try c.encodeOrNull(text, forKey: .text)
            try c.encodeOrNull(value, forKey: .value)
            try c.encodeOrNull(unit, forKey: .unit)
            try c.encodeOrNull(qualifier, forKey: .qualifier)
            try c.encodeOrNull(span, forKey: .span)
        }
    }

    /// A target or a problem the document states.
    public struct Statement: Codable, Sendable {
        public var text: String
        public var span: [Int]
        public var parent: String?
        public var section: [String]
        public var paragraph: Int

        enum CodingKeys: String, CodingKey { case text, span, parent, section, paragraph }
        /// Encodes every field, writing `null` for absent optionals as the contract shows.
        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeOrNull(text, forKey: .text)
            try c.encodeOrNull(span, forKey: .span)
            try c.encodeOrNull(parent, forKey: .parent)
            try c.encodeOrNull(section, forKey: .section)
            try c.encodeOrNull(paragraph, forKey: .paragraph)
        }

        init(_ s: StatementFact) {
            text = s.text
            span = [s.range.start, s.range.end]
            parent = s.parent
            section = s.section
            paragraph = s.origin.paragraph
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
    public var targets: [Statement]
    public var problems: [Statement]
    public var diagnostics: [DiagnosticJSON]

    /// The confidence below which a fact is listed for review.
    public static let reviewThreshold = 0.65

    /// Builds the JSON form of an extraction.
    public init(_ x: DocumentExtraction) {
        document = Document(path: x.path, title: x.document.title, kind: x.document.kind.rawValue, date: x.document.date?.iso,
                            dateSource: x.document.dateSource, year: x.document.year, issuer: x.document.issuer, number: x.document.number,
                            host: x.document.host, attendees: x.document.attendees)
        sections = x.sections.map { Section(id: $0.id, text: $0.text, span: [$0.range.start, $0.range.end], level: $0.level, parent: $0.parent) }
        tasks = x.tasks.map { t in
            Task(id: t.id, text: t.text, span: [t.range.start, t.range.end], parent: t.parent, marker: t.marker, section: t.section,
                 lead: t.lead, support: t.support,
                 deadline: t.deadline.map { DeadlineJSON(text: $0.text, date: $0.date?.iso, ongoing: $0.ongoing, recurrence: $0.recurrence, rule: $0.rule) },
                 status: t.status?.rawValue, statusText: t.statusText, confidence: (t.confidence * 100).rounded() / 100, rules: t.rules,
                 paragraph: t.origin.paragraph, needsReview: t.confidence < FactsJSON.reviewThreshold)
        }
        metrics = x.metrics.map { Metric(text: $0.text, value: $0.value, unit: $0.unit, qualifier: $0.qualifier, span: [$0.range.start, $0.range.end],
                                         clause: $0.clause) }
        targets = x.targets.map(Statement.init)
        problems = x.problems.map(Statement.init)
        diagnostics = x.diagnostics.map { DiagnosticJSON(id: $0.id, severity: $0.severity.rawValue, file: $0.file, message: $0.message) }
    }

    /// Encodes deterministic, pretty-printed UTF-8 JSON.
    ///
    /// The text is the same, byte for byte, as `JSONEncoder` with `[.prettyPrinted, .sortedKeys,
    /// .withoutEscapingSlashes]` gives (a test checks it on the corpus), written directly: the encoder was a
    /// tenth of a large batch's time.
    public func encoded() throws -> String {
        let sink = ByteSink()
        write(into: sink)
        return sink.string
    }

    /// Writes the JSON text into a sink.
    public func write(into sink: ByteSink) {
        var j = JSONText(sink)
        j.object { j in
            j.key("diagnostics") { j in
                j.array(diagnostics) { j, d in
                    j.object { j in
                        j.key("file") { $0.string(d.file) }
                        j.key("id") { $0.string(d.id) }
                        j.key("message") { $0.string(d.message) }
                        j.key("severity") { $0.string(d.severity) }
                    }
                }
            }
            j.key("document") { j in
                j.object { j in
                    j.key("attendees") { j in j.array(document.attendees) { j, a in j.string(a) } }
                    j.key("date") { $0.string(document.date) }
                    j.key("dateSource") { $0.string(document.dateSource) }
                    j.key("host") { $0.string(document.host) }
                    j.key("issuer") { $0.string(document.issuer) }
                    j.key("kind") { $0.string(document.kind) }
                    j.key("number") { $0.string(document.number) }
                    j.key("path") { $0.string(document.path) }
                    j.key("title") { $0.string(document.title) }
                    j.key("year") { $0.int(document.year) }
                }
            }
            j.key("metrics") { j in
                j.array(metrics) { j, m in
                    j.object { j in
                        j.key("clause") { $0.string(m.clause) }
                        j.key("qualifier") { $0.string(m.qualifier) }
                        j.key("span") { $0.ints(m.span) }
                        j.key("text") { $0.string(m.text) }
                        j.key("unit") { $0.string(m.unit) }
                        j.key("value") { $0.string(m.value) }
                    }
                }
            }
            j.key("problems") { $0.statements(problems) }
            j.key("sections") { j in
                j.array(sections) { j, s in
                    j.object { j in
                        j.key("id") { $0.string(s.id) }
                        j.key("level") { $0.int(s.level) }
                        j.key("parent") { $0.string(s.parent) }
                        j.key("span") { $0.ints(s.span) }
                        j.key("text") { $0.string(s.text) }
                    }
                }
            }
            j.key("targets") { $0.statements(targets) }
            j.key("tasks") { j in
                j.array(tasks) { j, t in
                    j.object { j in
                        j.key("confidence") { $0.double(t.confidence) }
                        j.key("deadline") { j in
                            guard let d = t.deadline else { j.null(); return }
                            j.object { j in
                                j.key("date") { $0.string(d.date) }
                                j.key("ongoing") { $0.bool(d.ongoing) }
                                j.key("recurrence") { $0.string(d.recurrence) }
                                j.key("rule") { $0.string(d.rule) }
                                j.key("text") { $0.string(d.text) }
                            }
                        }
                        j.key("id") { $0.string(t.id) }
                        j.key("lead") { $0.strings(t.lead) }
                        j.key("marker") { $0.string(t.marker) }
                        j.key("needsReview") { $0.bool(t.needsReview) }
                        j.key("paragraph") { $0.int(t.paragraph) }
                        j.key("parent") { $0.string(t.parent) }
                        j.key("rules") { $0.strings(t.rules) }
                        j.key("section") { $0.strings(t.section) }
                        j.key("span") { $0.ints(t.span) }
                        j.key("status") { $0.string(t.status) }
                        j.key("statusText") { $0.string(t.statusText) }
                        j.key("support") { $0.strings(t.support) }
                        j.key("text") { $0.string(t.text) }
                    }
                }
            }
        }
        sink.append("\n")
    }
}

/// Writes pretty-printed JSON as Foundation's encoder lays it out: two-space indents, `"key" : value`, and an
/// empty array as `[`, a blank line, `]`. Keys are written in the order given (callers give them sorted).
struct JSONText {
    let sink: ByteSink
    var depth = 0
    /// Whether the current object or array has had an element (a comma is due before the next).
    var started: [Bool] = []

    init(_ sink: ByteSink) { self.sink = sink }

    mutating func newline() {
        sink.append(byte: 0x0A)
        sink.append(repeating: 0x20, count: 2 * depth)
    }

    mutating func element() {
        if started[started.count - 1] { sink.append(byte: 0x2C) }
        started[started.count - 1] = true
        newline()
    }

    mutating func object(_ body: (inout JSONText) -> Void) {
        sink.append("{")
        depth += 1
        started.append(false)
        body(&self)
        started.removeLast()
        depth -= 1
        newline()
        sink.append("}")
    }

    mutating func array<T>(_ items: [T], _ each: (inout JSONText, T) -> Void) {
        sink.append("[")
        depth += 1
        if items.isEmpty { sink.append("\n") }
        started.append(false)
        for x in items {
            element()
            each(&self, x)
        }
        started.removeLast()
        depth -= 1
        newline()
        sink.append("]")
    }

    mutating func key(_ k: String, _ value: (inout JSONText) -> Void) {
        element()
        string(k)
        sink.append(" : ")
        value(&self)
    }

    mutating func statements(_ list: [FactsJSON.Statement]) {
        array(list) { j, s in
            j.object { j in
                j.key("paragraph") { $0.int(s.paragraph) }
                j.key("parent") { $0.string(s.parent) }
                j.key("section") { $0.strings(s.section) }
                j.key("span") { $0.ints(s.span) }
                j.key("text") { $0.string(s.text) }
            }
        }
    }

    mutating func null() { sink.append("null") }
    mutating func bool(_ b: Bool) { sink.append(b ? "true" : "false") }
    mutating func int(_ n: Int?) { if let n { sink.append(String(n)) } else { null() } }
    mutating func ints(_ a: [Int]) { array(a) { $0.int($1) } }
    mutating func strings(_ a: [String]) { array(a) { $0.string($1) } }

    mutating func double(_ d: Double) {
        if d == d.rounded(), abs(d) < 1e15 { sink.append(String(Int(d))) } else { sink.append("\(d)") }
    }

    mutating func string(_ s: String?) {
        guard let s else { null(); return }
        sink.append(byte: 0x22)
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) { sink.append(s) } else {
            for u in s.unicodeScalars {
                switch u {
                case "\"": sink.append("\\\"")
                case "\\": sink.append("\\\\")
                case "\n": sink.append("\\n")
                case "\r": sink.append("\\r")
                case "\t": sink.append("\\t")
                case "\u{08}": sink.append("\\b")
                case "\u{0C}": sink.append("\\f")
                default:
                    if u.value < 0x20 {
                        let hex = String(u.value, radix: 16)
                        sink.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
                    } else { sink.append(String(u)) }
                }
            }
        }
        sink.append(byte: 0x22)
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
