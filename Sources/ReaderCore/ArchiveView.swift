/// Draws the archive view: a title line, column headers, one row per actor (name, type,
/// statements, articles) or per statement of one actor (date, article title, the statement),
/// and a bottom line with the keys. Every text goes through `Screen.put`, which sanitises it.
enum ArchiveView {
    static func draw(_ state: ReaderState, into screen: inout Screen) {
        let width = screen.width
        let view = state.archive
        func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
        let heading: String
        switch view.listing {
        case .loading: heading = "Archive: loading…"
        case .actors: heading = "Archive: \(count(view.actors.count, "actor")), most quoted first"
        case .statements(let actor): heading = "Archive: \(actor.name), \(count(view.statements.count, "statement")), oldest first"
        case .unavailable(let reason): heading = "Archive: " + reason
        }
        screen.fill(row: 0, column: 0, count: width, style: StyleSet(.title))
        screen.put(Truncate.toWidth(TextSanitizer.flatten(heading), width), row: 0, column: 0, style: StyleSet(.title))

        func columns(_ cells: [(String, Int)], row: Int, style: StyleSet) {
            var x = 0
            for (text, columnWidth) in cells where columnWidth > 0 {
                screen.put(Truncate.toWidth(TextSanitizer.flatten(text), columnWidth - (columnWidth > 2 ? 1 : 0)),
                           row: row, column: x, style: style)
                x += columnWidth
            }
        }
        let page = state.archivePageHeight
        switch view.listing {
        case .actors:
            let numbers = 11, type = 5
            let name = max(1, width - 2 - type - 2 * numbers)
            columns([("", 2), ("Actor", name), ("Type", type), ("Statements", numbers), ("Articles", numbers)],
                    row: 1, style: StyleSet(.panelTitle))
            for (offset, actor) in view.actors.enumerated().dropFirst(view.top).prefix(page) {
                let selected = offset == view.cursor
                let style = selected ? StyleSet(.selection) : StyleSet(.panelText)
                if selected { screen.fill(row: 2 + offset - view.top, column: 0, count: width, style: style) }
                columns([(selected ? "▸" : "", 2), (actor.name, name), (actor.type, type),
                         ("\(actor.statements)", numbers), ("\(actor.articles)", numbers)],
                        row: 2 + offset - view.top, style: style)
            }
        case .statements:
            let date = width >= 60 ? 11 : 0
            let title = width >= 80 ? min(30, width / 4) : 0
            let text = max(1, width - 2 - date - title)
            columns([("", 2), ("Date", date), ("Article", title), ("Statement", text)], row: 1, style: StyleSet(.panelTitle))
            for (offset, statement) in view.statements.enumerated().dropFirst(view.top).prefix(page) {
                let selected = offset == view.cursor
                let style = selected ? StyleSet(.selection) : StyleSet(.panelText)
                if selected { screen.fill(row: 2 + offset - view.top, column: 0, count: width, style: style) }
                columns([(selected ? "▸" : "", 2), (String((statement.published ?? "undated").prefix(10)), date),
                         (statement.title, title), ("“" + statement.text + "”", text)],
                        row: 2 + offset - view.top, style: style)
            }
        case .loading, .unavailable:
            break
        }
        let bottom = screen.height - 1
        let keys: String
        if case .statements = view.listing {
            keys = "Enter open the article at this quote  Esc back to the actors  j/k move"
        } else {
            keys = "Enter the actor's statements  Esc back to the reader  j/k move"
        }
        screen.fill(row: bottom, column: 0, count: width, style: StyleSet(.statusBar))
        screen.put(Truncate.toWidth(state.message.map(TextSanitizer.flatten) ?? keys, width), row: bottom, column: 0,
                   style: StyleSet(.statusBar))
    }
}
