/// A half-open range of Unicode-scalar offsets into an article's text, as the gold format counts them.
public struct TextSpan: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = max(start, end)
    }

    /// Saturates instead of trapping: spans built from a file's numbers may hold any Int.
    public var length: Int {
        let (difference, overflow) = end.subtractingReportingOverflow(start)
        return overflow ? Int.max : difference
    }
    public var isEmpty: Bool { end <= start }

    public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }
    public func contains(_ other: TextSpan) -> Bool { other.start >= start && other.end <= end }
    public func overlaps(_ other: TextSpan) -> Bool { start < other.end && other.start < end }

    /// Number of scalars both spans cover.
    public func overlapLength(with other: TextSpan) -> Int {
        let (difference, overflow) = min(end, other.end).subtractingReportingOverflow(max(start, other.start))
        return overflow ? (difference < 0 ? Int.max : 0) : max(0, difference)
    }

    public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }

    public var description: String { "\(start)..<\(end)" }
}
