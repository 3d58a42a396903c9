import ArticleKit

/// The two bottom rows: the status bar (position, quote, search, filter, counts, mode) and the
/// message line (prompt while typing a search, else a transient message, else a key hint).
public enum StatusBar {
    /// The status bar's text, left part and right part.
    public static func parts(_ state: ReaderState) -> (left: String, right: String) {
        var left = state.positionText
        if let info = state.currentQuoteInfo {
            left += "  quote \(info.position)/\(info.count) — \(TextSanitizer.flatten(info.speaker))"
        }
        if let search = state.search {
            left += "  \(search.backward ? "?" : "/")\(TextSanitizer.flatten(search.query)) \(search.summary)"
        }
        if let actor = state.actorFilter, let analysis = state.analysis, analysis.actors.indices.contains(actor) {
            left += "  filter: \(TextSanitizer.flatten(analysis.actors[actor].name))"
        }
        return (left, rightParts(state).full)
    }

    /// The right part in a long and a short form (the short one is used when the long one does not fit).
    static func rightParts(_ state: ReaderState) -> (full: String, short: String) {
        let mode = mode(state)
        guard let analysis = state.analysis else { return ("analysing…  " + mode, "analysing…  " + mode) }
        var off: [String] = []
        if !state.showEntities { off.append("entities off") } else if state.entityKinds.count < EntityType.allCases.count {
            off.append(EntityKindLabel.plural(state.entityKinds))
        }
        if !state.showQuotes { off.append("quotes off") }
        let toggles = off.isEmpty ? "" : " (" + off.joined(separator: ", ") + ")"
        let full = "\(analysis.entities.count) entities · \(analysis.quotes.count) quotes · \(analysis.actors.count) actors" + toggles + "  " + mode
        let short = "\(analysis.entities.count)e \(analysis.quotes.count)q \(analysis.actors.count)a" + toggles + " " + mode
        return (full, short)
    }

    static func mode(_ state: ReaderState) -> String {
        if state.prompt != nil { return "SEARCH" }
        if state.showHelp { return "HELP" }
        switch state.focus {
        case .article: return "ARTICLE"
        case .actors: return "ACTORS"
        case .statements: return "STATEMENTS"
        }
    }

    /// The key hint, from the key table in use (so a remapped key shows its new name).
    static func hint(_ keymap: Keymap) -> String {
        func key(_ action: Action) -> String {
            // A letter reads better in a hint than F1.
            let keys = keymap.bindings.first { $0.action == action && !$0.keys.isEmpty }?.keys ?? []
            let letter = keys.first { if case .character = $0 { true } else { false } }
            return (letter ?? keys.first).map(KeyName.label) ?? "—"
        }
        return "\(key(.quit)) quit  \(key(.showHelp)) help, legend  \(key(.next))/\(key(.previous)) quotes  "
            + "\(key(.startSearch(backward: false))) search  \(key(.focusNext)) panels  \(key(.cycleTheme)) theme"
    }

    static func draw(_ state: ReaderState, layout: ScreenLayout, into screen: inout Screen) {
        let row = layout.statusRow
        let style = StyleSet(.statusBar)
        screen.fill(row: row, column: 0, count: screen.width, style: style)
        var left = parts(state).left
        let rights = rightParts(state)
        // The left part wins when both do not fit; the right part is shown (long or short) only when it fits.
        let leftWidth = DisplayWidth.of(left)
        var rightWidth = 0
        for right in [rights.full, rights.short, mode(state)] {
            let width = DisplayWidth.of(right)
            if leftWidth + width + 3 <= screen.width {
                screen.put(right, row: row, column: screen.width - width - 1, style: StyleSet([.statusBar, .statusDim]))
                rightWidth = width
                break
            }
        }
        // The title leads the bar, as in less, when at least a recognisable part of it fits.
        let room = min(32, screen.width - leftWidth - rightWidth - 6)
        if room >= 10, let title = state.document?.article.title, !title.isEmpty {
            left = Truncate.toWidth(TextSanitizer.flatten(title), room) + "  " + left
        }
        screen.put(Truncate.toWidth(left, screen.width - 2), row: row, column: 1, limit: screen.width - 2, style: style)

        let bottom = layout.messageRow
        if let prompt = state.prompt {
            let text = (prompt.backward ? "?" : "/") + prompt.text
            let width = DisplayWidth.of(TextSanitizer.flatten(text))
            // Keep the end of a long query (where the typing happens) in view.
            let shown = width < screen.width ? text : "…" + String(text.suffix(max(1, screen.width - 3)))
            let used = screen.put(shown, row: bottom, column: 0, limit: screen.width - 1, style: StyleSet(.prompt))
            if used < screen.width { screen[bottom, used] = Cell("▏", width: 1, style: StyleSet(.prompt)) }
        } else if let message = state.message {
            screen.put(Truncate.toWidth(message, screen.width - 1), row: bottom, column: 1, style: StyleSet(.message))
        } else {
            screen.put(Truncate.toWidth(hint(state.keymap), screen.width - 1), row: bottom, column: 1, style: StyleSet(.statusDim))
        }
    }
}
