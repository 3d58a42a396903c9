import ArticleKit
import Testing
@testable import ReaderCore

/// The archive view (A) as values: what it asks the terminal layer to load, what it shows of the
/// answers, how Enter and Esc move through it, and hostile text in it.
@Suite struct ArchiveViewTests {
    static let ernest = ArchiveActorRow(id: 7, name: "Josh Ernest", type: "PER", statements: 2, articles: 1)
    static let putin = ArchiveActorRow(id: 3, name: "Vladimir Putin", type: "PER", statements: 5, articles: 4)

    static func opened() -> ReaderState {
        var state = Fixtures.state(width: 100, height: 20)
        Fixtures.press([.character("A")], &state)
        return state
    }

    @Test func aAsksForTheActorsAndShowsThemWithTheirCounts() {
        var state = Self.opened()
        #expect(state.showArchive)
        #expect(Reader.takeArchiveRequests(&state) == [.actors])
        #expect(Reader.takeArchiveRequests(&state).isEmpty)
        #expect(Reader.render(state).text(row: 0).hasPrefix("Archive: loading…"))
        Reader.reduce(&state, .archive(.actorsLoaded([Self.putin, Self.ernest])))
        let screen = Reader.render(state)
        #expect(screen.text(row: 0).hasPrefix("Archive: 2 actors, most quoted first"))
        #expect(screen.text(row: 2).hasPrefix("▸ Vladimir Putin"))
        #expect(screen.text(row: 2).contains("PER  5          4"))
        #expect(screen.text(row: 3).contains("Josh Ernest"))
    }

    @Test func enterListsAnActorsStatementsAndEscGoesBack() {
        var state = Self.opened()
        Reader.reduce(&state, .archive(.actorsLoaded([Self.putin, Self.ernest])))
        Fixtures.press([.character("j"), .enter], &state)
        #expect(Reader.takeArchiveRequests(&state) == [.actors, .statements(actorID: 7)])
        let rows = [ArchiveStatementRow(article: "elsewhere", title: "Another day", published: "2026-01-02T00:00:00Z",
                                        text: "We have nothing to add", start: 10)]
        Reader.reduce(&state, .archive(.statementsLoaded(actorID: 7, rows)))
        let screen = Reader.render(state)
        #expect(screen.text(row: 0).hasPrefix("Archive: Josh Ernest, 1 statement, oldest first"))
        #expect(screen.text(row: 2).contains("2026-01-02"))
        #expect(screen.text(row: 2).contains("“We have nothing to add”"))
        // Not open in this session: asked of the archive, and the view stays until it comes.
        Fixtures.press([.enter], &state)
        #expect(state.showArchive)
        #expect(Reader.takeArchiveRequests(&state) == [.article(hash: "elsewhere", start: 10)])
        #expect(state.message?.hasPrefix("opening Another day") == true)
        Fixtures.press([.escape], &state)
        #expect(state.archive.listing == .actors)
        #expect(state.archive.cursor == 1, "back on the actor it came from")
        Fixtures.press([.character("q")], &state)
        #expect(!state.showArchive)
        #expect(!state.shouldQuit, "q leaves the view, not the reader")
    }

    @Test func enterOnAStatementOfAnOpenArticleShowsThatQuote() {
        var state = Self.opened()
        Reader.reduce(&state, .archive(.actorsLoaded([Self.ernest])))
        Fixtures.press([.enter], &state)
        let quote = Fixtures.analysis.quotes[2]
        let row = ArchiveStatementRow(article: ContentHash.of(Fixtures.text), title: Fixtures.article.title, published: nil,
                                      text: quote.text, start: quote.span.start)
        Reader.reduce(&state, .archive(.statementsLoaded(actorID: Self.ernest.id, [row])))
        Fixtures.press([.enter], &state)
        #expect(!state.showArchive)
        #expect(state.currentQuote == 2)
    }

