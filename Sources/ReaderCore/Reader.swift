import ArticleKit

/// The reducer and the renderer: `reduce` changes state for an action, `render` lays it out into cells.
///
/// How a terminal front end drives ReaderCore:
/// 1. `var state = ReaderState(documents: docs, width: cols, height: rows)` — documents may have
///    `analysis: nil`; the first `render` shows the text at once and the status bar says "analysing…".
/// 2. For each key or mouse event: `if let a = state.keymap.action(for: event, in: state) { Reader.reduce(&state, a) }`.
/// 3. Send `.resize(width:height:)` on KEY_RESIZE and `.analysisReady(document:analysis:)` when a worker finishes.
/// 4. After each batch of actions: `let screen = Reader.render(state)`; draw the cells that differ
///    from the previous Screen (roles → theme colours); stop when `state.shouldQuit`.
/// `Keymap.standard.bindings` is the key table for help and README; `state.currentQuoteInfo` gives
/// the current quote's position and speaker; `HelpOverlay.entries()` the help text.
public enum Reader {
    public static func reduce(_ state: inout ReaderState, _ action: Action) {
        switch action {
        case .resize, .analysisReady, .searchIndexReady, .continueSearch, .archive(.actorsLoaded), .archive(.statementsLoaded),
             .archive(.unavailable), .archive(.articleLoaded), .archive(.elsewhereLoaded): break
        default: state.message = nil
        }
        switch action {
        case .library(let action): library(&state, action)
        case .archive(let action): archive(&state, action)
        // With several articles, q in one goes back to the library; q in the library quits.
        case .quit:
            if state.documents.count > 1 && !state.showLibrary { state.openLibrary() } else { state.shouldQuit = true }
        case .scrollLines(let n): scroll(&state, by: n)
        case .scrollPages(let n): scroll(&state, by: clampMultiply(n, max(1, state.pageHeight - 1)))
        case .scrollHalfPages(let n): scroll(&state, by: clampMultiply(n, max(1, state.pageHeight / 2)))
        case .scrollToTop: scroll(&state, by: -Int.max / 2)
        case .scrollToBottom: scroll(&state, by: Int.max / 2)
        case .resize(let width, let height): resize(&state, width: width, height: height)
        case .analysisReady(let document, let analysis): analysisReady(&state, document: document, analysis: analysis)
        case .searchIndexReady(let document, let index): searchIndexReady(&state, document: document, index: index)
        case .mouse(let event): mouse(&state, event)
        case .notify(let text): state.message = text
        case .toggleEntities:
            state.showEntities.toggle()
            state.message = state.showEntities ? "entities shown" : "entities hidden (e shows them)"
        case .cycleEntityKinds: cycleEntityKinds(&state)
        case .cycleTheme: cycleTheme(&state)
        case .copyQuote: copyQuote(&state)
        case .exportStatements(let format): exportStatements(&state, format: format)
        case .toggleQuotes:
            state.showQuotes.toggle()
            state.message = state.showQuotes ? "quotes shown" : "quotes hidden (Q shows them)"
        case .next: state.search != nil ? stepMatch(&state, forward: true) : stepQuote(&state, forward: true)
        case .previous: state.search != nil ? stepMatch(&state, forward: false) : stepQuote(&state, forward: false)
        case .nextQuote: stepQuote(&state, forward: true)
        case .previousQuote: stepQuote(&state, forward: false)
        case .jumpToQuote(let index): jumpToQuote(&state, index)
        case .focusNext: cycleFocus(&state, by: 1)
        case .focusPrevious: cycleFocus(&state, by: -1)
        case .focus(let pane): focus(&state, pane)
        case .togglePanel(let pane): togglePanel(&state, pane)
        case .moveSelection(let n): moveSelection(&state, by: n)
        case .moveSelectionPage(let n):
            let step = state.focus == .statements ? StatementList(state).pageStep
                : max(1, state.screenLayout.listRows(for: state.focus) - 1)
            moveSelection(&state, by: clampMultiply(n, step))
        case .selectFirst: moveSelection(&state, by: -Int.max / 2)
        case .selectLast: moveSelection(&state, by: Int.max / 2)
        case .activateSelection: activateSelection(&state)
        case .filterActor(let actor): filterActor(&state, actor)
        case .escape: escape(&state)
        case .startSearch(let backward): state.prompt = SearchPrompt(backward: backward)
        case .promptInsert(let c): state.prompt?.text.append(c)
        case .promptBackspace: if state.prompt?.text.isEmpty == false { state.prompt?.text.removeLast() }
        case .promptConfirm: confirmSearch(&state)
        case .continueSearch: continueSearch(&state)
        case .promptCancel: state.prompt = nil
        case .showHelp:
            state.showHelp = true
            state.helpScroll = 0
        case .hideHelp: state.showHelp = false
        case .scrollHelp(let n):
            state.helpScroll = max(0, min(state.helpScroll + n, HelpOverlay.maxScroll(state)))
        case .nextDocument: switchDocument(&state, to: state.currentDocument + 1)
        case .previousDocument: switchDocument(&state, to: state.currentDocument - 1)
        case .selectDocument(let index): switchDocument(&state, to: index)
        }
        normalize(&state)
    }

