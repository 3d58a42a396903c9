/// Mouse: the wheel scrolls the pane under the pointer, a click selects what is under it.
extension Reader {
    static let wheelStep = 3

    static func mouse(_ state: inout ReaderState, _ event: MouseEvent) {
        let layout = state.screenLayout
        guard let pane = layout.pane(atRow: event.row, column: event.column) else { return }
        switch event.kind {
        case .wheelUp:
            moveSelection(&state, pane: pane, by: -wheelStep)
        case .wheelDown:
            moveSelection(&state, pane: pane, by: wheelStep)
        case .click:
            guard let rect = layout.rect(for: pane) else { return }
            switch pane {
            case .article:
                state.focus = .article
                guard let offset = ArticlePane.offset(in: state, row: event.row - rect.row, column: event.column - rect.column),
                      let quote = quote(at: offset, in: state) else { return }
                makeCurrent(&state, quote: quote)
            case .actors:
                state.focus = .actors
                let row = event.row - rect.row - 1
                guard row >= 0, state.actorTop + row < state.actorsInOrder.count else { return }
                state.actorCursor = state.actorTop + row
            case .statements:
                state.focus = .statements
                let list = state.navigableQuotes
                guard let position = StatementList(state).position(atRow: event.row - rect.row - 1, top: state.statementTop),
                      list.indices.contains(position) else { return }
                state.statementCursor = position
                jumpToQuote(&state, list[state.statementCursor])
            }
        }
    }

    /// The innermost quote covering a scalar offset (only while quotes are highlighted).
    static func quote(at offset: Int, in state: ReaderState) -> Int? {
        guard state.showQuotes, let quotes = state.analysis?.quotes else { return nil }
        var best: Int?
        for (i, q) in quotes.enumerated() where q.span.contains(offset) {
            if best == nil || q.span.length < quotes[best!].span.length { best = i }
        }
        return best
    }
}
