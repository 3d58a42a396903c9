import ArticleKit

/// The first row of a panel: its title, marked when the panel has the focus.
enum PanelHeader {
    static func draw(_ title: String, focused: Bool, in rect: Rect, into screen: inout Screen) {
        var style = StyleSet(.panelTitle)
        if focused { style.insert(.panelFocus) }
        screen.fill(row: rect.row, column: rect.column, count: rect.width, style: style)
        screen.put(Truncate.toWidth((focused ? "▸ " : "  ") + title, rect.width - 1), row: rect.row,
                   column: rect.column, limit: rect.width, style: style)
    }

    /// Clears a panel's rectangle and returns the analysis to list, or draws "analysing…" under
    /// the title and returns nil while the analysis has not arrived (or there is no room).
    static func begin(_ title: String, focused: Bool, analysis: Analysis?, in rect: Rect,
                      into screen: inout Screen) -> Analysis? {
        guard rect.height > 0, rect.width > 0 else { return nil }
        screen.fill(rect, style: StyleSet(.panelText))
        guard let analysis else {
            draw(title, focused: focused, in: rect, into: &screen)
            screen.put("analysing…", row: rect.row + 1, column: rect.column + 2, limit: rect.width - 2,
                       style: StyleSet([.panelText, .panelDim]))
            return nil
        }
        return analysis
    }

    static func rowStyle(cursor: Bool, focused: Bool) -> StyleSet {
        var style = StyleSet(.panelText)
        if cursor { style.insert(focused ? .selection : .selectionInactive) }
        return style
    }
}
