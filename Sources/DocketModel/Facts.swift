/// The kind of a document, as ANNOTATION.md lists them.
public enum DocumentKind: String, Sendable, Codable, CaseIterable {
    case minutes, summary, division, progress, plan, report, other
}

/// The status a document reports for a task.
public enum TaskStatus: String, Sendable, Codable, CaseIterable {
    case done
    case inProgress = "in_progress"
    case notStarted = "not_started"
    case delayed
}

/// A piece of text in the source with its range.
public struct Quote: Sendable, Hashable, Codable {
    /// The original text.
    public var text: String
    /// Where it is.
    public var range: SourceRange

    /// Creates a quote.
    public init(text: String, range: SourceRange) {
        self.text = text
        self.range = range
    }
}

/// Facts about the document as a whole.
public struct DocumentFacts: Sendable, Codable {
    /// The title, lines joined when it is split.
    public var title: String
    /// The kind of document.
    public var kind: DocumentKind
    /// The day it was held or issued.
    public var date: Day?
    /// The year that relative times (今年, 下半年) refer to.
    public var year: Int?
    /// Who issued it or held the meeting.
    public var issuer: String?
    /// The document number, such as 国办发〔2018〕128号.
    public var number: String?
    /// Where the date came from (signature, meeting, text, file name, reference date).
    public var dateSource: String?
    /// Who chaired the meeting (主持人：…; 习近平主持会议), as written, for minutes and meeting reports.
    public var host: String?
    /// Who attended, as the text groups them (出席人员：…; 中心领导班子成员…参加会议), in order.
    public var attendees: [String]

    /// Creates document facts.
    public init(title: String, kind: DocumentKind, date: Day?, year: Int?, issuer: String?, number: String?, dateSource: String?,
                host: String? = nil, attendees: [String] = []) {
        self.title = title
        self.kind = kind
        self.date = date
        self.year = year
        self.issuer = issuer
        self.number = number
        self.dateSource = dateSource
        self.host = host
        self.attendees = attendees
    }

    enum CodingKeys: String, CodingKey { case title, kind, date, year, issuer, number, dateSource, host, attendees }

    /// Decodes document facts; facts cached before the meeting fields existed read as having none.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        title = try c.decode(String.self, forKey: .title)
        kind = try c.decode(DocumentKind.self, forKey: .kind)
        date = try c.decodeIfPresent(Day.self, forKey: .date)
        year = try c.decodeIfPresent(Int.self, forKey: .year)
        issuer = try c.decodeIfPresent(String.self, forKey: .issuer)
        number = try c.decodeIfPresent(String.self, forKey: .number)
        dateSource = try c.decodeIfPresent(String.self, forKey: .dateSource)
        host = try c.decodeIfPresent(String.self, forKey: .host)
        attendees = try c.decodeIfPresent([String].self, forKey: .attendees) ?? []
    }
}

/// A task's deadline.
public struct Deadline: Sendable, Hashable, Codable {
    /// The words in the text that gave it (年底前, 下半年).
    public var text: String
    /// The day by which it is due, when one can be known.
    public var date: Day?
    /// Whether the duty is open-ended or recurring.
    public var ongoing: Bool
    /// The recurrence (每月, 每季度), when the duty repeats.
    public var recurrence: String?
    /// Which rule gave it: `explicit`, `scope` or `ongoing`.
    public var rule: String

    /// Creates a deadline.
    public init(text: String, date: Day?, ongoing: Bool, recurrence: String? = nil, rule: String) {
        self.text = text
        self.date = date
        self.ongoing = ongoing
        self.recurrence = recurrence
        self.rule = rule
    }
}

/// A task: something someone is told to do.
public struct TaskFact: Sendable, Codable {
    /// A stable id within the document: `NAME#n` numbered in reading order.
    public var id: String
    /// The item's source text without its marker or closing unit note.
    public var text: String
    /// The range of `text`.
    public var range: SourceRange
    /// The id of the task or heading this item is under.
    public var parent: String?
    /// The enumeration marker as written (一要, （三）), if any.
    public var marker: String?
    /// The heading path the item sits under.
    public var section: [String]
    /// The lead units.
    public var lead: [String]
    /// The support units.
    public var support: [String]
    /// The deadline, when one is given.
    public var deadline: Deadline?
    /// The reported status, if any.
    public var status: TaskStatus?
    /// The words that gave the status.
    public var statusText: String?
    /// How sure the extractor is, 0…1.
    public var confidence: Double
    /// The rules that produced the task and its fields.
    public var rules: [String]
    /// The block it came from.
    public var origin: BlockOrigin

    /// Creates a task.
    public init(id: String, text: String, range: SourceRange, parent: String? = nil, marker: String? = nil,
                section: [String] = [], lead: [String] = [], support: [String] = [], deadline: Deadline? = nil,
                status: TaskStatus? = nil, statusText: String? = nil, confidence: Double = 1, rules: [String] = [],
                origin: BlockOrigin) {
        self.id = id
        self.text = text
        self.range = range
        self.parent = parent
        self.marker = marker
        self.section = section
        self.lead = lead
        self.support = support
        self.deadline = deadline
        self.status = status
        self.statusText = statusText
        self.confidence = confidence
        self.rules = rules
        self.origin = origin
    }
}

