/// Greedy word wrapping by display width. Breaks at spaces (except where `LineBreakRules` keeps
/// the neighbours together, as in "dit : « oui »"); a word longer than the line is broken
/// between clusters (never inside one); a wide cluster that does not fit in the last column moves
/// to the next line; spaces at a break are dropped.
public enum TextWrapper {
    public static let tabStop = 4

    /// Columns a tab takes when it starts at `column`.
    public static func tabWidth(at column: Int) -> Int { tabStop - column % tabStop }

    /// Columns taken by `clusters[range]` drawn from column 0.
    public static func measure(_ clusters: [DisplayCluster], _ range: Range<Int>) -> Int {
        var column = 0
        for index in range { column += Self.width(of: clusters[index], at: column) }
        return column
    }

    @inline(__always)
    public static func width(of cluster: DisplayCluster, at column: Int) -> Int {
        cluster.kind == .tab ? tabWidth(at: column) : cluster.width
    }

    /// The cluster ranges of the lines `clusters[range]` wraps into at `width` columns; at least one
    /// (possibly empty) line.
    public static func wrap(_ clusters: [DisplayCluster], range: Range<Int>, width: Int) -> [Range<Int>] {
        let width = max(1, width)
        var lines: [Range<Int>] = []
        var lineStart = range.lowerBound
        var column = 0
        var breakAt: Int? = nil
        // End of a run of spaces that must not break (before » or after «), found once per run.
        var gluedUntil = range.lowerBound
        var k = range.lowerBound
        while k < range.upperBound {
            let cluster = clusters[k]
            let w = Self.width(of: cluster, at: column)
            if cluster.isWhitespace, k == range.lowerBound || !clusters[k - 1].isWhitespace {
                var next = k
                while next < range.upperBound, clusters[next].isWhitespace { next += 1 }
                let before = k > range.lowerBound ? clusters[k - 1] : nil
                let after = next < range.upperBound ? clusters[next] : nil
                if before != nil, LineBreakRules.keepsTogether(before, after) { gluedUntil = next }
            }
            if cluster.isWhitespace, k >= gluedUntil {
                if column + w > width {
                    // The line ends here; the whitespace run is dropped.
                    lines.append(lineStart..<k)
                    var next = k
                    while next < range.upperBound, clusters[next].isWhitespace { next += 1 }
                    lineStart = next
                    column = 0
                    breakAt = nil
                    k = next
                    continue
                }
                column += w
                k += 1
                breakAt = k
                continue
            }
            if column + w > width, k > lineStart {
                if let b = breakAt, b > lineStart, b <= k {
                    lines.append(lineStart..<b)
                    lineStart = b
                    column = measure(clusters, b..<k)
                } else {
                    lines.append(lineStart..<k)
                    lineStart = k
                    column = 0
                }
                breakAt = nil
                continue
            }
            column += w
            k += 1
        }
        if lineStart < range.upperBound || lines.isEmpty {
            lines.append(lineStart..<range.upperBound)
        }
        return lines
    }
}
