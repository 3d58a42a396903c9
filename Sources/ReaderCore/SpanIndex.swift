import ArticleKit

/// Spans sorted by start with their longest length, so that the spans overlapping a window are
/// found by binary search: rendering a screen looks at the spans near it, not at every span of a
/// long article.
public struct SpanIndex: Sendable {
    /// Indices into the source array, by span start.
    public let order: [Int]
    private let starts: [Int]
    private let maxLength: Int

    public init(_ spans: [TextSpan]) {
        let order = spans.indices.sorted { (spans[$0].start, $0) < (spans[$1].start, $1) }
        self.order = order
        starts = order.map { spans[$0].start }
        maxLength = spans.reduce(0) { max($0, $1.end - $1.start) }
    }

    /// Source indices of spans that may overlap `window` (every one that does, in start order;
    /// callers still check the overlap). All of them when `window` is nil.
    public func candidates(_ window: Range<Int>?) -> ArraySlice<Int> {
        guard let window else { return order[...] }
        let from = lowerBound(window.lowerBound - maxLength)
        let to = lowerBound(window.upperBound)
        return order[from..<max(from, to)]
    }

    private func lowerBound(_ value: Int) -> Int {
        var lo = 0
        var hi = starts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if starts[mid] < value { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
