#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Fast conversions and searches for the scalar arrays and strings extraction works on.
///
/// Foundation's `String.contains(_:)` and `range(of:)` go through NSString with canonical folding, and
/// building a string one scalar at a time through `String.UnicodeScalarView` re-validates every append;
/// both showed at the top of the extraction profile. These work on UTF-8 bytes: exact, no locale.
public enum ScalarStrings {
    /// A string made of the given scalars, encoded to UTF-8 in one pass.
    @inlinable
    public static func make<C: Collection>(_ scalars: C) -> String where C.Element == Unicode.Scalar {
        let n = scalars.count
        if n == 0 { return "" }
        return String(unsafeUninitializedCapacity: n * 4) { buf in
            var k = 0
            for s in scalars {
                let v = s.value
                if v < 0x80 {
                    buf[k] = UInt8(v); k += 1
                } else if v < 0x800 {
                    buf[k] = UInt8(0xC0 | (v >> 6)); buf[k + 1] = UInt8(0x80 | (v & 0x3F)); k += 2
                } else if v < 0x10000 {
                    buf[k] = UInt8(0xE0 | (v >> 12)); buf[k + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
                    buf[k + 2] = UInt8(0x80 | (v & 0x3F)); k += 3
                } else {
                    buf[k] = UInt8(0xF0 | (v >> 18)); buf[k + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
                    buf[k + 2] = UInt8(0x80 | ((v >> 6) & 0x3F)); buf[k + 3] = UInt8(0x80 | (v & 0x3F)); k += 4
                }
            }
            return k
        }
    }

    /// The byte offset of the first (or last) occurrence of `needle` in `hay`, comparing bytes.
    static func find(_ hay: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>, backwards: Bool) -> Int? {
        let n = needle.count, h = hay.count
        guard n > 0 else { return backwards ? h : 0 }
        guard n <= h, let first = needle.first else { return nil }
        // Forwards, the C library's memchr (vectorised) jumps to each place the first byte occurs and memcmp
        // compares the rest; the loop below is for the last occurrence.
        if !backwards, let hb = hay.baseAddress, let nb = needle.baseAddress {
            var i = 0
            let last = h - n
            while i <= last {
                guard let p = memchr(hb + i, Int32(first), last - i + 1) else { return nil }
                let at = hb.distance(to: p.assumingMemoryBound(to: UInt8.self))
                if n == 1 || memcmp(hb + at + 1, nb + 1, n - 1) == 0 { return at }
                i = at + 1
            }
            return nil
        }
        let last = h - n
        var i = backwards ? last : 0
        while backwards ? i >= 0 : i <= last {
            if hay[i] == first {
                var k = 1
                while k < n && hay[i + k] == needle[k] { k += 1 }
                if k == n { return i }
            }
            i += backwards ? -1 : 1
        }
        return nil
    }
}

extension StringProtocol {
    /// The byte offsets, in this string's UTF-8, of `needle`'s first (or last) occurrence.
    @usableFromInline
    func utf8Offsets(of needle: String, backwards: Bool = false) -> Range<Int>? {
        var needle = needle
        let r: Int?? = utf8.withContiguousStorageIfAvailable { hay in
            needle.withUTF8 { ScalarStrings.find(hay, $0, backwards: backwards) }
        }
        let found: Int?
        if let r { found = r } else {
            let bytes = Array(utf8)
            found = bytes.withUnsafeBufferPointer { hay in needle.withUTF8 { ScalarStrings.find(hay, $0, backwards: backwards) } }
        }
        return found.map { $0..<($0 + needle.utf8.count) }
    }

    /// Whether the string holds at most `n` Unicode scalars: stops counting after `n + 1`, where `count` walks the
    /// whole string breaking graphemes (a run-on copy's one block can hold a whole document).
    @inlinable
    public func hasAtMost(_ n: Int) -> Bool {
        var k = 0
        for _ in unicodeScalars {
            k += 1
            if k > n { return false }
        }
        return true
    }

    /// Whether `needle` occurs in the string, comparing UTF-8 bytes (no locale, no canonical folding).
    @inlinable
    public func includes(_ needle: String) -> Bool { utf8Offsets(of: needle) != nil }

    /// The range of the first occurrence of `needle`, comparing UTF-8 bytes; `backwards` finds the last.
    public func find(_ needle: String, backwards: Bool = false) -> Range<Index>? {
        guard let r = utf8Offsets(of: needle, backwards: backwards) else { return nil }
        let lo = utf8.index(utf8.startIndex, offsetBy: r.lowerBound)
        let hi = utf8.index(lo, offsetBy: r.count)
        return lo..<hi
    }
}

/// Space characters a trim removes where Foundation's `.whitespaces` would: space, tab, no-break and ideographic space.
public let spaceScalars = " \t\u{00A0}\u{3000}"

extension StringProtocol {
    /// The string without leading and trailing scalars that are in `set`, compared scalar by scalar (no Foundation
    /// bridging, no grapheme breaking: several times faster than `trimmingCharacters(in:)` on short Chinese text).
    public func trimmingScalars(_ set: String) -> String {
        let v = unicodeScalars
        let drop = set.unicodeScalars
        var a = v.startIndex, b = v.endIndex
        while a < b, drop.contains(v[a]) { a = v.index(after: a) }
        while b > a, drop.contains(v[v.index(before: b)]) { b = v.index(before: b) }
        // (The scalar view's indices are the string's: the slice is copied as UTF-8, not re-encoded scalar by scalar.)
        return String(self[a..<b])
    }
}
