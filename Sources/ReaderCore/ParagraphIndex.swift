/// Where each source paragraph of an article starts, found at open in one scan of the text's
/// UTF-8 (no per-cluster work, no allocation per paragraph beyond two integers and a byte).
/// A paragraph is the text between line breaks (LF, CR, CRLF, U+2028, U+2029), as
/// `TextSanitizer` classifies them: a blank line is an empty paragraph. Line breaks always end a
/// grapheme cluster, so segmenting each paragraph on its own gives the clusters of the whole text.
public struct ParagraphIndex: Sendable {
    /// Scalar offset where each paragraph starts.
    private let scalarStarts: [UInt32]
    /// UTF-8 offset where each paragraph starts.
    private let utf8Starts: [UInt32]
    /// The line break ending each paragraph: 0 none (the last), 1 LF or CR, 2 CRLF, 3 U+2028/U+2029,
    /// 4 none (a long paragraph cut into pieces, see `pieceBytes`).
    private let breaks: [UInt8]
    public let scalarCount: Int
    public let utf8Count: Int
    /// Longest piece of a paragraph wrapped at once, in UTF-8 bytes (longer ones are cut at a space).
    public static let pieceBytes = 32_768
    /// ASCII bytes of `LineBreakRules.closing`: a piece never starts with one.
    static let closingASCII: Set<UInt8> = Set(":;!?%,.)]}".utf8)

    public init(_ text: String) {
        var text = text
        text.makeContiguousUTF8()
        let scanned = text.utf8.withContiguousStorageIfAvailable { Self.scan($0) }
            ?? Array(text.utf8).withUnsafeBufferPointer { Self.scan($0) }
        scalarStarts = scanned.starts
        utf8Starts = scanned.utf8Starts
        breaks = scanned.breaks
        scalarCount = scanned.scalars
        utf8Count = text.utf8.count
    }

    private static func scan(_ buffer: UnsafeBufferPointer<UInt8>)
        -> (starts: [UInt32], utf8Starts: [UInt32], breaks: [UInt8], scalars: Int) {
        var starts: [UInt32] = [0]
        var utf8Starts: [UInt32] = [0]
        var breaks: [UInt8] = []
        var scalars = 0
        guard let base = buffer.baseAddress else { return (starts, utf8Starts, [0], 0) }
        let n = buffer.count
        precondition(n < Int(UInt32.max), "article larger than 4 GB")
        var i = 0
        // Where the current paragraph or piece starts (the last of `utf8Starts`).
        var pieceStart = 0
        while i < n {
            let b = base[i]
            if b >= 0x80 {
                if b == 0xE2, i + 2 < n, base[i + 1] == 0x80, base[i + 2] == 0xA8 || base[i + 2] == 0xA9 {
                    i += 3
                    scalars += 1
                    breaks.append(3)
                    starts.append(UInt32(scalars))
                    utf8Starts.append(UInt32(i))
                    pieceStart = i
                    continue
                }
                if b & 0xC0 != 0x80 {
                    // A long paragraph is also cut before a letter after a space, or between two
                    // letters when it has had no space for long (text without spaces).
                    let length = i - pieceStart
                    if length >= pieceBytes {
                        let v = PieceBoundary.scalar(base, n, at: i)
                        let cut = base[i - 1] == 0x20 ? PieceBoundary.startsCluster(afterSpace: v)
                            : length >= 2 * pieceBytes && PieceBoundary.isBoundary(PieceBoundary.scalar(base, n, before: i), v)
                        if cut {
                            breaks.append(4)
                            starts.append(UInt32(scalars))
                            utf8Starts.append(UInt32(i))
                            pieceStart = i
                        }
                    }
                    scalars += 1
                }
                i += 1
                continue
            }
            if b == 0x0A || b == 0x0D {
                if b == 0x0D, i + 1 < n, base[i + 1] == 0x0A {
                    i += 2
                    scalars += 2
                    breaks.append(2)
                } else {
                    i += 1
                    scalars += 1
                    breaks.append(1)
                }
                starts.append(UInt32(scalars))
                utf8Starts.append(UInt32(i))
                pieceStart = i
                continue
            }
            scalars += 1
            i += 1
            // A source paragraph longer than `pieceBytes` is cut after a space followed by an
            // ASCII character (always a cluster boundary), or between two printable ASCII
            // characters when it has had no space for long, so that no single piece of work or
            // cache entry grows with the article (a 20 MB text without line breaks).
            if i < n, i - pieceStart >= pieceBytes, b >= 0x20, b < 0x7F {
                let next = base[i]
                // Not before punctuation that must not start a line ("oui !", "50 %"): see LineBreakRules.
                let cut = b == 0x20 ? next < 0x80 && next != 0x20 && next != 0x0A && next != 0x0D && next != 0x09
                    && !Self.closingASCII.contains(next)
                    : i - pieceStart >= 2 * pieceBytes && PieceBoundary.isASCIIBoundary(b, next)
                if cut {
                    breaks.append(4)
                    starts.append(UInt32(scalars))
                    utf8Starts.append(UInt32(i))
                    pieceStart = i
                }
            }
        }
        breaks.append(0)
        return (starts, utf8Starts, breaks, scalars)
    }

