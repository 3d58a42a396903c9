/// One display line of the article pane.
public struct LayoutLine: Hashable, Sendable {
    /// Index of the source paragraph.
    public var paragraph: Int
    /// Range into the clusters the line was wrapped from (`ParagraphLayout.clusters`, or
    /// `DisplayText.clusters` in an `ArticleLayout`).
    public var clusters: Range<Int>
    /// Scalar offset where the line starts (the paragraph start for an empty line).
    public var startOffset: Int
    /// Scalar offset just after the line's last cluster.
    public var endOffset: Int
}

/// A whole text wrapped to one width. The reader never builds this for an article (it wraps the
/// paragraphs near the viewport, see `DocumentCache`); it is for tests and tools on short texts.
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
            lines += ParagraphLayout.lines(paragraph: index, start: paragraph.start, end: paragraph.end,
                                           clusters: text.clusters, range: paragraph.clusters, width: width)
        }
        self.lines = lines
        paragraphFirstLine = firsts
    }

    /// A laid-out line as plain text: clusters as displayed, tabs expanded to spaces.
    public func plainText(of line: LayoutLine, in text: DisplayText) -> String {
        ParagraphLayout.plainText(text.clusters, line.clusters)
    }

    /// The line that shows scalar `offset` (the last line starting at or before it).
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