    /// An article not open in the session comes from the archive as one more document, shown at
    /// the statement's place at once and with the statement as the current quote once analysed.
    @Test func enterOnAStatementOfAnArticleNotOpenOpensItFromTheArchive() {
        var state = Self.opened()
        Reader.reduce(&state, .archive(.actorsLoaded([Self.ernest])))
        Fixtures.press([.enter], &state)
        let text = "Headline\n\n" + String(repeating: "A long paragraph of filler words for the screen. ", count: 60)
            + "\n\n\"Nothing to add today,\" said Josh Ernest.\n"
        let start = Fixtures.span("Nothing to add today,", in: text).start
        let row = ArchiveStatementRow(article: ContentHash.of(text), title: "Headline", published: nil,
                                      text: "Nothing to add today,", start: start)
        Reader.reduce(&state, .archive(.statementsLoaded(actorID: Self.ernest.id, [row])))
        Fixtures.press([.enter], &state)
        #expect(Reader.takeArchiveRequests(&state).last == .article(hash: ContentHash.of(text), start: start))
        Reader.reduce(&state, .archive(.articleLoaded(Article(id: "archived", title: "Headline", text: text), start: start)))
        #expect(!state.showArchive)
        #expect(state.documents.count == 2)
        #expect(state.currentDocument == 1)
        #expect(Reader.render(state).lines.contains { $0.contains("Nothing to add today") }, "the text at the statement, before any analysis")
        let quote = Quote(span: TextSpan(start, start + 21), kind: .direct, text: "Nothing to add today,", cue: "said",
                          actor: 0, speaker: "Josh Ernest")
        let analysis = Analysis(text: ScalarText(text), language: "en", quotes: [quote],
                                actors: [Actor(name: "Josh Ernest", type: .person, quotes: [0])])
        Reader.reduce(&state, .analysisReady(document: 1, analysis: analysis))
        #expect(state.currentQuote == 0)
    }

    @Test func anArchiveThatCannotBeReadIsSaidInTheView() {
        var state = Self.opened()
        Reader.reduce(&state, .archive(.unavailable("no archive here yet")))
        #expect(Reader.render(state).text(row: 0).hasPrefix("Archive: no archive here yet"))
        Reader.reduce(&state, .archive(.actorsLoaded([])))
        #expect(state.archive.listing == .unavailable("no archive here yet"))
    }

    @Test func hostileTextInTheArchiveIsShownAsPictures() {
        var state = Self.opened()
        let hostile = ArchiveActorRow(id: 1, name: "Evil\u{1B}]0;pwned\u{07} \u{9B}31mName\u{202E}", type: "PER", statements: 1, articles: 1)
        Reader.reduce(&state, .archive(.actorsLoaded([hostile])))
        let screen = Reader.render(state)
        let text = (0..<screen.height).map { screen.text(row: $0) }.joined()
        #expect(text.contains("␛]0;pwned"))
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x9B || $0.value == 0x202E })
    }
}

/// The actors panel with the archive's counts of other articles quoting each actor.
@Suite struct ActorsPanelElsewhereTests {
    @Test func analysisAsksTheArchiveAndThePanelShowsTheCounts() {
        var state = Fixtures.state(width: 200, height: 30, analysed: false)
        Reader.reduce(&state, .analysisReady(document: 0, analysis: Fixtures.analysis))
        let names = Fixtures.analysis.actors.map(\.name)
        #expect(Reader.takeArchiveRequests(&state) == [.elsewhere(document: 0, text: Fixtures.text, names: names)])
        #expect(!Reader.render(state).lines.contains { $0.contains("Ernest PER 2q 2m 4a") })
        var counts = Array(repeating: 0, count: names.count)
        let ernest = names.firstIndex(of: "Josh Ernest")!
        counts[ernest] = 4
        Reader.reduce(&state, .archive(.elsewhereLoaded(document: 0, counts)))
        let lines = Reader.render(state).lines
        #expect(lines.contains { $0.contains("Ernest PER 2q 2m 4a") })
        #expect(!lines.contains { $0.contains("Vladimir Putin") && $0.contains("0a") }, "no count where there is none")
        // Counts for another analysis (other actors) are not applied.
        Reader.reduce(&state, .archive(.elsewhereLoaded(document: 0, [1])))
        #expect(state.elsewhere[0] == counts)
    }
}
