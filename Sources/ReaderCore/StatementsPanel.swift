/// The statements panel: every quote in reading order (or the filtered actor's) as
/// "speaker — the quote…", wrapped on up to three rows (`StatementEntry`), the current one marked
/// with ▶, a guessed speaker with "?".
enum StatementsPanel {
    static func draw(_ state: ReaderState, in rect: Rect, into screen: inout Screen) {
        let focused = state.focus == .statements
        guard let analysis = PanelHeader.begin("Statements", focused: focused, analysis: state.analysis, in: rect,
                                               into: &screen) else { return }
        let list = state.navigableQuotes
        var title = "Statements (\(list.count))"
        if let actor = state.actorFilter, analysis.actors.indices.contains(actor) {
            title = "Statements: \(analysis.actors[actor].name) (\(list.count))"
        }
        PanelHeader.draw(title, focused: focused, in: rect, into: &screen)
        if list.isEmpty {
            screen.put("no statements", row: rect.row + 1, column: rect.column + 2, limit: rect.width - 2, style: StyleSet([.panelText, .panelDim]))
            return
        }
        let entries = StatementList(state)
        var y = 0
        var index = state.statementTop
        while y < entries.rows, index < entries.count {
            let quoteIndex = list[index]
            let entry = entries.entry(index)
            let style = PanelHeader.rowStyle(cursor: index == state.statementCursor, focused: focused)
            let end = rect.column + rect.width
            // The entry's rows that fit: the last one on screen may be cut off at the bottom.
            for line in 0..<min(entry.height, entries.rows - y) {
                let row = rect.row + 1 + y + line
                screen.fill(row: row, column: rect.column, count: rect.width, style: style)
                var x = rect.column
                if line == 0 {
                    if quoteIndex == state.currentQuote {
                        var marker = style
                        marker.insert(.quoteCurrent)
                        x += screen.put("▶", row: row, column: x, limit: end - x, style: marker)
                    } else {
                        x += screen.put(" ", row: row, column: x, limit: end - x, style: style)
                    }
                    let certainty = state.speakerCertainty(ofQuote: quoteIndex)
                    var speakerStyle = style
                    // "unattributed" is not a name: dimmed like the panel's other notes.
                    speakerStyle.insert(certainty == .uncertain ? .speakerUncertain : certainty == .unattributed ? .panelDim : .speaker)
                    x += screen.put(entry.speaker, row: row, column: x, limit: end - x, style: speakerStyle)
                    x += screen.put(StatementEntry.separator, row: row, column: x, limit: end - x, style: style)
                } else {
                    x += StatementEntry.indent
                }
                guard entry.lines.indices.contains(line) else { continue }
                var quoteStyle = style
                if analysis.quotes[quoteIndex].kind == .indirect { quoteStyle.insert(.panelDim) }
                screen.put(entry.lines[line], row: row, column: x, limit: end - x, style: quoteStyle)
            }
            y += entry.height
            index += 1
        }
    }
}
