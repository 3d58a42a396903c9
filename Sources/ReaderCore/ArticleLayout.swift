/// One display line of the article pane.
public struct LayoutLine: Hashable, Sendable {
    /// Index into `DisplayText.paragraphs`.
    public var paragraph: Int
    /// Range into `DisplayText.clusters`.
    public var clusters: Range<Int>
    /// Scalar offset where the line starts (the paragraph start for an empty line).
    public var startOffset: Int
    /// Scalar offset just after the line's last cluster.
    public var endOffset: Int
}

/// The article wrapped to one pane width. Built in one pass over the clusters (linear in the
/// article's length) and cached per width by `DocumentCache`, so scrolling never re-wraps.
public struct ArticleLayout: Sendable {
    public let width: Int
    public let lines: [LayoutLine]
    /// First line of each source paragraph.
    public let paragraphFirstLine: [Int]

    public init(text: DisplayText, width: Int) {
        self.width = width
        var lines: [LayoutLine] = []
        var firsts: [Int] = []
        firsts.reserveCapacity(text.paragraphs.count)
        for (index, paragraph) in text.paragraphs.enumerated() {
            firsts.append(lines.count)
            let ranges = TextWrapper.wrap(text.clusters, range: paragraph.clusters, width: width)
            for (n, range) in ranges.enumerated() {
                let start = n == 0 ? paragraph.start : text.clusters[range.lowerBound].start
                let end = n == ranges.count - 1 ? paragraph.end
                    : (range.isEmpty ? start : text.clusters[range.upperBound - 1].end)
                lines.append(LayoutLine(paragraph: index, clusters: range, startOffset: start, endOffset: end))
            }
        }
        self.lines = lines
        paragraphFirstLine = firsts
    }

    /// The line that shows scalar `offset` (the last line starting at or before it).
    /// A laid-out line as plain text: clusters as displayed, tabs expanded to spaces.
    public func plainText(of line: LayoutLine, in text: DisplayText) -> String {
        var out = ""
        var column = 0
        for k in line.clusters {
            let cluster = text.clusters[k]
            let width = TextWrapper.width(of: cluster, at: column)
            out += cluster.kind == .tab ? String(repeating: " ", count: width) : cluster.text
            column += width
        }
        return out
    }

    public func lineIndex(containing offset: Int) -> Int {
        var lo = 0
        var hi = lines.count - 1
        guard hi >= 0 else { return 0 }
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lines[mid].startOffset <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }
}
