import DocketModel
import Foundation

/// Decodes the bytes of a text file: UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030.
public enum TextDecoder {
    /// The result of decoding.
    public struct Decoded: Sendable {
        /// The decoded text.
        public var text: String
        /// The encoding that was used.
        public var encoding: String
        /// Problems worth a warning (a truncated last character).
        public var warnings: [String]
    }

    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    /// Decodes bytes, throwing a `ReadError` for empty, binary or undecodable input.
    public static func decode(_ bytes: [UInt8]) throws -> Decoded {
        if bytes.isEmpty { throw ReadError(id: "read.empty", "the file is empty") }
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            let le = bytes[0] == 0xFF
            guard let s = String(data: Data(bytes[2...]), encoding: le ? .utf16LittleEndian : .utf16BigEndian) else {
                throw ReadError(id: "read.encoding", "the file starts with a UTF-16 byte-order mark but is not valid UTF-16")
            }
            return try checked(Decoded(text: s, encoding: le ? "UTF-16LE" : "UTF-16BE", warnings: []))
        }
        var body = bytes[...]
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { body = bytes[3...] }
        if body.isEmpty { throw ReadError(id: "read.empty", "the file holds only a byte-order mark") }
        if looksBinary(body) { throw ReadError(id: "read.binary", "the file is binary, not text") }
        if let s = String(validating: body, as: UTF8.self) {
            return try checked(Decoded(text: s, encoding: "UTF-8", warnings: []))
        }
        // Valid UTF-8 cut off inside its last character: keep the text, warn.
        let cut = incompleteTail(body)
        if cut > 0, let s = String(validating: body.dropLast(cut), as: UTF8.self) {
            return try checked(Decoded(text: s, encoding: "UTF-8", warnings: ["the file ends inside a UTF-8 character (truncated); the last \(cut) byte(s) were dropped"]))
        }
        if let s = String(data: Data(body), encoding: gb18030), !s.isEmpty {
            return try checked(Decoded(text: s, encoding: "GB18030", warnings: []))
        }
        throw ReadError(id: "read.encoding", "the text is neither UTF-8, UTF-16 with a byte-order mark, nor GB18030")
    }

    /// Rejects decoded text that is mostly control characters.
    static func checked(_ d: Decoded) throws -> Decoded {
        var control = 0, total = 0
        for u in d.text.unicodeScalars.prefix(65536) {
            total += 1
            if u.value < 0x20 && u != "\n" && u != "\r" && u != "\t" && u != "\u{0C}" { control += 1 }
            if u.value == 0xFFFD { control += 1 }
        }
        if total > 0 && control * 20 > total { throw ReadError(id: "read.binary", "the file is binary, not text") }
        if d.text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
            throw ReadError(id: "read.empty", "the file holds only white space")
        }
        return d
    }

    /// Whether raw bytes look binary: a NUL byte in the first 8 KiB.
    static func looksBinary(_ b: ArraySlice<UInt8>) -> Bool {
        b.prefix(8192).contains(0)
    }

    /// The number of bytes at the end that start a UTF-8 sequence which is not complete.
    static func incompleteTail(_ b: ArraySlice<UInt8>) -> Int {
        var i = b.endIndex
        var n = 0
        while i > b.startIndex && n < 4 {
            i -= 1
            n += 1
            let x = b[i]
            if x & 0xC0 == 0x80 { continue }
            let need = x >= 0xF0 ? 4 : x >= 0xE0 ? 3 : x >= 0xC0 ? 2 : 1
            return need > n ? n : 0
        }
        return 0
    }
}
