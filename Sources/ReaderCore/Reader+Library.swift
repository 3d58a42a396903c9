import ArticleKit

extension ReaderState {
    /// Shows the library (the reader session does this when more than one article is open).
    public mutating func openLibrary() {
        guard documents.count > 1 else { return }
        library.selected = currentDocument
        showLibrary = true
        Reader.keepLibraryCursorVisible(&self)
    }

    /// Rows of the library's list on this screen.
    var libraryPageHeight: Int { max(1, height - 3) }
}

extension Reader {
    static func library(_ state: inout ReaderState, _ action: LibraryAction) {
        if case .show = action {
            state.openLibrary()
            if state.documents.count < 2 { state.message = "only one document open" }
            return
        }
        guard state.showLibrary else { return }
        let rows = state.library.rows(state.documents)
        let position = rows.firstIndex(of: state.library.selected)
        func select(_ index: Int) {
            guard !rows.isEmpty else { return }
            state.library.selected = rows[max(0, min(rows.count - 1, index))]
        }
        switch action {
        case .move(let n): select(position.map { $0 + max(-rows.count, min(rows.count, n)) } ?? 0)
        case .movePage(let n): select((position ?? 0) + clampMultiply(max(-rows.count, min(rows.count, n)), state.libraryPageHeight))
        case .open:
            guard let position else { return }
            state.showLibrary = false
            if rows[position] != state.currentDocument || state.documents.count > 1 {
                let target = rows[position]
                if target != state.currentDocument { switchDocument(&state, to: target) }
            }
        case .cycleSort:
            state.library.sort = state.library.sort.next
            state.message = "sorted by \(state.library.sort.rawValue)"
        case .startFilter: state.library.editingFilter = true
        case .filterInsert(let c): state.library.filter.append(c)
        case .filterBackspace: if !state.library.filter.isEmpty { state.library.filter.removeLast() }
        case .filterDone: state.library.editingFilter = false
        case .clearFilter:
            state.library.filter = ""
            state.library.editingFilter = false
        case .show: break
        }
        // The cursor follows the filter: the first matching row when its article is filtered out.
        let shown = state.library.rows(state.documents)
        if !shown.contains(state.library.selected), let first = shown.first { state.library.selected = first }
        keepLibraryCursorVisible(&state)
    }

    static func keepLibraryCursorVisible(_ state: inout ReaderState) {
        let rows = state.library.rows(state.documents)
        let cursor = rows.firstIndex(of: state.library.selected) ?? 0
        state.library.top = keepVisible(cursor: cursor, top: state.library.top, rows: state.libraryPageHeight, count: rows.count)
    }
}
