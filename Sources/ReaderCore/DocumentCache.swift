/// A position in the article pane: a paragraph and a display line within it (at the cache's width).
public struct LinePosition: Hashable, Comparable, Sendable {
    public var paragraph: Int
    public var line: Int

    public init(paragraph: Int, line: Int) {
        self.paragraph = paragraph
        self.line = line
    }

    public static let start = LinePosition(paragraph: 0, line: 0)

    public static func < (a: LinePosition, b: LinePosition) -> Bool {
        (a.paragraph, a.line) < (b.paragraph, b.line)
    }
}

/// The current document's text with its paragraph index, and the paragraphs near the viewport
/// wrapped to the pane width (a bounded cache: work and memory follow what is on screen, not the
/// article's length). All navigation (moving by lines, the last page, the line showing an offset,
/// distances between lines) walks paragraph by paragraph from a known position, wrapping only the
/// paragraphs it crosses.
///
/// Exact line counts ("line N/M") are kept only for articles up to `exactCountLimit` scalars,
/// where wrapping everything once per width is cheap; longer ones report the paragraph and a
/// percentage of the text instead (see `ReaderState.positionText`).
public struct DocumentCache: Sendable {
    public let document: Int
    public let text: ArticleText
    public private(set) var width = 0
    private var layouts: [Int: ParagraphLayout] = [:]
    private var order: [Int] = []
    private var orderStart = 0
    private var keptClusters = 0
    /// Paragraphs wrapped since the cache was made (for tests: proves work follows the viewport).
    public private(set) var laidOutParagraphs = 0
    /// For short articles: the first global line of each paragraph, and the total, at `width`.
    private var lineStarts: [Int]? = nil
    private var lastPage: (page: Int, top: LinePosition)? = nil

    static let keptParagraphs = 512
    static let keptClusterLimit = 400_000
    public static let exactCountLimit = 100_000

    public init(document: Int, text: String) {
        self.document = document
        self.text = ArticleText(text)
    }

    public var paragraphCount: Int { text.paragraphs.count }

    /// Whether "line N/M" is kept exactly (short articles).
    public var countsLines: Bool { text.scalarCount <= Self.exactCountLimit }

    /// Sets the wrapping width; a new width drops the wrapped paragraphs.
    public mutating func setWidth(_ newWidth: Int) {
        let newWidth = max(1, newWidth)
        guard newWidth != width else { return }
        width = newWidth
        layouts = [:]
        order = []
        orderStart = 0
        keptClusters = 0
        lineStarts = nil
        lastPage = nil
    }

    /// Paragraph `p` wrapped to the width (from the cache when there).
    public mutating func layout(_ p: Int) -> ParagraphLayout {
        if width == 0 { setWidth(1) }
        if let cached = layouts[p] { return cached }
        let layout = text.layout(paragraph: p, width: width)
        laidOutParagraphs += 1
        layouts[p] = layout
        order.append(p)
        keptClusters += layout.clusters.count
        while order.count - orderStart > Self.keptParagraphs
                || (keptClusters > Self.keptClusterLimit && order.count - orderStart > 1) {
            let old = order[orderStart]
            orderStart += 1
            if let removed = layouts.removeValue(forKey: old) { keptClusters -= removed.clusters.count }
        }
        if orderStart > 4 * Self.keptParagraphs {
            order.removeFirst(orderStart)
            orderStart = 0
        }
        return layout
    }

    public mutating func lineCount(_ p: Int) -> Int { layout(p).lines.count }

    /// A position made valid (paragraph and line in range).
    public mutating func clamp(_ pos: LinePosition) -> LinePosition {
        if pos.paragraph < 0 { return .start }
        if pos.paragraph >= paragraphCount { return lastLine() }
        return LinePosition(paragraph: pos.paragraph, line: max(0, min(pos.line, lineCount(pos.paragraph) - 1)))
    }

    /// The article's last line.
    public mutating func lastLine() -> LinePosition {
        let p = paragraphCount - 1
        return LinePosition(paragraph: p, line: lineCount(p) - 1)
    }

