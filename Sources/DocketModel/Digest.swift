/// The digest of a document's facts: what linking another document's tasks to its own needs.
///
/// The ledger keeps it beside the facts, so that a run that reports only its batch (`--scope batch`) can link its
/// tasks to those of every earlier document, tell documents of one name apart and find an input that repeats an
/// earlier document, while fetching and decoding a seventh of the facts' bytes. It holds the document's path, name, title,
/// kind and date, a fingerprint of its tasks' texts (``DocumentExtraction/sameDocumentKey``), and for each task its
/// id, units and the start of its text and of its heading as linking reads them (``linkText(_:)``). Its binary form
/// is written and read by hand (length-prefixed fields, no keys), several times faster to decode than the facts.
public struct DocumentDigest: Sendable, Equatable {
    /// One task of the digest.
    public struct Task: Sendable, Equatable {
        /// The task's id.
        public var id: String
        /// The start of its text as linking reads it (``DocumentDigest/linkText(_:)``).
        public var text: String
        /// The start of the heading it is under, read the same way (empty when it is under none).
        public var heading: String
        /// Its lead and support units.
        public var lead: [String]
        public var support: [String]
    }

    /// The path the run that extracted the document was given, and its name.
    public var path: String
    public var name: String
    /// Its title, kind and date.
    public var title: String
    public var kind: DocumentKind
    public var date: Day?
    /// A fingerprint of its title, date and every task's text (nil for a document without tasks).
    public var sameDocument: UInt64?
    /// Its tasks in reading order.
    public var tasks: [Task]

    /// The digest of a document's facts.
    public init(_ x: DocumentExtraction) {
        path = x.path
        name = x.name
        title = x.document.title
        kind = x.document.kind
        date = x.document.date
        sameDocument = x.sameDocumentKey.map(Self.fingerprint)
        tasks = x.tasks.map { t in
            Task(id: t.id, text: Self.linkText(t.text), heading: t.section.last.map(Self.linkText) ?? "", lead: t.lead, support: t.support)
        }
    }

    /// The document's title and date as ``DocumentExtraction/titleKey`` gives them.
    public var titleKey: String { DocumentExtraction.titleKey(title: title, date: date) }

    /// The digest as facts, for the functions that link documents and name them: each task with its id, units, the
    /// start of its text and its heading; no sources, sections, figures or statements.
    public var extraction: DocumentExtraction {
        let facts = DocumentFacts(title: title, kind: kind, date: date, year: date?.year, issuer: nil, number: nil, dateSource: nil)
        return DocumentExtraction(path: path, name: name, document: facts, sections: [], tasks: tasks.map { t in
            TaskFact(id: t.id, text: t.text, range: SourceRange(start: 0, end: 0), section: t.heading.isEmpty ? [] : [t.heading],
                     lead: t.lead, support: t.support, origin: BlockOrigin(paragraph: 0))
        }, metrics: [], diagnostics: [])
    }

    /// The most characters of a task's first sentence that linking compares, besides commas (the follow-up linker
    /// reads its longest key, the whole first sentence, up to this length).
    public static let linkLength = 60

    /// The start of a text as linking reads it: its first sentence (up to 。, ; or ；), full-width forms folded,
    /// without spaces and quotation marks, commas kept, up to ``linkLength`` other characters. Linking keys read from
    /// it are those read from the whole text (the tests check it over the corpus).
    public static func linkText(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var count = 0
        for u in text.unicodeScalars {
            let f = SourceText.fold(u)
            if f == "。" || f == ";" || f == "；" { break }
            if SourceText.isSpace(f) || f == "“" || f == "”" { continue }
            out.append(f)
            if f != "," {
                count += 1
                if count >= linkLength { break }
            }
        }
        return String(out)
    }

    /// A 64-bit FNV-1a fingerprint of a text's UTF-8.
    public static func fingerprint(_ s: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }

    // MARK: Binary form

    static let magic: [UInt8] = Array("DKD1".utf8)

    /// The digest in its binary form.
    public func encoded() -> [UInt8] {
        var w = DigestWriter(bytes: Self.magic)
        w.string(path); w.string(name); w.string(title); w.string(kind.rawValue)
        w.int(date.map { $0.ordinal + 1 } ?? 0)
        w.int(sameDocument == nil ? 0 : 1)
        w.u64(sameDocument ?? 0)
        w.int(tasks.count)
        for t in tasks {
            w.string(t.id); w.string(t.text); w.string(t.heading)
            w.int(t.lead.count); for u in t.lead { w.string(u) }
            w.int(t.support.count); for u in t.support { w.string(u) }
        }
        return w.bytes
    }