    /// Number of paragraphs (at least one, possibly empty).
    public var count: Int { scalarStarts.count }

    private static func breakScalars(_ kind: UInt8) -> Int {
        switch kind { case 1, 3: 1; case 2: 2; default: 0 }
    }
    private static func breakBytes(_ kind: UInt8) -> Int {
        switch kind { case 1: 1; case 2: 2; case 3: 3; default: 0 }
    }

    /// Scalar offsets of paragraph `p`, its line break excluded.
    public func scalarRange(_ p: Int) -> Range<Int> {
        let start = Int(scalarStarts[p])
        let end = p + 1 < count ? Int(scalarStarts[p + 1]) - Self.breakScalars(breaks[p]) : scalarCount
        return start..<max(start, end)
    }

    /// UTF-8 offsets of paragraph `p`, its line break excluded.
    public func utf8Range(_ p: Int) -> Range<Int> {
        let start = Int(utf8Starts[p])
        let end = p + 1 < count ? Int(utf8Starts[p + 1]) - Self.breakBytes(breaks[p]) : utf8Count
        return start..<max(start, end)
    }

    /// The paragraph showing scalar `offset`: the last one starting at or before it.
    public func paragraph(containing offset: Int) -> Int {
        guard offset > 0 else { return 0 }
        var lo = 0
        var hi = count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if Int(scalarStarts[mid]) <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }
}

/// An article's text with its paragraph index: paragraphs are segmented and wrapped on demand.
public struct ArticleText: Sendable {
    public let string: String
    public let paragraphs: ParagraphIndex

    public init(_ string: String) {
        self.string = string
        paragraphs = ParagraphIndex(string)
    }

    public var scalarCount: Int { paragraphs.scalarCount }

    /// The source text of paragraph `p` (no copy).
    public func substring(ofParagraph p: Int) -> Substring {
        let range = paragraphs.utf8Range(p)
        let utf8 = string.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let end = utf8.index(start, offsetBy: range.count)
        return string[start..<end]
    }

    /// Paragraph `p` sanitised and cut into display clusters, with article scalar offsets.
    public func clusters(ofParagraph p: Int) -> [DisplayCluster] {
        DisplayText.clusters(of: substring(ofParagraph: p), startingAt: paragraphs.scalarRange(p).lowerBound)
    }

    /// Paragraph `p` wrapped to `width` columns.
    public func layout(paragraph p: Int, width: Int) -> ParagraphLayout {
        let range = paragraphs.scalarRange(p)
        return ParagraphLayout(paragraph: p, start: range.lowerBound, end: range.upperBound,
                               clusters: clusters(ofParagraph: p), width: width)
    }
}

/// One paragraph wrapped to a width: its clusters and its lines (cluster ranges into `clusters`).
public struct ParagraphLayout: Sendable {
    public let paragraph: Int
    public let start: Int
    public let end: Int
    public let clusters: [DisplayCluster]
    public let lines: [LayoutLine]

    public init(paragraph: Int, start: Int, end: Int, clusters: [DisplayCluster], width: Int) {
        self.paragraph = paragraph
        self.start = start
        self.end = end
        self.clusters = clusters
        lines = Self.lines(paragraph: paragraph, start: start, end: end, clusters: clusters,
                           range: 0..<clusters.count, width: width)
    }

    /// The lines `clusters[range]` (one source paragraph from `start` to `end`) wraps into.
    static func lines(paragraph: Int, start: Int, end: Int, clusters: [DisplayCluster], range: Range<Int>,
                      width: Int) -> [LayoutLine] {
        let ranges = TextWrapper.wrap(clusters, range: range, width: width)
        var lines: [LayoutLine] = []
        lines.reserveCapacity(ranges.count)
        for (n, r) in ranges.enumerated() {
            let lineStart = n == 0 ? start : clusters[r.lowerBound].start
            let lineEnd = n == ranges.count - 1 ? end : (r.isEmpty ? lineStart : clusters[r.upperBound - 1].end)
            lines.append(LayoutLine(paragraph: paragraph, clusters: r, startOffset: lineStart, endOffset: lineEnd))
        }
        return lines
    }

    /// The line showing scalar `offset` (the last line starting at or before it).
    public func line(containing offset: Int) -> Int {
        var lo = 0
        var hi = lines.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lines[mid].startOffset <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    /// A line as plain text: clusters as displayed, tabs expanded to spaces.
    public func plainText(ofLine n: Int) -> String {
        Self.plainText(clusters, lines[n].clusters)
    }

    static func plainText(_ clusters: [DisplayCluster], _ range: Range<Int>) -> String {
        var out = ""
        var column = 0
        for k in range {
            let cluster = clusters[k]
            let width = TextWrapper.width(of: cluster, at: column)
            out += cluster.kind == .tab ? String(repeating: " ", count: width) : cluster.text
            column += width
        }
        return out
    }
}
