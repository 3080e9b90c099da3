import Foundation
import ZIPFoundation

/// Packs parts into a zip in memory, with a fixed modification date so that the same parts give the same bytes.
enum ZipWriter {
    static let fixedDate = Date(timeIntervalSince1970: 946_684_800) // 2000-01-01

    static func pack(_ parts: [(String, String)]) throws -> Data {
        try pack(parts.map { ($0.0, Data($0.1.utf8)) })
    }

    /// Packs binary parts, deflated, in the order given.
    static func pack(_ parts: [(String, Data)]) throws -> Data {
        let archive = try Archive(accessMode: .create)
        for (path, data) in parts {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: fixedDate,
                                 compressionMethod: .deflate) { (pos: Int64, size: Int) in
                data.subdata(in: Int(pos)..<(Int(pos) + size))
            }
        }
        guard let data = archive.data else { throw CompileError(description: "the zip could not be packed") }
        return data
    }
}