    /// Makes the cache hold the current document at the current pane width; a new document or a
    /// new width puts the top back on the line showing `anchorOffset`.
    static func ensureLayout(_ state: inout ReaderState) {
        if !state.analysisIndex.matches(document: state.currentDocument, analysis: state.analysis) {
            state.analysisIndex = AnalysisIndex(document: state.currentDocument, analysis: state.analysis)
        }
        var reanchor = false
        if state.cache.document != state.currentDocument {
            state.cache = DocumentCache(document: state.currentDocument, text: state.document?.article.text ?? "")
            reanchor = true
        }
        let width = max(1, state.screenLayout.article.width)
        if state.cache.width != width {
            state.cache.setWidth(width)
            reanchor = true
        }
        if reanchor { state.top = state.cache.position(containing: state.anchorOffset) }
    }

    /// After any change: the top line valid and not past the last page, the visible paragraphs
    /// (and, for a short article, the line count) in the cache so that rendering finds them.
    static func settleArticle(_ state: inout ReaderState) {
        ensureLayout(&state)
        state.top = state.cache.clamp(state.top)
        let last = state.cache.lastPageTop(page: state.pageHeight)
        if last < state.top { state.top = last }
        _ = state.cache.lines(from: state.top, count: state.pageHeight)
        _ = state.cache.lineStartsIfShort()
    }

    static func clampMultiply(_ a: Int, _ b: Int) -> Int {
        let (product, overflow) = a.multipliedReportingOverflow(by: b)
        return overflow ? ((a > 0) == (b > 0) ? Int.max / 2 : -Int.max / 2) : product
    }

    /// Scrolls the article by `n` lines (clamped to the first line and the last page) and
    /// remembers that position. A huge `n` (g, G, Home, End) jumps without walking.
    static func scroll(_ state: inout ReaderState, by n: Int) {
        ensureLayout(&state)
        if n >= Int.max / 4 {
            scroll(&state, to: state.cache.lastPageTop(page: state.pageHeight))
        } else if n <= -Int.max / 4 {
            scroll(&state, to: .start)
        } else {
            scroll(&state, to: state.cache.advance(state.top, by: n))
        }
    }

    /// Scrolls so `position` is the first visible line (clamped) and remembers that position.
    static func scroll(_ state: inout ReaderState, to position: LinePosition) {
        ensureLayout(&state)
        var top = state.cache.clamp(position)
        let last = state.cache.lastPageTop(page: state.pageHeight)
        if last < top { top = last }
        state.top = top
        state.anchorOffset = state.cache.line(at: top).startOffset
    }

    /// Scalar offset where the first visible line starts.
    static func topOffset(_ state: inout ReaderState) -> Int {
        ensureLayout(&state)
        return state.cache.line(at: state.top).startOffset
    }

    /// Puts the top on the line showing `anchorOffset`, clamped to the last page.
    static func reanchor(_ state: inout ReaderState) {
        ensureLayout(&state)
        var top = state.cache.position(containing: state.anchorOffset)
        let last = state.cache.lastPageTop(page: state.pageHeight)
        if last < top { top = last }
        state.top = top
    }

    static func resize(_ state: inout ReaderState, width: Int, height: Int) {
        let quoteWasVisible = state.currentQuote.map { isVisible(&state, quote: $0) } ?? false
        state.width = max(0, width)
        state.height = max(0, height)
        reanchor(&state)
        if quoteWasVisible, let quote = state.currentQuote, !isVisible(&state, quote: quote) {
            reveal(&state, quote: quote)
        }
    }