/// A heading that groups tasks; kept so that tasks can name their parent.
public struct SectionFact: Sendable, Codable {
    /// The id, in the same space as task ids.
    public var id: String
    /// The heading text without its marker.
    public var text: String
    /// The range of the text.
    public var range: SourceRange
    /// The enumeration level (1 = 一、).
    public var level: Int
    /// The enclosing section's id.
    public var parent: String?

    /// Creates a section.
    public init(id: String, text: String, range: SourceRange, level: Int, parent: String?) {
        self.id = id
        self.text = text
        self.range = range
        self.level = level
        self.parent = parent
    }
}

/// A number the document states, with its unit and qualifier (近16亿立方米).
public struct MetricFact: Sendable, Codable, Hashable {
    /// The whole phrase.
    public var text: String
    /// The number as written.
    public var value: String
    /// The unit (亿立方米, %, 万人).
    public var unit: String
    /// A qualifier such as 近, 以上, 左右.
    public var qualifier: String?
    /// Where it is.
    public var range: SourceRange
    /// The clause it stands in, what a reader needs to know what was counted (截至6月底,累计向我市供水近16亿立方米).
    public var clause: String

    /// Creates a metric.
    public init(text: String, value: String, unit: String, qualifier: String?, range: SourceRange, clause: String = "") {
        self.text = text
        self.value = value
        self.unit = unit
        self.qualifier = qualifier
        self.range = range
        self.clause = clause
    }

    /// Decodes a metric; one a ledger stored before clauses were kept has none.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        text = try c.decode(String.self, forKey: .text)
        value = try c.decode(String.self, forKey: .value)
        unit = try c.decode(String.self, forKey: .unit)
        qualifier = try c.decodeIfPresent(String.self, forKey: .qualifier)
        range = try c.decode(SourceRange.self, forKey: .range)
        clause = try c.decodeIfPresent(String.self, forKey: .clause) ?? ""
    }
}

/// A target (目标) or a problem (存在的问题) a document states: no task, but what a progress report sums up for
/// leadership.
public struct StatementFact: Sendable, Codable, Equatable {
    /// The statement's source text (without its marker).
    public var text: String
    /// The range of `text`.
    public var range: SourceRange
    /// The id of the section it is under.
    public var parent: String?
    /// The heading path it sits under.
    public var section: [String]
    /// The block it came from.
    public var origin: BlockOrigin

    /// Creates a statement.
    public init(text: String, range: SourceRange, parent: String?, section: [String], origin: BlockOrigin) {
        self.text = text
        self.range = range
        self.parent = parent
        self.section = section
        self.origin = origin
    }
}

/// Everything extracted from one document.
public struct DocumentExtraction: Sendable, Codable {
    /// The path of the source file.
    public var path: String
    /// The file name without extension, used for output names.
    public var name: String
    /// The document facts.
    public var document: DocumentFacts
    /// The grouping headings.
    public var sections: [SectionFact]
    /// The tasks in reading order.
    public var tasks: [TaskFact]
    /// Metrics stated in the text.
    public var metrics: [MetricFact]
    /// The targets the document sets (under 主要目标, 工作目标…), in reading order.
    public var targets: [StatementFact]
    /// The problems it states (under 存在的问题, 短板…; 会议指出…存在…问题), in reading order.
    public var problems: [StatementFact]
    /// Diagnostics raised while extracting.
    public var diagnostics: [Diagnostic]

    /// Creates an extraction result.
    public init(path: String, name: String, document: DocumentFacts, sections: [SectionFact], tasks: [TaskFact],
                metrics: [MetricFact], targets: [StatementFact] = [], problems: [StatementFact] = [], diagnostics: [Diagnostic]) {
        self.path = path
        self.name = name
        self.document = document
        self.sections = sections
        self.tasks = tasks
        self.metrics = metrics
        self.targets = targets
        self.problems = problems
        self.diagnostics = diagnostics
    }

    /// Decodes an extraction; facts a ledger stored before targets and problems were kept have none.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        path = try c.decode(String.self, forKey: .path)
        name = try c.decode(String.self, forKey: .name)
        document = try c.decode(DocumentFacts.self, forKey: .document)
        sections = try c.decode([SectionFact].self, forKey: .sections)
        tasks = try c.decode([TaskFact].self, forKey: .tasks)
        metrics = try c.decode([MetricFact].self, forKey: .metrics)
        targets = try c.decodeIfPresent([StatementFact].self, forKey: .targets) ?? []
        problems = try c.decodeIfPresent([StatementFact].self, forKey: .problems) ?? []
        diagnostics = try c.decode([Diagnostic].self, forKey: .diagnostics)
    }
}