    /// `pos` moved by `n` lines, stopping at the first and last lines.
    public mutating func advance(_ pos: LinePosition, by n: Int) -> LinePosition {
        var pos = clamp(pos)
        var n = n
        while n > 0 {
            let count = lineCount(pos.paragraph)
            let room = count - 1 - pos.line
            if n <= room { return LinePosition(paragraph: pos.paragraph, line: pos.line + n) }
            if pos.paragraph + 1 >= paragraphCount { return LinePosition(paragraph: pos.paragraph, line: count - 1) }
            n -= room + 1
            pos = LinePosition(paragraph: pos.paragraph + 1, line: 0)
        }
        while n < 0 {
            if -n <= pos.line { return LinePosition(paragraph: pos.paragraph, line: pos.line + n) }
            if pos.paragraph == 0 { return .start }
            n += pos.line + 1
            let p = pos.paragraph - 1
            pos = LinePosition(paragraph: p, line: lineCount(p) - 1)
        }
        return pos
    }

    /// Lines from `a` to `b` (negative when `b` is above), clamped to ±`limit`: work stays
    /// proportional to `limit`, not to how far apart the two are.
    public mutating func distance(from a: LinePosition, to b: LinePosition, limit: Int) -> Int {
        if a == b { return 0 }
        if b < a { return -distance(from: b, to: a, limit: limit) }
        if a.paragraph == b.paragraph { return min(limit, b.line - a.line) }
        var d = lineCount(a.paragraph) - a.line
        var p = a.paragraph + 1
        while p < b.paragraph {
            if d > limit { return limit }
            d += lineCount(p)
            p += 1
        }
        return min(limit, d + b.line)
    }

    /// The largest useful top line for a pane of `page` rows: the last line reaches the bottom.
    /// Found by wrapping the last paragraphs backwards.
    public mutating func lastPageTop(page: Int) -> LinePosition {
        if let cached = lastPage, cached.page == page { return cached.top }
        let top = advance(lastLine(), by: -(max(1, page) - 1))
        lastPage = (page, top)
        return top
    }

    /// The line showing scalar `offset`.
    public mutating func position(containing offset: Int) -> LinePosition {
        let p = text.paragraphs.paragraph(containing: offset)
        return LinePosition(paragraph: p, line: layout(p).line(containing: offset))
    }

    /// The line at `pos`.
    public mutating func line(at pos: LinePosition) -> LayoutLine {
        let pos = clamp(pos)
        return layout(pos.paragraph).lines[pos.line]
    }

    /// Up to `count` lines from `pos` down, each with its paragraph's layout.
    public mutating func lines(from pos: LinePosition, count: Int) -> [(layout: ParagraphLayout, line: Int)] {
        var result: [(layout: ParagraphLayout, line: Int)] = []
        guard count > 0 else { return result }
        var pos = clamp(pos)
        while result.count < count {
            let layout = layout(pos.paragraph)
            var n = pos.line
            while n < layout.lines.count, result.count < count {
                result.append((layout, n))
                n += 1
            }
            guard pos.paragraph + 1 < paragraphCount else { break }
            pos = LinePosition(paragraph: pos.paragraph + 1, line: 0)
        }
        return result
    }

    /// For short articles: the global line number of the first line of each paragraph plus the
    /// total at the end; nil for long articles. Wraps every paragraph once per width (not kept).
    public mutating func lineStartsIfShort() -> [Int]? {
        guard countsLines else { return nil }
        if let lineStarts { return lineStarts }
        if width == 0 { setWidth(1) }
        var starts: [Int] = []
        starts.reserveCapacity(paragraphCount + 1)
        var total = 0
        for p in 0..<paragraphCount {
            starts.append(total)
            if let cached = layouts[p] {
                total += cached.lines.count
            } else {
                total += text.layout(paragraph: p, width: width).lines.count
                laidOutParagraphs += 1
            }
        }
        starts.append(total)
        lineStarts = starts
        return starts
    }

    /// The global line number of `pos` (0-based). Exact; for long articles this wraps every
    /// paragraph above it, so the reader itself only uses it for short ones.
    public mutating func globalLine(of pos: LinePosition) -> Int {
        let pos = clamp(pos)
        if let starts = lineStartsIfShort() { return starts[pos.paragraph] + pos.line }
        var total = 0
        for p in 0..<pos.paragraph { total += text.layout(paragraph: p, width: width).lines.count }
        return total + pos.line
    }

    /// Total lines. Exact; for long articles this wraps every paragraph (tests and tools only).
    public mutating func totalLines() -> Int {
        if let starts = lineStartsIfShort() { return starts[starts.count - 1] }
        var total = 0
        for p in 0..<paragraphCount { total += text.layout(paragraph: p, width: width).lines.count }
        return total
    }

    /// The position of global line `n` (clamped). Exact; costs like `globalLine`.
    public mutating func position(ofGlobalLine n: Int) -> LinePosition {
        advance(.start, by: max(0, n))
    }
}
