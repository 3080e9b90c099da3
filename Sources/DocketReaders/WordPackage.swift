import DocketModel
import DocketXML
import Foundation
import ZIPFoundation

/// The parts of a .docx package, read into memory with bounded sizes.
///
/// Nothing is extracted to disk. Entry names with `..` or an absolute path are refused, and
/// every entry is inflated through a counter that stops at the declared-size, ratio and total limits,
/// since a zip's declared sizes can lie.
struct WordPackage {
    /// The XML parts that were read, by entry name.
    private(set) var parts: [String: [UInt8]] = [:]

    static let wanted: Set<String> = ["word/document.xml", "word/numbering.xml", "word/styles.xml"]

    init(bytes: [UInt8], limits: ReadLimits) throws {
        guard bytes.count >= 4, bytes[0] == 0x50, bytes[1] == 0x4B else {
            throw ReadError(id: "read.docx-not-zip", "the file is not a .docx (not a zip package)")
        }
        let archive: Archive
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            throw ReadError(id: "read.docx-not-zip", "the file is not a readable zip package (\(error))")
        }
        var total = 0
        var declaredTotal: UInt64 = 0
        for entry in archive {
            let name = entry.path
            if name.hasPrefix("/") || name.hasPrefix("\\") || name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).contains("..") {
                throw ReadError(id: "read.zip-path", "the package holds an entry with an unsafe path '\(name)'")
            }
            declaredTotal &+= entry.uncompressedSize
            guard Self.wanted.contains(name) else { continue }
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
                throw ReadError(id: "read.docx-corrupt", "the package entry '\(name)' cannot be inflated (\(error))")
            }
            total += data.count
            parts[name] = data
        }
        if parts["word/document.xml"] == nil {
            throw ReadError(id: "read.docx-corrupt", "the package has no word/document.xml: it is not a Word document")
        }
    }

    /// Parses a part as XML, refusing a DOCTYPE.
    func xml(_ name: String, limits: ReadLimits) throws -> XMLElement? {
        guard let bytes = parts[name] else { return nil }
        do {
            return try XMLParser.parseXML(bytes, limits: XMLLimits(maxDepth: limits.maxDepth, refuseDoctype: true))
        } catch {
            throw ReadError(id: "read.docx-xml", "\(name): \(error)")
        }
    }
}
