/// Row 0: the document's title (and which document, when several are open).
enum TitleBar {
    static func draw(_ state: ReaderState, into screen: inout Screen) {
        let style = StyleSet(.title)
        screen.fill(row: 0, column: 0, count: screen.width, style: style)
        var title = state.document?.article.title ?? ""
        if title.isEmpty { title = "(untitled)" }
        var right = ""
        if state.documents.count > 1 { right = " \(state.currentDocument + 1)/\(state.documents.count) " }
        let rightWidth = DisplayWidth.of(right)
        let room = screen.width - 1 - rightWidth
        screen.put(Truncate.toWidth(title, room), row: 0, column: 1, limit: room, style: style)
        if rightWidth > 0, rightWidth < screen.width {
            screen.put(right, row: 0, column: screen.width - rightWidth, style: style)
        }
    }
}
