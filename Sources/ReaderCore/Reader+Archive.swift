import ArticleKit

extension ReaderState {
    /// Rows of the archive view's list on this screen.
    var archivePageHeight: Int { max(1, height - 3) }
}

extension Reader {
    /// Loads the archive view asked for, for the terminal layer to run off the key loop.
    public static func takeArchiveRequests(_ state: inout ReaderState) -> [ArchiveRequest] {
        defer { state.archive.requests = [] }
        return state.archive.requests
    }

    static func archive(_ state: inout ReaderState, _ action: ArchiveAction) {
        switch action {
        case .show:
            state.showArchive = true
            state.archive.listing = .loading
            state.archive.cursor = 0
            state.archive.top = 0
            state.archive.requests.append(.actors)
        case .actorsLoaded(let rows):
            state.archive.actors = rows
            guard state.showArchive, state.archive.listing == .loading else { return }
            state.archive.listing = rows.isEmpty ? .unavailable("no statement archived yet") : .actors
            state.archive.cursor = min(state.archive.actorCursor, max(0, rows.count - 1))
        case .statementsLoaded(let id, let rows):
            guard state.showArchive, state.archive.listing == .loading,
                  let actor = state.archive.actors.first(where: { $0.id == id }) else { return }
            state.archive.statements = rows
            state.archive.listing = .statements(actor)
            state.archive.cursor = 0
            state.archive.top = 0
        case .unavailable(let reason):
            guard state.showArchive else { return }
            state.archive.listing = .unavailable(reason)
        case .elsewhereLoaded(let document, let counts):
            if state.documents.indices.contains(document), counts.count == state.documents[document].analysis?.actors.count {
                state.elsewhere[document] = counts
            }
            return
        case .articleLoaded(let article, let start):
            guard state.showArchive else { return }
            openArticle(&state, article, at: start)
        case .move(let n):
            state.archive.cursor = max(0, min(state.archive.rowCount - 1, state.archive.cursor + max(-Int.max / 2, min(Int.max / 2, n))))
        case .movePage(let n):
            let step = clampMultiply(max(-state.archive.rowCount, min(state.archive.rowCount, n)), state.archivePageHeight)
            state.archive.cursor = max(0, min(state.archive.rowCount - 1, state.archive.cursor + step))
        case .open:
            openArchiveRow(&state)
        case .back:
            if case .statements = state.archive.listing {
                state.archive.listing = .actors
                state.archive.cursor = state.archive.actorCursor
                state.archive.top = 0
            } else {
                state.showArchive = false
            }
        }
        state.archive.top = keepVisible(cursor: state.archive.cursor, top: state.archive.top,
                                        rows: state.archivePageHeight, count: state.archive.rowCount)
    }

    /// Enter: an actor lists its statements (loaded off the key loop); a statement opens its
    /// article at that quote when the article is open in this session.
    private static func openArchiveRow(_ state: inout ReaderState) {
        let cursor = state.archive.cursor
        switch state.archive.listing {
        case .actors:
            guard state.archive.actors.indices.contains(cursor) else { return }
            state.archive.actorCursor = cursor
            state.archive.listing = .loading
            state.archive.requests.append(.statements(actorID: state.archive.actors[cursor].id))
        case .statements:
            guard state.archive.statements.indices.contains(cursor) else { return }
            let row = state.archive.statements[cursor]
            guard let index = state.documents.firstIndex(where: { ContentHash.of($0.article.text) == row.article }) else {
                // Not open in this session: its text comes from the archive.
                state.archive.requests.append(.article(hash: row.article, start: row.start))
                state.message = "opening " + TextSanitizer.flatten(row.title) + "…"
                return
            }
            show(&state, document: index, at: row.start)
        case .loading, .unavailable:
            break
        }
    }

    /// Opens an article the archive gave, as one more document (the terminal layer analyses it).
    private static func openArticle(_ state: inout ReaderState, _ article: Article, at start: Int) {
        let hash = ContentHash.of(article.text)
        if let index = state.documents.firstIndex(where: { ContentHash.of($0.article.text) == hash }) {
            show(&state, document: index, at: start)
            return
        }
        state.documents.append(Document(article: article))
        let index = state.documents.count - 1
        state.savedAnchors[index] = start
        state.pendingQuotes[index] = start
        show(&state, document: index, at: start)
    }

    /// Leaves the view for document `index`, at the statement starting at `start`: the current
    /// quote when the analysis is there, else the text at that place until it arrives.
    private static func show(_ state: inout ReaderState, document index: Int, at start: Int) {
        state.showArchive = false
        state.showLibrary = false
        if index != state.currentDocument { switchDocument(&state, to: index) }
        if let quote = state.analysis?.quotes.firstIndex(where: { $0.span.start == start }) {
            jumpToQuote(&state, quote)
        } else {
            state.pendingQuotes[index] = start
            state.anchorOffset = start
            reanchor(&state)
            state.message = "analysing… the quote shows when the analysis is done"
        }
    }
}
