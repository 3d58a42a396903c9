/// The first row of a panel: its title, marked when the panel has the focus.
enum PanelHeader {
    static func draw(_ title: String, focused: Bool, in rect: Rect, into screen: inout Screen) {
        var style = StyleSet(.panelTitle)
        if focused { style.insert(.panelFocus) }
        screen.fill(row: rect.row, column: rect.column, count: rect.width, style: style)
        screen.put(Truncate.toWidth((focused ? "▸ " : "  ") + title, rect.width - 1), row: rect.row,
                   column: rect.column, limit: rect.width, style: style)
    }

    static func rowStyle(cursor: Bool, focused: Bool) -> StyleSet {
        var style = StyleSet(.panelText)
        if cursor { style.insert(focused ? .selection : .selectionInactive) }
        return style
    }
}
