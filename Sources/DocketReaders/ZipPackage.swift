import DocketModel
import DocketXML
import Foundation
import ZIPFoundation

/// The parts of an Office package (a .docx, an .xlsx), read into memory with bounded sizes.
///
/// Nothing is extracted to disk. Entry names with `..` or an absolute path are refused, and
/// every entry is inflated through a counter that stops at the declared-size, ratio and total limits,
/// since a zip's declared sizes can lie.
struct ZipPackage {
    /// The XML parts that were read, by entry name.
    private(set) var parts: [String: [UInt8]] = [:]
    /// The format's extension (docx, xlsx): it names the errors (read.docx-corrupt) and the file in messages.
    let format: String

    /// Reads the entries that `wanted` accepts; throws a `ReadError` for a file that is no zip, a damaged one,
    /// an entry with an unsafe path or one that inflates past the limits.
    init(bytes: [UInt8], limits: ReadLimits, format: String, wanted: (String) -> Bool) throws {
        self.format = format
        guard bytes.count >= 4, bytes[0] == 0x50, bytes[1] == 0x4B else {
            throw ReadError(id: "read.\(format)-not-zip", "the file is not a .\(format) (not a zip package)")
        }
        // A zip ends with its central directory record (PK\u{5}\u{6}) in the last 64 KiB. Without it the file is
        // truncated or not a zip; say so before ZIPFoundation opens it (its in-memory archive leaks the buffer
        // when it cannot find the record).
        let tailStart = max(0, bytes.count - (65_535 + 22))
        var hasEnd = false
        var i = bytes.count - 22
        while i >= tailStart {
            if bytes[i] == 0x50, bytes[i + 1] == 0x4B, bytes[i + 2] == 0x05, bytes[i + 3] == 0x06 { hasEnd = true; break }
            i -= 1
        }
        guard hasEnd else {
            throw ReadError(id: "read.\(format)-corrupt", "the .\(format) is truncated or damaged: its zip directory is missing")
        }
        // The record must point at a central directory inside the file (ZIPFoundation leaks a file handle when
        // its own check of this fails). Office files of a secretariat never need ZIP64.
        func u32(_ k: Int) -> Int { Int(bytes[k]) | Int(bytes[k + 1]) << 8 | Int(bytes[k + 2]) << 16 | Int(bytes[k + 3]) << 24 }
        func u16(_ k: Int) -> Int { Int(bytes[k]) | Int(bytes[k + 1]) << 8 }
        let cdSize = u32(i + 12), cdOffset = u32(i + 16), entries = u16(i + 10)
        guard cdSize != 0xFFFF_FFFF, cdOffset != 0xFFFF_FFFF, entries > 0, cdOffset + cdSize <= i, cdOffset + 4 <= bytes.count,
              bytes[cdOffset] == 0x50, bytes[cdOffset + 1] == 0x4B, bytes[cdOffset + 2] == 0x01, bytes[cdOffset + 3] == 0x02,
              u16(i + 4) == 0, u16(i + 6) == 0, u16(i + 8) == entries else {
            throw ReadError(id: "read.\(format)-corrupt", "the .\(format) is damaged: its zip directory is inconsistent")
        }
        // ZIPFoundation's in-memory archive can trap on a damaged zip; its file-backed archive reads through stdio
        // and fails cleanly. So the bytes go to a private temporary file, removed when reading is done.
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("docket-\(UUID().uuidString).zip")
        guard FileManager.default.createFile(atPath: tmp.path, contents: Data(bytes), attributes: [.posixPermissions: 0o600]) else {
            throw ReadError(id: "read.\(format)-corrupt", "the .\(format) could not be staged for reading")
        }
        defer { try? FileManager.default.removeItem(at: tmp) }
        let archive: Archive
        do {
            archive = try Archive(url: tmp, accessMode: .read)
        } catch {
            throw ReadError(id: "read.\(format)-not-zip", "the file is not a readable zip package (\(error))")
        }
        var total = 0
        var declaredTotal: UInt64 = 0
        for entry in archive {
            let name = entry.path
            if name.hasPrefix("/") || name.hasPrefix("\\") || name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).contains("..") {
                throw ReadError(id: "read.zip-path", "the package holds an entry with an unsafe path '\(name)'")
            }
            declaredTotal &+= entry.uncompressedSize
            guard wanted(name) else { continue }
            let declared = entry.uncompressedSize
            let compressed = max(entry.compressedSize, 1)
            if declared > UInt64(limits.maxUnzippedBytes) || declaredTotal > UInt64(limits.maxUnzippedBytes) {
                throw ReadError(id: "read.zip-bomb", "the package entry '\(name)' declares \(declared) bytes, over the limit of \(limits.maxUnzippedBytes)")
            }
            if declared / compressed > UInt64(limits.maxZipRatio) && declared > 1 << 20 {
                throw ReadError(id: "read.zip-bomb", "the package entry '\(name)' expands \(declared / compressed):1, over the limit of \(limits.maxZipRatio):1")
            }
            var data = [UInt8]()
            let entryLimit = Int(min(UInt64(limits.maxUnzippedBytes - total), max(declared, 0) + 1))
            do {
                _ = try archive.extract(entry, skipCRC32: false) { chunk in
                    if data.count + chunk.count > entryLimit || data.count + chunk.count > Int(compressed) * limits.maxZipRatio + (1 << 20) {
                        throw ReadError(id: "read.zip-bomb", "the package entry '\(name)' inflates past its declared size or the ratio limit")
                    }
                    data.append(contentsOf: chunk)
                }
            } catch let e as ReadError {
                throw e
            } catch {
                throw ReadError(id: "read.\(format)-corrupt", "the package entry '\(name)' cannot be inflated (\(error))")
            }
            total += data.count
            parts[name] = data
        }
    }

    /// Parses a part as XML, refusing a DOCTYPE.
    func xml(_ name: String, limits: ReadLimits) throws -> XMLElement? {
        guard let bytes = parts[name] else { return nil }
        do {
            return try XMLParser.parseXML(bytes, limits: XMLLimits(maxDepth: limits.maxDepth, refuseDoctype: true))
        } catch {
            throw ReadError(id: "read.\(format)-xml", "\(name): \(error)")
        }
    }
}

/// The parts of a .docx package that the Word model reads.
struct WordPackage {
    /// The package.
    let zip: ZipPackage

    static let wanted: Set<String> = ["word/document.xml", "word/numbering.xml", "word/styles.xml"]

    init(bytes: [UInt8], limits: ReadLimits) throws {
        zip = try ZipPackage(bytes: bytes, limits: limits, format: "docx", wanted: Self.wanted.contains)
        if zip.parts["word/document.xml"] == nil {
            throw ReadError(id: "read.docx-corrupt", "the package has no word/document.xml: it is not a Word document")
        }
    }

    /// Parses a part as XML, refusing a DOCTYPE.
    func xml(_ name: String, limits: ReadLimits) throws -> XMLElement? { try zip.xml(name, limits: limits) }
}