    static func analysisReady(_ state: inout ReaderState, document: Int, analysis: Analysis) {
        guard state.documents.indices.contains(document) else { return }
        state.documents[document].analysis = analysis
        // The actors panel counts the other archived articles that quote each actor.
        state.archive.requests.append(.elsewhere(document: document, text: state.documents[document].article.text,
                                                 names: analysis.actors.map(\.name)))
        guard document == state.currentDocument else { return }
        state.analysisIndex = AnalysisIndex(document: document, analysis: analysis)
        if let q = state.currentQuote, !analysis.quotes.indices.contains(q) { state.currentQuote = nil }
        if let a = state.actorFilter, !analysis.actors.indices.contains(a) { state.actorFilter = nil }
        state.message = "analysis ready: \(analysis.quotes.count) quotes, \(analysis.actors.count) actors (n: next quote)"
        // Opened from the archive view at a statement: show it as the current quote.
        if let start = state.pendingQuotes.removeValue(forKey: document),
           let quote = analysis.quotes.firstIndex(where: { $0.span.start == start }) {
            jumpToQuote(&state, quote)
        }
    }

    /// E: all kinds, then each kind alone, then all again (a set from the config goes to all).
    static func cycleEntityKinds(_ state: inout ReaderState) {
        let order: [Set<EntityType>] = [Set(EntityType.allCases)] + EntityType.allCases.map { [$0] }
        let index = order.firstIndex(of: state.entityKinds) ?? -1
        state.entityKinds = order[(index + 1) % order.count]
        state.showEntities = true
        state.message = "entities shown: " + EntityKindLabel.plural(state.entityKinds)
    }

    static func escape(_ state: inout ReaderState) {
        if state.prompt != nil {
            state.prompt = nil
        } else if state.showHelp {
            state.showHelp = false
        } else if state.search != nil {
            state.search = nil
            state.message = "search cleared: n/N go to quotes again"
        } else if state.actorFilter != nil {
            state.actorFilter = nil
            state.message = "filter cleared: all statements"
        } else if state.focus != .article {
            state.focus = .article
        }
    }

    static func switchDocument(_ state: inout ReaderState, to target: Int) {
        let count = state.documents.count
        guard count > 1 else {
            state.message = "only one document open"
            return
        }
        let index = ((target % count) + count) % count
        state.savedAnchors[state.currentDocument] = state.anchorOffset
        state.currentDocument = index
        state.currentQuote = nil
        state.actorFilter = nil
        state.search = nil
        state.actorCursor = 0
        state.actorTop = 0
        state.statementCursor = 0
        state.statementTop = 0
        state.anchorOffset = state.savedAnchors[index] ?? 0
        reanchor(&state)
        state.message = "document \(index + 1)/\(count): " + TextSanitizer.flatten(state.documents[index].article.title)
    }

    /// Keeps scroll, cursors and panel tops in range after any action.
    static func normalize(_ state: inout ReaderState) {
        settleArticle(&state)
        let layout = state.screenLayout
        if layout.rect(for: state.focus) == nil, layout.mode != .tooSmall, layout.mode != .narrow {
            state.focus = .article
        }
        if state.showHelp { state.helpScroll = max(0, min(state.helpScroll, HelpOverlay.maxScroll(state))) }
        let actorCount = state.actorsInOrder.count
        state.actorCursor = max(0, min(state.actorCursor, actorCount - 1))
        state.actorTop = keepVisible(cursor: state.actorCursor, top: state.actorTop, rows: layout.listRows(for: .actors), count: actorCount)
        let statementCount = state.navigableQuotes.count
        state.statementCursor = max(0, min(state.statementCursor, statementCount - 1))
        // Statement entries take one to three rows each: their own geometry keeps the cursor in view.
        state.statementTop = StatementList(state).top(keeping: state.statementCursor, from: state.statementTop)
    }

    static func keepVisible(cursor: Int, top: Int, rows: Int, count: Int) -> Int {
        guard rows > 0 else { return 0 }
        var top = top
        if cursor < top { top = cursor }
        if cursor >= top + rows { top = cursor - rows + 1 }
        return max(0, min(top, max(0, count - rows)))
    }

    public static func render(_ state: ReaderState) -> Screen {
        ScreenRenderer.render(state)
    }
}

/// Names for entity kinds in messages and the status bar.
enum EntityKindLabel {
    static func plural(_ kinds: Set<EntityType>) -> String {
        if kinds.count == EntityType.allCases.count { return "all kinds" }
        if kinds.isEmpty { return "none" }
        return EntityType.allCases.filter(kinds.contains).map(plural).joined(separator: ", ") + " only"
    }

    static func plural(_ kind: EntityType) -> String {
        switch kind {
        case .person: "persons"
        case .organisation: "organisations"
        case .location: "places"
        case .miscellaneous: "other"
        }
    }

    static func short(_ kind: EntityType) -> String {
        switch kind {
        case .person: "PER"
        case .organisation: "ORG"
        case .location: "LOC"
        case .miscellaneous: "MISC"
        }
    }
}
