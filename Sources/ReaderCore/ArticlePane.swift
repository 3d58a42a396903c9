/// Draws the visible lines of the article into its pane, with highlights; maps a pane position
/// back to a scalar offset for mouse clicks. Work is proportional to the visible lines.
public enum ArticlePane {
    public static func draw(_ state: ReaderState, layout: ArticleLayout, in rect: Rect, into screen: inout Screen) {
        let text = state.cache.document == state.currentDocument ? state.cache.text
            : DisplayText(state.document?.article.text ?? "")
        let first = state.scroll
        let last = min(layout.lines.count, first + rect.height)
        guard first < last else { return }
        let window = layout.lines[first].startOffset..<max(layout.lines[last - 1].endOffset, layout.lines[first].startOffset) + 1
        let highlights = Highlighter.highlights(for: state, in: window)
        let base = StyleSet(.text)
        for (row, index) in (first..<last).enumerated() {
            let line = layout.lines[index]
            var column = 0
            for k in line.clusters {
                let cluster = text.clusters[k]
                let w = TextWrapper.width(of: cluster, at: column)
                guard column + w <= rect.width else { break }
                var style = base
                for h in highlights where h.range.contains(cluster.start) { style.insert(h.role) }
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
        let layout = state.layout
        let index = state.scroll + row
        guard row >= 0, column >= 0, layout.lines.indices.contains(index) else { return nil }
        let text = state.cache.document == state.currentDocument ? state.cache.text
            : DisplayText(state.document?.article.text ?? "")
        var x = 0
        for k in layout.lines[index].clusters {
            let cluster = text.clusters[k]
            let w = TextWrapper.width(of: cluster, at: x)
            if column < x + w { return cluster.start }
            x += w
        }
        return nil
    }
}
