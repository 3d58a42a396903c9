/// Draws the visible lines of the article into its pane, with highlights; maps a pane position
/// back to a scalar offset for mouse clicks. Work is proportional to the visible lines: only the
/// paragraphs on screen are wrapped (normally already in the cache).
public enum ArticlePane {
    public static func draw(_ state: ReaderState, in rect: Rect, into screen: inout Screen) {
        var cache = state.currentCache
        let rows = cache.lines(from: state.top, count: rect.height)
        guard let firstRow = rows.first, let lastRow = rows.last else { return }
        let start = firstRow.layout.lines[firstRow.line].startOffset
        let window = start..<max(lastRow.layout.lines[lastRow.line].endOffset, start) + 1
        // Highlights by start, swept along the clusters (which come in text order): each cluster
        // looks at the highlights covering it, not at every one on screen.
        let highlights = Highlighter.highlights(for: state, in: window).sorted { $0.range.lowerBound < $1.range.lowerBound }
        var nextHighlight = 0
        var active: [Highlight] = []
        let base = StyleSet(.text)
        for (row, entry) in rows.enumerated() {
            let line = entry.layout.lines[entry.line]
            let clusters = entry.layout.clusters
            var column = 0
            for k in line.clusters {
                let cluster = clusters[k]
                let w = TextWrapper.width(of: cluster, at: column)
                guard column + w <= rect.width else { break }
                while nextHighlight < highlights.count, highlights[nextHighlight].range.lowerBound <= cluster.start {
                    active.append(highlights[nextHighlight])
                    nextHighlight += 1
                }
                active.removeAll { $0.range.upperBound <= cluster.start }
                var style = base
                for h in active { style.insert(h.role) }
                let x = rect.column + column
                let y = rect.row + row
                switch cluster.kind {
                case .tab:
                    for i in 0..<w { screen[y, x + i] = Cell(" ", width: 1, style: style) }
                case .control:
                    style.insert(.controlPicture)
                    for (i, c) in cluster.text.enumerated() { screen[y, x + i] = Cell(String(c), width: 1, style: style) }
                case .text, .space:
                    screen[y, x] = Cell(cluster.text, width: w, style: style)
                    if w == 2 { screen[y, x + 1] = .continuation(style: style) }
                }
                column += w
            }
        }
    }

    /// The scalar offset shown at a position of the pane (row and column relative to it), if any.
    public static func offset(in state: ReaderState, row: Int, column: Int) -> Int? {
        guard row >= 0, column >= 0 else { return nil }
        var cache = state.currentCache
        let rows = cache.lines(from: state.top, count: row + 1)
        guard rows.count == row + 1, let entry = rows.last else { return nil }
        var x = 0
        for k in entry.layout.lines[entry.line].clusters {
            let cluster = entry.layout.clusters[k]
            let w = TextWrapper.width(of: cluster, at: x)
            if column < x + w { return cluster.start }
            x += w
        }
        return nil
    }
}
