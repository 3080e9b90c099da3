import CZlibDocket
import Foundation

/// Packs parts into a zip in memory, with a fixed modification date so that the same parts give the same bytes.
///
/// Every part is cut into 1 MiB chunks that are deflated in parallel (zlib, fastest level) and joined, as pigz
/// does: each chunk but a part's last ends with a full flush, so the joined chunks are one deflate stream. The
/// chunking is fixed, so the bytes do not depend on the threads. A workbook of a province's tasks is a hundred
/// megabytes of XML; deflated on one core at the default level it took two seconds.
enum ZipWriter {
    /// The size of the chunks deflated on their own.
    static let chunkSize = 1 << 20

    /// 2000-01-01 00:00 in MS-DOS date and time form.
    static let dosDate: UInt16 = (20 << 9) | (1 << 5) | 1
    static let dosTime: UInt16 = 0

    static func pack(_ parts: [(String, String)]) throws -> Data {
        try pack(parts.map { ($0.0, Data($0.1.utf8)) })
    }

    /// One deflated part.
    struct Packed {
        var name: [UInt8]
        var crc: UInt32
        var size: Int
        var deflated: Data
    }

    /// Packs binary parts, deflated, in the order given.
    static func pack(_ parts: [(String, Data)]) throws -> Data {
        guard parts.count < 0xFFFF else { throw CompileError(description: "a zip of \(parts.count) parts is past the format's limit") }
        for (name, data) in parts where data.count >= 0xFFFF_0000 { throw CompileError(description: "\(name): a zip part past 4 GiB") }
        // Every (part, chunk) is one piece of work.
        var work: [(part: Int, range: Range<Int>, last: Bool)] = []
        for (i, p) in parts.enumerated() {
            var lo = 0
            repeat {
                let hi = min(p.1.count, lo + chunkSize)
                work.append((i, lo..<hi, hi == p.1.count))
                lo = hi
            } while lo < p.1.count
        }
        let box = PackBox(count: work.count)
        let frozen = work
        DispatchQueue.concurrentPerform(iterations: frozen.count) { k in
            let w = frozen[k]
            box.set(k, parts[w.part].1.withUnsafeBytes { raw in deflate(UnsafeRawBufferPointer(rebasing: raw[w.range]), last: w.last) })
        }
        var packed = parts.map { Packed(name: Array($0.0.utf8), crc: 0, size: $0.1.count, deflated: Data()) }
        for (k, w) in frozen.enumerated() {
            guard let piece = box.values[k] else { throw CompileError(description: "the zip could not be packed") }
            packed[w.part].deflated.append(contentsOf: piece.bytes)
            packed[w.part].crc = w.range.lowerBound == 0 ? piece.crc
                : UInt32(crc32_combine(uLong(packed[w.part].crc), uLong(piece.crc), off_t(w.range.count)))
        }
        var out = Data()
        var central = Data()
        for p in packed {
            guard out.count < 0xFFFF_FFFF - p.deflated.count - 1024 else { throw CompileError(description: "the zip is past 4 GiB") }
            let offset = UInt32(out.count)
            // Local file header.
            out.le32(0x0403_4B50); out.le16(20); out.le16(0); out.le16(8); out.le16(dosTime); out.le16(dosDate)
            out.le32(p.crc); out.le32(UInt32(p.deflated.count)); out.le32(UInt32(p.size))
            out.le16(UInt16(p.name.count)); out.le16(0)
            out.append(contentsOf: p.name)
            out.append(p.deflated)
            // Its central directory record.
            central.le32(0x0201_4B50); central.le16(20); central.le16(20); central.le16(0); central.le16(8)
            central.le16(dosTime); central.le16(dosDate)
            central.le32(p.crc); central.le32(UInt32(p.deflated.count)); central.le32(UInt32(p.size))
            central.le16(UInt16(p.name.count)); central.le16(0); central.le16(0); central.le16(0); central.le16(0)
            central.le32(0); central.le32(offset)
            central.append(contentsOf: p.name)
        }
        let centralOffset = UInt32(out.count)
        out.append(central)
        // End of central directory.
        out.le32(0x0605_4B50); out.le16(0); out.le16(0)
        out.le16(UInt16(parts.count)); out.le16(UInt16(parts.count))
        out.le32(UInt32(central.count)); out.le32(centralOffset); out.le16(0)
        return out
    }

    /// One chunk deflated (raw deflate, fastest level) and its CRC-32; a chunk that is not its part's last ends
    /// with a full flush so that the next chunk's stream can follow it.
    static func deflate(_ input: UnsafeRawBufferPointer, last: Bool) -> (bytes: [UInt8], crc: UInt32)? {
        var stream = z_stream()
        guard deflateInit2_(&stream, Z_BEST_SPEED, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION,
                            Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
        defer { deflateEnd(&stream) }
        let bound = Int(deflateBound(&stream, uLong(input.count))) + 64
        var out = [UInt8](repeating: 0, count: bound)
        let base = input.baseAddress?.assumingMemoryBound(to: Bytef.self)
        let status: Int32 = out.withUnsafeMutableBufferPointer { o in
            stream.next_in = UnsafeMutablePointer(mutating: base)
            stream.avail_in = uInt(input.count)
            stream.next_out = o.baseAddress
            stream.avail_out = uInt(bound)
            return CZlibDocket.deflate(&stream, last ? Z_FINISH : Z_FULL_FLUSH)
        }
        guard status == (last ? Z_STREAM_END : Z_OK), stream.avail_in == 0 else { return nil }
        out.removeLast(Int(stream.avail_out))
        let crc = UInt32(crc32(0, base, uInt(input.count)))
        return (out, crc)
    }
}

/// Collects deflated parts from several threads.
final class PackBox: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var values: [(bytes: [UInt8], crc: UInt32)?]
    init(count: Int) { values = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ v: (bytes: [UInt8], crc: UInt32)?) { lock.lock(); values[i] = v; lock.unlock() }
}

extension Data {
    /// Appends a little-endian 16-bit value.
    mutating func le16(_ v: UInt16) { append(UInt8(v & 0xFF)); append(UInt8(v >> 8)) }
    /// Appends a little-endian 32-bit value.
    mutating func le32(_ v: UInt32) { le16(UInt16(v & 0xFFFF)); le16(UInt16(v >> 16)) }
}
