import ArticleKit

/// Focus, panel visibility, panel cursors, and what Enter does in a panel.
extension Reader {
    static func focusOrder(_ state: ReaderState) -> [Pane] {
        var order: [Pane] = [.article]
        if state.showActors { order.append(.actors) }
        if state.showStatements { order.append(.statements) }
        return order
    }

    static func cycleFocus(_ state: inout ReaderState, by step: Int) {
        let order = focusOrder(state)
        let index = order.firstIndex(of: state.focus) ?? 0
        state.focus = order[((index + step) % order.count + order.count) % order.count]
    }

    static func focus(_ state: inout ReaderState, _ pane: Pane) {
        switch pane {
        case .actors: state.showActors = true
        case .statements: state.showStatements = true
        case .article: break
        }
        state.focus = pane
    }

    static func togglePanel(_ state: inout ReaderState, _ pane: Pane) {
        guard pane != .article else { return }
        if state.screenLayout.mode == .narrow {
            // Narrow screens show a panel only as an overlay: the key opens or closes it.
            if state.focus == pane {
                state.focus = .article
            } else {
                focus(&state, pane)
            }
            return
        }
        let shown: Bool
        if pane == .actors {
            state.showActors.toggle()
            shown = state.showActors
        } else {
            state.showStatements.toggle()
            shown = state.showStatements
        }
        if !shown, state.focus == pane { state.focus = .article }
        state.message = "\(pane == .actors ? "actors" : "statements") panel \(shown ? "shown" : "hidden")"
    }

    static func moveSelection(_ state: inout ReaderState, by n: Int) {
        moveSelection(&state, pane: state.focus, by: n)
    }

    static func moveSelection(_ state: inout ReaderState, pane: Pane, by n: Int) {
        switch pane {
        case .actors:
            let count = state.actorsInOrder.count
            state.actorCursor = max(0, min(count - 1, clampAdd(state.actorCursor, n)))
        case .statements:
            let count = state.navigableQuotes.count
            state.statementCursor = max(0, min(count - 1, clampAdd(state.statementCursor, n)))
        case .article:
            scroll(&state, by: n)
        }
    }

    static func clampAdd(_ a: Int, _ b: Int) -> Int {
        let (sum, overflow) = a.addingReportingOverflow(b)
        return overflow ? (b > 0 ? Int.max / 2 : -Int.max / 2) : sum
    }

    static func activateSelection(_ state: inout ReaderState) {
        switch state.focus {
        case .statements:
            let list = state.navigableQuotes
            guard list.indices.contains(state.statementCursor) else { return }
            jumpToQuote(&state, list[state.statementCursor])
            if state.screenLayout.mode == .narrow { state.focus = .article }
        case .actors:
            let actors = state.actorsInOrder
            guard actors.indices.contains(state.actorCursor) else { return }
            let actor = actors[state.actorCursor]
            filterActor(&state, state.actorFilter == actor ? nil : actor)
        case .article:
            break
        }
    }

    static func filterActor(_ state: inout ReaderState, _ actor: Int?) {
        guard let actor, let analysis = state.analysis, analysis.actors.indices.contains(actor) else {
            if state.actorFilter != nil { state.message = "filter cleared: all statements" }
            state.actorFilter = nil
            return
        }
        state.actorFilter = actor
        let list = state.navigableQuotes
        state.statementCursor = state.currentQuote.flatMap { list.firstIndex(of: $0) } ?? 0
        state.statementTop = 0
        let name = TextSanitizer.flatten(analysis.actors[actor].name)
        state.message = "\(name): \(list.count) statement\(list.count == 1 ? "" : "s"), n/N go through them (Esc clears)"
    }
}
