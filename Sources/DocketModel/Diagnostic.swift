/// How serious a diagnostic is.
public enum Severity: String, Sendable, Codable, Comparable {
    /// Worth knowing; nothing is wrong.
    case note
    /// Something may be missing or wrong in the facts; the file was still read.
    case warning
    /// The file could not be read; its facts are missing from the run.
    case error

    private var rank: Int {
        switch self {
        case .note: return 0
        case .warning: return 1
        case .error: return 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// A message about one input, with a stable id, a severity and a position.
public struct Diagnostic: Sendable, Codable, Hashable {
    /// A stable identifier such as `read.empty` or `extract.no-tasks`.
    public var id: String
    /// How serious it is.
    public var severity: Severity
    /// The file it concerns.
    public var file: String
    /// The position in the document text, when there is one.
    public var range: SourceRange?
    /// What happened, for a person.
    public var message: String

    /// Creates a diagnostic.
    public init(id: String, severity: Severity, file: String, range: SourceRange? = nil, message: String) {
        self.id = id
        self.severity = severity
        self.file = file
        self.range = range
        self.message = message
    }

    /// The diagnostic as one line: `file: severity [id]: message`.
    public var line: String {
        var position = ""
        if let r = range { position = ":\(r.start)" }
        return "\(file)\(position): \(severity.rawValue) [\(id)]: \(message)"
    }
}

/// An error that stops the reading of one file; it becomes an error diagnostic for that file.
public struct ReadError: Error, Sendable, CustomStringConvertible {
    /// A stable identifier such as `read.binary`.
    public var id: String
    /// What went wrong, for a person.
    public var reason: String

    /// Creates a read error.
    public init(id: String, _ reason: String) {
        self.id = id
        self.reason = reason
    }

    public var description: String { reason }
}
