/// A half-open range of Unicode scalar offsets in the text a reader produced.
public struct SourceRange: Hashable, Sendable, Codable, Comparable {
    /// The offset of the first scalar.
    public var start: Int
    /// The offset one past the last scalar.
    public var end: Int

    /// Creates a range; `end` is clamped so that it is never before `start`.
    public init(start: Int, end: Int) {
        self.start = start
        self.end = max(start, end)
    }

    /// The number of scalars covered.
    public var length: Int { end - start }

    public static func < (lhs: SourceRange, rhs: SourceRange) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }
}
