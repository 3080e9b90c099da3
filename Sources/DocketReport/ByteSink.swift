import Foundation

/// Where rendered bytes go: a buffer in memory, or a file the buffer is flushed to whenever it fills.
///
/// Writers render through a sink so that a report of any size is written with a bounded buffer.
public final class ByteSink {
    /// The bytes not yet flushed (all of them, for a sink in memory).
    ///
    /// A sink belongs to one writer on one thread and no append overlaps another, so the run-time exclusivity
    /// check, which cost writers about a tenth of their time, is left out.
    @exclusivity(unchecked) public private(set) var bytes: [UInt8] = []
    private let fd: Int32?
    private let path: String
    private let limit: Int
    private let consumer: (([UInt8]) throws -> Void)?

    /// A sink that keeps everything in memory.
    public init() {
        fd = nil
        path = ""
        limit = .max
        consumer = nil
        bytes.reserveCapacity(1 << 16)
    }

    /// A sink that hands its bytes to `consumer` whenever it holds `bufferSize` or more, and on ``flush()``.
    public init(bufferSize: Int, consumer: @escaping ([UInt8]) throws -> Void) {
        fd = nil
        path = ""
        limit = bufferSize
        self.consumer = consumer
        bytes.reserveCapacity(bufferSize + (1 << 16))
    }

    /// A sink that writes to a new file at `path` (created or truncated), flushing every `bufferSize` bytes.
    public init(file path: String, bufferSize: Int = 1 << 20) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path]) }
        self.fd = fd
        self.path = path
        limit = bufferSize
        consumer = nil
        bytes.reserveCapacity(bufferSize + (1 << 16))
    }

    deinit { if let fd { Foundation.close(fd) } }

    /// The text so far (for a sink in memory).
    public var string: String { String(decoding: bytes, as: UTF8.self) }

    /// Appends bytes.
    @inline(__always)
    public func append(_ b: [UInt8]) { bytes.append(contentsOf: b) }

    /// Appends bytes from a buffer.
    @inline(__always)
    public func append(_ b: UnsafeBufferPointer<UInt8>) { bytes.append(contentsOf: b) }

    /// Appends one byte.
    @inline(__always)
    public func append(byte: UInt8) { bytes.append(byte) }

    /// Appends a byte `count` times (indentation).
    @inline(__always)
    public func append(repeating byte: UInt8, count: Int) {
        if count > 0 { bytes.append(contentsOf: repeatElement(byte, count: count)) }
    }

    /// Appends a string's UTF-8.
    @inline(__always)
    public func append(_ s: String) {
        var s = s
        s.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Appends a string with `< > & " '` replaced by entities.
    public func appendEscaped(_ s: String) {
        var s = s
        s.withUTF8 { Self.escape($0, into: &bytes) }
    }

    /// A string with `< > & " '` replaced by entities, as ``appendEscaped(_:)`` writes it.
    public static func escaped(_ s: String) -> String {
        var out: [UInt8] = []
        var s = s
        s.withUTF8 { u in
            out.reserveCapacity(u.count + 16)
            escape(u, into: &out)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends UTF-8 with `< > & " '` replaced by entities.
    static func escape(_ u: UnsafeBufferPointer<UInt8>, into bytes: inout [UInt8]) {
        var start = 0
        var k = 0
        let n = u.count
        guard let base = UnsafeRawPointer(u.baseAddress) else { return }
        while k < n {
            // Every byte to replace is below 0x3F, and Chinese text is all bytes from 0x80 up: eight bytes at a
            // time are passed over while none of them is below 0x3F (the classic test for a byte under a bound).
            while k + 8 <= n {
                let x = base.loadUnaligned(fromByteOffset: k, as: UInt64.self)
                if (x &- 0x3F3F_3F3F_3F3F_3F3F) & ~x & 0x8080_8080_8080_8080 != 0 { break }
                k += 8
            }
            guard k < n else { break }
            let b = u[k]
            k += 1
            if b >= 0x3F { continue }
            let rep: StaticString
            switch b {
            case 0x3C: rep = "&lt;"
            case 0x3E: rep = "&gt;"
            case 0x26: rep = "&amp;"
            case 0x22: rep = "&quot;"
            case 0x27: rep = "&#39;"
            default: continue
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: u[start..<(k - 1)]))
            bytes.append(contentsOf: UnsafeBufferPointer(start: rep.utf8Start, count: rep.utf8CodeUnitCount))
            start = k
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: u[start..<n]))
    }

    /// Writes the buffer to the file when it holds more than the buffer size.
    @inline(__always)
    public func flushIfFull() throws { if bytes.count >= limit { try flush() } }

    /// Writes the buffer to the file or hands it to the consumer (nothing for a sink in memory).
    public func flush() throws {
        if let consumer {
            if !bytes.isEmpty { try consumer(bytes) }
            bytes.removeAll(keepingCapacity: true)
            return
        }
        guard let fd, !bytes.isEmpty else { return }
        var off = 0
        try bytes.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return }
            while off < raw.count {
                let n = Foundation.write(fd, base + off, raw.count - off)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path, NSUnderlyingErrorKey: POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)])
                }
                off += n
            }
        }
        bytes.removeAll(keepingCapacity: true)
    }
}
