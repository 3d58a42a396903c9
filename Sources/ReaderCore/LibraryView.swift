import ArticleKit

/// Draws the library: a title line with the analysis progress, column headers, one row per
/// article (title, source, date, language, quotes, actors; "…" until its analysis arrives), and a
/// bottom line with the filter or the keys.
enum LibraryView {
    static func draw(_ state: ReaderState, into screen: inout Screen) {
        let width = screen.width
        let rows = state.library.rows(state.documents)
        let analysed = state.documents.filter { $0.analysis != nil }.count
        let total = state.documents.count
        var heading = "Library: \(rows.count == total ? "\(total)" : "\(rows.count) of \(total)") articles, by \(state.library.sort.rawValue)"
        if analysed < total { heading += "  (analysing \(analysed)/\(total))" }
        screen.fill(row: 0, column: 0, count: width, style: StyleSet(.title))
        screen.put(Truncate.toWidth(heading, width), row: 0, column: 0, style: StyleSet(.title))

        let numbers = 7, language = 5
        let source = width >= 80 ? min(30, width / 4) : 0
        let date = width >= 60 ? 11 : 0
        let title = max(1, width - 2 * numbers - language - source - date - 2)
        func columns(_ cells: [String], row: Int, style: StyleSet) {
            var x = 0
            for (text, columnWidth) in zip(cells, [2, title, source, date, language, numbers, numbers]) where columnWidth > 0 {
                screen.put(Truncate.toWidth(text, columnWidth - (columnWidth > 2 ? 1 : 0)), row: row, column: x, style: style)
                x += columnWidth
            }
        }
        columns(["", "Title", "Source", "Date", "Lang", "Quotes", "Actors"], row: 1, style: StyleSet(.panelTitle))
        let page = state.libraryPageHeight
        for (offset, index) in rows.dropFirst(state.library.top).prefix(page).enumerated() {
            let document = state.documents[index]
            let selected = index == state.library.selected
            let style = selected ? StyleSet(.selection) : StyleSet(.panelText)
            if selected { screen.fill(row: 2 + offset, column: 0, count: width, style: style) }
            let analysis = document.analysis
            columns([selected ? "▸" : "", document.article.title, document.article.source ?? "",
                     String((document.article.published ?? "").prefix(10)),
                     analysis?.language ?? document.article.language ?? "…",
                     analysis.map { "\($0.quotes.count)" } ?? "…", analysis.map { "\($0.actors.count)" } ?? "…"],
                    row: 2 + offset, style: style)
        }
        if rows.isEmpty {
            screen.put(Truncate.toWidth("no article matches “\(state.library.filter)”", width), row: 2, column: 2,
                       style: StyleSet(.panelDim))
        }
        let bottom = screen.height - 1
        let line: String
        if state.library.editingFilter {
            line = "filter: " + state.library.filter
        } else if let message = state.message {
            line = message
        } else {
            line = (state.library.filter.isEmpty ? "" : "filter “\(state.library.filter)”  ")
                + "Enter open  / filter  o sort  q quit  > < next/previous  h help"
        }
        screen.fill(row: bottom, column: 0, count: width, style: StyleSet(.statusBar))
        screen.put(Truncate.toWidth(line, width), row: bottom, column: 0,
                   style: StyleSet(state.library.editingFilter ? .prompt : .statusBar))
    }
}
