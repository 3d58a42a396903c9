/// The statements panel: every quote in reading order (or the filtered actor's) as
/// "speaker — first words…", the current one marked with ▶, a guessed speaker with "?".
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
        for i in 0..<max(0, rect.height - 1) {
            let index = state.statementTop + i
            guard list.indices.contains(index) else { break }
            let quoteIndex = list[index]
            let quote = analysis.quotes[quoteIndex]
            let row = rect.row + 1 + i
            let style = PanelHeader.rowStyle(cursor: index == state.statementCursor, focused: focused)
            screen.fill(row: row, column: rect.column, count: rect.width, style: style)
            var x = rect.column
            let end = rect.column + rect.width
            if quoteIndex == state.currentQuote {
                var marker = style
                marker.insert(.quoteCurrent)
                x += screen.put("▶", row: row, column: x, limit: end - x, style: marker)
            } else {
                x += screen.put(" ", row: row, column: x, limit: end - x, style: style)
            }
            let certainty = state.speakerCertainty(ofQuote: quoteIndex)
            let uncertain = certainty == .uncertain
            var speakerStyle = style
            // "unattributed" is not a name: dimmed like the panel's other notes.
            speakerStyle.insert(uncertain ? .speakerUncertain : certainty == .unattributed ? .panelDim : .speaker)
            let speaker = state.speakerName(ofQuote: quoteIndex)
            // The "?" is kept whole: the name is shortened to leave it room.
            let nameWidth = max(4, (end - x) / 2) - (uncertain ? 1 : 0)
            x += screen.put(MiddleTruncate.toWidth(speaker, nameWidth) + (uncertain ? "?" : ""), row: row, column: x,
                            limit: end - x, style: speakerStyle)
            x += screen.put(" — ", row: row, column: x, limit: end - x, style: style)
            let words = Truncate.collapsedPrefix(quote.text.isEmpty ? analysis.text[quote.span] : quote.text,
                                                 widerThan: end - x)
            var quoteStyle = style
            if quote.kind == .indirect { quoteStyle.insert(.panelDim) }
            screen.put(Truncate.toWidth(words + " …", end - x), row: row, column: x, limit: end - x, style: quoteStyle)
        }
    }
}
