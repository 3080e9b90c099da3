import CZlibDocket
import DocketModel
import DocketReport
import Foundation

/// Packs parts into a zip, with a fixed modification date so that the same parts give the same bytes.
///
/// Each part writes itself into a sink that deflates every megabyte as it comes (zlib, fastest level, one
/// stream per part), so no part is ever held whole; the parts are written and deflated in parallel, then laid
/// out in order with their local headers and the central directory. ZIPFoundation's in-memory archive rewrote
/// itself on every entry, and a province's workbook is hundreds of megabytes of XML before deflating.
public enum ZipWriter {
    /// 2000-01-01 00:00 in MS-DOS date and time form.
    static let dosDate: UInt16 = (20 << 9) | (1 << 5) | 1
    static let dosTime: UInt16 = 0
    /// How much a part's sink holds before it is deflated.
    static let chunkSize = 1 << 20

    /// A part: its path in the zip and what writes its content.
    public typealias Part = (path: String, write: @Sendable (ByteSink) throws -> Void)

    static func pack(_ parts: [(String, String)]) throws -> Data {
        try pack(parts.map { p in (p.0, { (s: ByteSink) in s.append(p.1) }) })
    }

    static func pack(_ parts: [(String, Data)]) throws -> Data {
        try pack(parts.map { p in (p.0, { (s: ByteSink) in s.append(Array(p.1)) }) })
    }

    /// Packs parts into a zip in memory.
    static func pack(_ parts: [Part]) throws -> Data {
        let sink = ByteSink()
        try pack(parts, into: sink)
        return Data(sink.bytes)
    }

    /// A part deflated: its name, CRC-32, size, and deflated bytes.
    struct Packed: Sendable {
        var name: [UInt8]
        var crc: UInt32 = 0
        var size = 0
        var deflated: [UInt8] = []
    }

    /// Packs parts into a sink (a file is written as it goes).
    public static func pack(_ parts: [Part], into sink: ByteSink) throws {
        guard parts.count < 0xFFFF else { throw CompileError(description: "a zip of \(parts.count) parts is past the format's limit") }
        var results = Parallel.map(parts.count) { i in Result { try deflate(parts[i]) } }
        var out = 0
        var central = Data()
        for i in parts.indices {
            let e = try results[i].get()
            guard e.size < 0xFFFF_0000, out < 0xFFFF_FFFF - e.deflated.count - 1024 else { throw CompileError(description: "the zip is past 4 GiB") }
            let offset = UInt32(out)
            // Local file header, then the deflated bytes.
            var header = Data()
            header.le32(0x0403_4B50); header.le16(20); header.le16(0); header.le16(8); header.le16(dosTime); header.le16(dosDate)
            header.le32(e.crc); header.le32(UInt32(e.deflated.count)); header.le32(UInt32(e.size))
            header.le16(UInt16(e.name.count)); header.le16(0)
            header.append(contentsOf: e.name)
            sink.append(Array(header))
            sink.append(e.deflated)
            results[i] = .success(Packed(name: e.name)) // the part's bytes are written: let them go
            try sink.flushIfFull()
            out += header.count + e.deflated.count
            // Its central directory record.
            central.le32(0x0201_4B50); central.le16(20); central.le16(20); central.le16(0); central.le16(8)
            central.le16(dosTime); central.le16(dosDate)
            central.le32(e.crc); central.le32(UInt32(e.deflated.count)); central.le32(UInt32(e.size))
            central.le16(UInt16(e.name.count)); central.le16(0); central.le16(0); central.le16(0); central.le16(0)
            central.le32(0); central.le32(offset)
            central.append(contentsOf: e.name)
        }
        // The central directory and its end record.
        let centralSize = UInt32(central.count)
        central.le32(0x0605_4B50); central.le16(0); central.le16(0)
        central.le16(UInt16(parts.count)); central.le16(UInt16(parts.count))
        central.le32(centralSize); central.le32(UInt32(out)); central.le16(0)
        sink.append(Array(central))
    }

    /// Writes one part through a sink that deflates each chunk as it fills (raw deflate, fastest level).
    static func deflate(_ part: Part) throws -> Packed {
        let stream = DeflateStream()
        guard stream.ok else { throw CompileError(description: "\(part.path): zlib could not start") }
        var packed = Packed(name: Array(part.path.utf8))
        let sink = ByteSink(bufferSize: chunkSize) { chunk in
            guard stream.add(chunk, finish: false) else { throw CompileError(description: "\(part.path): zlib failed") }
        }
        try part.write(sink)
        try sink.flush()
        guard stream.add([], finish: true) else { throw CompileError(description: "\(part.path): zlib failed") }
        packed.crc = stream.crc
        packed.size = stream.size
        packed.deflated = stream.output
        return packed
    }
}

/// One raw-deflate stream (zlib, fastest level) with the CRC-32 and size of what went in; zlib's memory is freed
/// in deinit.
final class DeflateStream {
    private var stream = z_stream()
    let ok: Bool
    private(set) var output: [UInt8] = []
    private(set) var crc: UInt32 = 0
    private(set) var size = 0
    private var buffer = [UInt8](repeating: 0, count: 1 << 16)

    init() {
        ok = deflateInit2_(&stream, Z_BEST_SPEED, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION,
                           Int32(MemoryLayout<z_stream>.size)) == Z_OK
    }

    deinit { if ok { deflateEnd(&stream) } }

    /// Deflates bytes; `finish` ends the stream. Returns false when zlib reports an error.
    func add(_ input: [UInt8], finish: Bool) -> Bool {
        size += input.count
        return input.withUnsafeBufferPointer { inp in
            crc = UInt32(crc32(uLong(crc), inp.baseAddress, uInt(inp.count)))
            stream.next_in = UnsafeMutablePointer(mutating: inp.baseAddress)
            stream.avail_in = uInt(inp.count)
            while true {
                let (status, produced): (Int32, Int) = buffer.withUnsafeMutableBufferPointer { out in
                    stream.next_out = out.baseAddress
                    stream.avail_out = uInt(out.count)
                    let s = CZlibDocket.deflate(&stream, finish ? Z_FINISH : Z_NO_FLUSH)
                    return (s, out.count - Int(stream.avail_out))
                }
                if status < 0 && status != Z_BUF_ERROR { return false }
                output.append(contentsOf: buffer[0..<produced])
                if finish { if status == Z_STREAM_END { return true } } else if stream.avail_in == 0 && stream.avail_out > 0 { return true }
                if !finish && produced == 0 && stream.avail_in == 0 { return true }
            }
        }
    }
}

extension Data {
    /// Appends a little-endian 16-bit value.
    mutating func le16(_ v: UInt16) { append(UInt8(v & 0xFF)); append(UInt8(v >> 8)) }
    /// Appends a little-endian 32-bit value.
    mutating func le32(_ v: UInt32) { le16(UInt16(v & 0xFFFF)); le16(UInt16(v >> 16)) }
}
