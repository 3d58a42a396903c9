import ArticleKit

/// All the reader's state, as a value. Change it only through `Reader.reduce`.
public struct ReaderState: Sendable {
    public var documents: [Document]
    public internal(set) var currentDocument = 0
    public var width: Int
    public var height: Int
    /// First visible line of the article pane: a paragraph and a line within it.
    public internal(set) var top = LinePosition.start
    /// Scalar offset of the first visible line's start: what resizing keeps in view.
    public internal(set) var anchorOffset = 0
    public var shouldQuit = false

    public internal(set) var focus: Pane = .article
    public internal(set) var showActors = true
    public internal(set) var showStatements = true
    public internal(set) var showEntities = true
    /// Entity kinds shown (`E` cycles through all and each one; the config may name any set).
    public internal(set) var entityKinds: Set<EntityType> = Set(EntityType.allCases)
    public internal(set) var showQuotes = true
    /// Index into the analysis' quotes of the current quote.
    public internal(set) var currentQuote: Int? = nil
    /// Index into the analysis' actors whose statements are shown (Enter on an actor).
    public internal(set) var actorFilter: Int? = nil
    /// Cursor (row in the list) and first visible row of each panel.
    public internal(set) var actorCursor = 0
    public internal(set) var actorTop = 0
    public internal(set) var statementCursor = 0
    public internal(set) var statementTop = 0

    public internal(set) var prompt: SearchPrompt? = nil
    public internal(set) var search: SearchState? = nil
    /// A transient message for the bottom line; cleared by the next key.
    public internal(set) var message: String? = nil
    public internal(set) var showHelp = false
    public internal(set) var helpScroll = 0
    /// The article column's widest measure in columns (config `measure`); extra width goes to the panels.
    public internal(set) var measure = ScreenLayout.defaultMeasure
    /// Panel widths from the config, used on wide screens.
    public internal(set) var panelWidths = ScreenLayout.PanelWidths()
    /// Clipboard and file requests waiting for the terminal layer (`Reader.takeEffects`).
    public internal(set) var effects: [ReaderEffect] = []
    /// The key table in use: the standard one, or the user's remapping of it.
    public var keymap = Keymap.standard
    /// The themes `t` cycles through (names the terminal layer resolves) and the one in use.
    public var themeNames: [String] = []
    public internal(set) var themeIndex = 0
    /// The library view: shown first when more than one article is open (`openLibrary()`).
    public internal(set) var showLibrary = false
    public internal(set) var library = LibraryState()
    /// The archive view (`A`): drawn over the reader or the library until Esc.
    public internal(set) var showArchive = false
    public internal(set) var archive = ArchiveViewState()
    /// Documents opened from the archive view, by index, with the start of the statement to show
    /// once their analysis arrives.
    var pendingQuotes: [Int: Int] = [:]
    /// By document, how many other archived articles quote each of its actors (actors panel).
    public internal(set) var elsewhere: [Int: [Int]] = [:]

    var cache: DocumentCache
    var analysisIndex: AnalysisIndex
    var savedAnchors: [Int: Int] = [:]

    public init(documents: [Document], width: Int, height: Int) {
        self.documents = documents
        self.width = width
        self.height = height
        cache = DocumentCache(document: 0, text: documents.first?.article.text ?? "")
        analysisIndex = AnalysisIndex(document: 0, analysis: documents.first?.analysis)
        Reader.settleArticle(&self)
    }

    public var document: Document? { documents.indices.contains(currentDocument) ? documents[currentDocument] : nil }
    public var analysis: Analysis? { document?.analysis }

    /// Where the panes are for the current size and toggles.
    public var screenLayout: ScreenLayout {
        ScreenLayout(width: width, height: height, showActors: showActors, showStatements: showStatements,
                     focus: focus, measure: measure, panels: panelWidths)
    }

    /// The current document's cache (a fresh one if the state was never settled on it).
    var currentCache: DocumentCache {
        var cache = cache.document == currentDocument ? cache
            : DocumentCache(document: currentDocument, text: document?.article.text ?? "")
        cache.setWidth(screenLayout.article.width)
        return cache
    }

    /// The whole article wrapped to the current pane width. Costs a wrap of every paragraph: for
    /// tests and tools on short articles; the reader itself never builds it.
    public var layout: ArticleLayout {
        ArticleLayout(text: DisplayText(document?.article.text ?? ""), width: max(1, screenLayout.article.width))
    }

    /// Rows of the article pane.
    public var pageHeight: Int { max(1, screenLayout.article.height) }

    /// First visible line as a global line number (0-based). Exact; on a long article it costs a
    /// wrap of every paragraph above the top, so the reader only uses it for short ones.
    public var scroll: Int {
        var cache = currentCache
        return cache.globalLine(of: top)
    }

    /// Largest useful scroll: the last line can reach the bottom of the pane (global line number;
    /// costs like `scroll`).
    public var maxScroll: Int {
        var cache = currentCache
        return cache.globalLine(of: cache.lastPageTop(page: pageHeight))
    }

