/// The text of a document as read, with a width-normalised twin for matching.
///
/// Full-width ASCII forms (，：（１) and the ideographic space are folded to their half-width
/// forms one scalar for one scalar, so an offset in `normalized` is the same offset in
/// `original`: the map back to the source is the identity, and spans stay exact.
public struct SourceText: Sendable {
    /// The scalars exactly as decoded.
    public let original: [Unicode.Scalar]
    /// The scalars with full-width forms folded; same count as `original`.
    public let normalized: [Unicode.Scalar]

    /// Creates the text from a decoded string.
    public init(_ string: String) {
        let scalars = Array(string.unicodeScalars)
        self.original = scalars
        self.normalized = scalars.map(SourceText.fold)
    }

    /// The number of scalars.
    public var count: Int { original.count }

    /// Folds one scalar: U+FF01–U+FF5E to U+0021–U+007E and U+3000 to a space.
    public static func fold(_ s: Unicode.Scalar) -> Unicode.Scalar {
        let v = s.value
        if v >= 0xFF01 && v <= 0xFF5E, let h = Unicode.Scalar(v - 0xFEE0) { return h }
        if v == 0x3000 { return " " }
        return s
    }

    /// Whether a scalar is white space, as `Unicode.Scalar.Properties.isWhitespace` says, answered without a
    /// property look-up for ASCII and for the CJK blocks that make up most of the text.
    @inline(__always)
    public static func isSpace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        if v > 0x3000 && v < 0xFE00 { return false }
        return s.properties.isWhitespace
    }

    /// The original text of a range, for display.
    public func string(_ range: SourceRange) -> String {
        Self.makeString(original, range)
    }

    /// The normalised text of a range, for matching.
    public func normalizedString(_ range: SourceRange) -> String {
        Self.makeString(normalized, range)
    }

    private static func makeString(_ scalars: [Unicode.Scalar], _ range: SourceRange) -> String {
        let lo = max(0, min(range.start, scalars.count))
        let hi = max(lo, min(range.end, scalars.count))
        return ScalarStrings.make(scalars[lo..<hi])
    }
}
