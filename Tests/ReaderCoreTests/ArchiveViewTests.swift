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
        // Not open in this session: said, and the view stays.
        Fixtures.press([.enter], &state)
        #expect(state.showArchive)
        #expect(state.message?.contains("not open in this session") == true)
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
