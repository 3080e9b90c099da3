import DocketModel
import Foundation

/// The one place that maps files to readers; nothing else looks at file extensions.
public struct ReaderRegistry: Sendable {
    /// The readers, in the order they are consulted.
    public var readers: [any Reader]

    /// Creates a registry of readers.
    public init(readers: [any Reader]) {
        self.readers = readers
    }

    /// The registry of every format Docket reads.
    public static let standard = ReaderRegistry(readers: [PlainTextReader(), MarkdownReader(), HTMLReader(), DocxReader(), XlsxReader(), PDFReader(), OFDReader()])

    /// Legacy binary formats that are refused with advice.
    static let legacy: Set<String> = ["doc", "wps", "wpt", "dot", "et", "xls", "ppt"]

    /// Formats a secretariat receives that Docket does not read, each refused with what to do instead (a folder
    /// scan reports them rather than passing them over in silence).
    static let unsupported: [String: String] = [
        "rtf": "an RTF file cannot be read: open it in an office suite and save it as .docx",
        "odt": "an OpenDocument text cannot be read: open it in an office suite and save it as .docx",
        "ods": "an OpenDocument spreadsheet cannot be read: open it in an office suite and save it as .xlsx",
    ]

    private static func ext(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }

    /// Whether a path is one Docket would read (or refuse with advice) in a folder scan; other files (images, archives)
    /// are passed over.
    public func handles(_ path: String) -> Bool {
        let e = Self.ext(path)
        return Self.legacy.contains(e) || Self.unsupported[e] != nil || readers.contains { $0.extensions.contains(e) }
    }

    /// The reader for a path, by its extension.
    public func reader(for path: String) -> (any Reader)? {
        let e = Self.ext(path)
        return readers.first { $0.extensions.contains(e) }
    }

    /// Reads a file from disk with the reader its extension names.
    public func read(path: String, limits: ReadLimits = ReadLimits()) throws -> ReadOutcome {
        try checkFormat(path)
        return try read(path: path, bytes: try Self.load(path: path, limit: limits.maxFileBytes), limits: limits)
    }

    /// Reads bytes already loaded from `path` with the reader its extension names.
    public func read(path: String, bytes: [UInt8], limits: ReadLimits = ReadLimits()) throws -> ReadOutcome {
        try checkFormat(path)
        guard let reader = reader(for: path) else { throw ReadError(id: "read.unknown-format", "unknown file type") }
        return try reader.read(path: path, bytes: bytes, limits: limits)
    }

    private func checkFormat(_ path: String) throws {
        let e = Self.ext(path)
        if Self.legacy.contains(e) {
            let modern = e == "xls" || e == "et" ? "xlsx" : "docx"
            throw ReadError(id: "read.legacy-format", "a legacy binary .\(e) file cannot be read: open it in an office suite and save it as .\(modern)")
        }
        if let advice = Self.unsupported[e] { throw ReadError(id: "read.unsupported-format", advice) }
        guard reader(for: path) != nil else {
            throw ReadError(id: "read.unknown-format", "unknown file type '.\(e)': Docket reads .txt, .md, .html, .docx, .xlsx, .pdf and .ofd")
        }
    }

    /// Loads a file's bytes, refusing it when it is larger than the limit.
    public static func load(path: String, limit: Int) throws -> [UInt8] {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ReadError(id: "read.unreadable", "the file cannot be opened")
        }
        defer { try? handle.close() }
        let size = (try? handle.seekToEnd()).map { Int($0) } ?? 0
        if size > limit {
            throw ReadError(id: "read.too-large", "the file is \(size) bytes, over the limit of \(limit) bytes (see --max-file-size)")
        }
        try? handle.seek(toOffset: 0)
        let data = (try? handle.readToEnd()) ?? Data()
        if data.count > limit {
            throw ReadError(id: "read.too-large", "the file is over the limit of \(limit) bytes (see --max-file-size)")
        }
        return [UInt8](data)
    }
}