    /// Reads a digest from its binary form; throws ``BinaryCoding/Failure`` on anything else.
    public init(decoding bytes: [UInt8]) throws {
        guard bytes.count >= Self.magic.count, bytes.prefix(Self.magic.count).elementsEqual(Self.magic) else {
            throw BinaryCoding.Failure(description: "not a document digest")
        }
        var r = DigestReader(bytes: bytes, at: Self.magic.count)
        path = try r.string(); name = try r.string(); title = try r.string()
        let k = try r.string()
        guard let kind = DocumentKind(rawValue: k) else { throw BinaryCoding.Failure(description: "unknown document kind \(k)") }
        self.kind = kind
        let d = try r.int()
        date = d == 0 ? nil : Day(ordinal: d - 1)
        let has = try r.int()
        let f = try r.u64()
        sameDocument = has == 0 ? nil : f
        let n = try r.int()
        var tasks: [Task] = []
        tasks.reserveCapacity(n)
        for _ in 0..<n {
            let id = try r.string(), text = try r.string(), heading = try r.string()
            var lead: [String] = [], support: [String] = []
            for _ in 0..<(try r.int()) { lead.append(try r.string()) }
            for _ in 0..<(try r.int()) { support.append(try r.string()) }
            tasks.append(Task(id: id, text: text, heading: heading, lead: lead, support: support))
        }
        guard r.offset == bytes.count else { throw BinaryCoding.Failure(description: "\(bytes.count - r.offset) bytes after the digest") }
        self.tasks = tasks
    }
}

/// Writes the fields of a digest: unsigned varints, and strings as a varint length and UTF-8.
struct DigestWriter {
    var bytes: [UInt8]

    mutating func int(_ v: Int) {
        var x = UInt64(max(0, v))
        while x >= 0x80 { bytes.append(UInt8(x & 0x7F) | 0x80); x >>= 7 }
        bytes.append(UInt8(x))
    }

    mutating func u64(_ v: UInt64) { for k in 0..<8 { bytes.append(UInt8(truncatingIfNeeded: v >> (8 * k))) } }

    mutating func string(_ s: String) {
        int(s.utf8.count)
        bytes.append(contentsOf: s.utf8)
    }
}

/// Reads what ``DigestWriter`` wrote, checking every length against the bytes left.
struct DigestReader {
    let bytes: [UInt8]
    var offset: Int

    init(bytes: [UInt8], at offset: Int) {
        self.bytes = bytes
        self.offset = offset
    }

    mutating func int() throws -> Int {
        var x: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard offset < bytes.count, shift < 63 else { throw BinaryCoding.Failure(description: "a number runs past the end at \(offset)") }
            let b = bytes[offset]
            offset += 1
            x |= UInt64(b & 0x7F) << shift
            if b < 0x80 { break }
            shift += 7
        }
        guard x <= UInt64(Int32.max) else { throw BinaryCoding.Failure(description: "a count too large at \(offset)") }
        return Int(x)
    }

    mutating func u64() throws -> UInt64 {
        guard bytes.count - offset >= 8 else { throw BinaryCoding.Failure(description: "a fingerprint runs past the end at \(offset)") }
        var v: UInt64 = 0
        for k in 0..<8 { v |= UInt64(bytes[offset + k]) << (8 * UInt64(k)) }
        offset += 8
        return v
    }

    mutating func string() throws -> String {
        let n = try int()
        guard n <= bytes.count - offset else { throw BinaryCoding.Failure(description: "a text runs past the end at \(offset)") }
        defer { offset += n }
        return String(decoding: bytes[offset..<(offset + n)], as: UTF8.self)
    }
}

extension DocumentExtraction {
    /// The document's title (full-width forms folded, no spaces) and date: what two files of one document share first.
    public var titleKey: String { Self.titleKey(title: document.title, date: document.date) }

    /// A title (full-width forms folded, no spaces) and a date, as one key.
    static func titleKey(title: String, date: Day?) -> String { folded(title) + "\u{1}" + (date?.iso ?? "-") }

    /// What makes two files one document: its title, its date and the text of every task, with full-width forms
    /// folded and spaces dropped (a Word file and its PDF break lines and space text differently); nil for a
    /// document without tasks, which has nothing to list twice.
    public var sameDocumentKey: String? {
        guard !tasks.isEmpty else { return nil }
        return ([titleKey] + tasks.map { Self.folded($0.text) }).joined(separator: "\u{1}")
    }

    /// A text with full-width forms folded and spaces dropped.
    static func folded(_ s: String) -> String {
        ScalarStrings.make(s.unicodeScalars.lazy.map(SourceText.fold).filter { !SourceText.isSpace($0) })
    }
}