    /// Paragraphs wrapped so far for the current document (tests: work follows the viewport).
    var laidOutParagraphs: Int { cache.laidOutParagraphs }

    /// The index of the current analysis (built when it arrives; rebuilt here only if stale).
    public var index: AnalysisIndex {
        analysisIndex.matches(document: currentDocument, analysis: analysis) ? analysisIndex
            : AnalysisIndex(document: currentDocument, analysis: analysis)
    }

    /// Quote indices in reading order.
    public var quotesInOrder: [Int] { index.quotesInOrder }

    /// The quotes n/N and the statements panel go through: all, or the filtered actor's.
    public var navigableQuotes: [Int] {
        let index = index
        guard let actor = actorFilter else { return index.quotesInOrder }
        return index.statements.indices.contains(actor) ? index.statements[actor] : []
    }

    /// Actor indices as the actors panel lists them: by statements, then mentions, then name.
    public var actorsInOrder: [Int] { index.actorsInOrder }

    /// Statements of an actor: its own list joined with quotes attributed to it.
    public func statementCount(ofActor actor: Int) -> Int {
        let index = index
        return index.statements.indices.contains(actor) ? index.statements[actor].count : 0
    }

    /// Mentions of an actor (see `AnalysisIndex`).
    public func mentions(ofActor actor: Int) -> [TextSpan] {
        let index = index
        return index.mentions.indices.contains(actor) ? index.mentions[actor] : []
    }

    /// The speaker shown for a quote: resolved name, else the speaker as found, else "unattributed"
    /// (a mention without a speaker is an impersonal cue such as "dit-on", not a name).
    public func speakerName(ofQuote index: Int) -> String {
        guard let analysis, analysis.quotes.indices.contains(index) else { return Self.unattributed }
        let quote = analysis.quotes[index]
        if let actor = quote.actor, analysis.actors.indices.contains(actor) { return analysis.actors[actor].name }
        if let speaker = quote.speaker, !speaker.isEmpty { return speaker }
        return Self.unattributed
    }

    /// What stands for the speaker of a quote that has none.
    public static let unattributed = "unattributed"

    /// Whether a quote's speaker is shown as said, as a guess, or as nobody (see `SpeakerCertainty`).
    public func speakerCertainty(ofQuote index: Int) -> SpeakerCertainty {
        guard let analysis, analysis.quotes.indices.contains(index) else { return .unattributed }
        return SpeakerCertainty(analysis.quotes[index])
    }

    /// The speaker as text outside the screen's styles (status bar, copy, export): the name, with
    /// " (?)" when it is a guess.
    public func speakerLabel(ofQuote index: Int) -> String {
        let name = speakerName(ofQuote: index)
        return speakerCertainty(ofQuote: index) == .uncertain ? name + SpeakerCertainty.exportMark : name
    }

    /// For the status bar: the current quote's position among the navigable quotes (1-based), their
    /// count and its speaker.
    public var currentQuoteInfo: (position: Int, count: Int, speaker: String)? {
        guard let current = currentQuote else { return nil }
        let list = navigableQuotes
        if let position = list.firstIndex(of: current) {
            return (position + 1, list.count, speakerLabel(ofQuote: current))
        }
        // The current quote is outside the actor filter: count it among all quotes.
        let all = quotesInOrder
        return ((all.firstIndex(of: current) ?? 0) + 1, all.count, speakerLabel(ofQuote: current))
    }

    /// The article pane's position: first visible line (1-based), line count, percent read.
    /// Exact; on a long article it wraps everything (the status bar uses `positionText`).
    public var position: (line: Int, lines: Int, percent: Int) {
        var cache = currentCache
        let count = cache.totalLines()
        let line = cache.globalLine(of: top)
        let bottom = min(count, line + pageHeight)
        let percent = count == 0 ? 100 : (bottom * 100) / count
        return (min(count, line + 1), count, percent)
    }

    /// The position as the status bar shows it. Short articles (see `DocumentCache.exactCountLimit`):
    /// "line N/M P%", exact, P the share of lines down to the bottom of the pane. Long ones: the
    /// line count is not known without wrapping everything, so "para N/M P%": the first visible
    /// paragraph (source line) among all, and P the share of the text (by scalar offset) down to
    /// the end of the last visible line, as less shows a byte percentage for large files.
    public var positionText: String {
        var cache = currentCache
        if let starts = cache.lineStartsIfShort() {
            let count = starts[starts.count - 1]
            let top = cache.clamp(top)
            let line = starts[top.paragraph] + top.line
            let bottom = min(count, line + pageHeight)
            let percent = count == 0 ? 100 : (bottom * 100) / count
            return "line \(min(count, line + 1))/\(count)  \(percent)%"
        }
        let visible = cache.lines(from: top, count: pageHeight)
        let end = visible.last.map { $0.layout.lines[$0.line].endOffset } ?? 0
        let total = cache.text.scalarCount
        let percent = total == 0 ? 100 : Int((Double(end) * 100 / Double(total)).rounded(.down))
        return "para \(cache.clamp(top).paragraph + 1)/\(cache.paragraphCount)  \(percent)%"
    }
}
