import ArticleKit
import Testing
@testable import ReaderCore

/// The library as values: rows, sorting, filtering, opening and coming back.
@Suite struct LibraryViewTests {
    static func documents() -> [Document] {
        [("Zebra talks stall", "wire.rss"), ("Apple harvest", "notes.md"), ("Mayor resigns", "city.html")].enumerated().map {
            var article = Article(id: "\($0.offset)", title: $0.element.0, source: $0.element.1,
                                  text: "\($0.element.0)\n\nBody of article \($0.offset).\n")
            article.published = [$0.offset == 0 ? "2026-03-01T08:00:00Z" : nil, nil, "2026-03-05T10:00:00Z"][$0.offset]
            return Document(article: article)
        }
    }

    static func state(width: Int = 100, height: Int = 20) -> ReaderState {
        var state = ReaderState(documents: documents(), width: width, height: height)
        state.openLibrary()
        return state
    }

    static func press(_ keys: [KeyEvent], _ state: inout ReaderState) {
        for key in keys {
            if let action = Keymap.standard.action(for: key, in: state) { Reader.reduce(&state, action) }
        }
    }

    @Test func opensWithOneRowPerArticleAndAProgressLine() {
        let state = Self.state()
        #expect(state.showLibrary)
        let screen = Reader.render(state)
        #expect(screen.text(row: 0).hasPrefix("Library: 3 articles, by input order  (analysing 0/3)"))
        #expect(screen.text(row: 1).contains("Title"))
        #expect(screen.text(row: 2).contains("Zebra talks stall"))
        #expect(screen.text(row: 2).contains("wire.rss"))
        #expect(screen.text(row: 2).hasPrefix("▸"))
        #expect(screen.text(row: 3).contains("Apple harvest"))
        #expect(screen.text(row: 4).contains("Mayor resigns"))
    }

    @Test func countsFillInAsTheAnalysisArrives() {
        var state = Self.state()
        let analysis = ArticleAnalyzer().analyze(state.documents[1].article)
        Reader.reduce(&state, .analysisReady(document: 1, analysis: analysis))
        let screen = Reader.render(state)
        #expect(screen.text(row: 0).contains("analysing 1/3"))
        #expect(screen.text(row: 3).contains(analysis.language))
        #expect(!screen.text(row: 3).contains("…"))
    }

    @Test func sortsFiltersOpensAndComesBackWithTheSelectionKept() {
        var state = Self.state()
        Self.press([.character("o")], &state)
        #expect(state.library.sort == .title)
        #expect(state.library.rows(state.documents) == [1, 2, 0])
        #expect(Reader.render(state).text(row: 2).contains("Apple harvest"))
        Self.press([.character("o")], &state)
        #expect(state.library.sort == .date)
        #expect(state.library.rows(state.documents) == [2, 0, 1])
        #expect(Reader.render(state).text(row: 2).contains("2026-03-05"))
        Self.press([.character("o"), .character("o"), .character("o")], &state)
        #expect(state.library.sort == .title)
        Self.press([.character("/"), .character("m"), .character("a"), .character("y")], &state)
        #expect(state.library.rows(state.documents) == [2])
        #expect(state.library.selected == 2)
        #expect(Reader.render(state).text(row: 19).hasPrefix("filter: may"))
        Self.press([.enter, .enter], &state)
        #expect(!state.showLibrary)
        #expect(state.currentDocument == 2)
        Self.press([.character("j")], &state)
        Self.press([.backspace], &state)
        #expect(state.showLibrary)
        #expect(state.library.selected == 2)
        Self.press([.escape], &state)
        #expect(state.library.rows(state.documents).count == 3)
        #expect(state.library.selected == 2)
        Self.press([.enter, .character("q")], &state)
        #expect(state.showLibrary && !state.shouldQuit)
        Self.press([.character("q")], &state)
        #expect(state.shouldQuit)
    }

    @Test func nextAndPreviousStillWorkInsideAnArticle() {
        var state = Self.state()
        Self.press([.enter, .character(">")], &state)
        #expect(state.currentDocument == 1)
        Self.press([.character("<"), .character("<")], &state)
        #expect(state.currentDocument == 2)
    }

    @Test func aThousandArticlesScrollByPage() {
        let documents = (0..<1000).map { Document(article: Article(id: "\($0)", title: "Article \($0)", text: "Text \($0).\n")) }
        var state = ReaderState(documents: documents, width: 80, height: 24)
        state.openLibrary()
        Self.press([.end], &state)
        #expect(state.library.selected == 999)
        #expect(Reader.render(state).text(row: 22).contains("Article 999"))
        Self.press([.pageUp], &state)
        #expect(state.library.selected == 999 - 21)
    }
}
