@testable import ReaderCore
import Testing

/// Where the panes go at 80×24, 120×40 and 200×50: the article keeps a readable measure and the
/// panels take the extra width.
struct WideLayoutTests {
    @Test func at80x24PanelsStackBesideTheArticle() {
        let layout = ScreenLayout(width: 80, height: 24, showActors: true, showStatements: true, focus: .article)
        #expect(layout.mode == .stacked)
        #expect(layout.article == Rect(row: 1, column: 0, width: 48, height: 21))
        #expect(layout.actors == Rect(row: 1, column: 50, width: 30, height: 8))
        #expect(layout.statements == Rect(row: 9, column: 50, width: 30, height: 13))
    }

    @Test func at120x40ThreeColumnsAndTheArticleUnderTheMeasure() {
        let layout = ScreenLayout(width: 120, height: 40, showActors: true, showStatements: true, focus: .article)
        #expect(layout.mode == .wide)
        #expect(layout.actors?.width == 24)
        #expect(layout.statements?.width == 30)
        #expect(layout.article == Rect(row: 1, column: 26, width: 62, height: 37))
    }

    @Test func at200x50TheArticleKeepsItsMeasureAndPanelsGrow() {
        let layout = ScreenLayout(width: 200, height: 50, showActors: true, showStatements: true, focus: .article)
        #expect(layout.article.width == ScreenLayout.defaultMeasure)
        #expect(layout.actors == Rect(row: 1, column: 0, width: 32 + 17, height: 47))
        #expect(layout.statements == Rect(row: 1, column: 200 - 67, width: 40 + 27, height: 47))
        #expect(layout.article.column == 51)
        // A blank column and the separator before the statements.
        #expect(layout.article.column + layout.article.width == 200 - 67 - 2)
        // One panel hidden: the other takes the extra width up to its maximum, and what is left
        // is shared as margins on both sides of the article.
        let one = ScreenLayout(width: 200, height: 50, showActors: false, showStatements: true, focus: .article)
        #expect(one.article.width == 80)
        #expect(one.statements?.width == ScreenLayout.statementsMaximum)
        let margins = 200 - 2 - ScreenLayout.statementsMaximum - 80
        #expect(one.article.column == margins / 2)
        let actorsOnly = ScreenLayout(width: 140, height: 50, showActors: true, showStatements: false, focus: .article)
        #expect(actorsOnly.actors?.width == ScreenLayout.actorsMaximum)
        #expect(actorsOnly.article.width == 80)
        // Both hidden: nothing to give the width to, the article takes the screen.
        let none = ScreenLayout(width: 200, height: 50, showActors: false, showStatements: false, focus: .article)
        #expect(none.article.width == 200)
    }

    @Test func theMeasureIsConfigurable() {
        let layout = ScreenLayout(width: 200, height: 50, showActors: true, showStatements: true, focus: .article, measure: 100)
        #expect(layout.article.width == 100)
        var state = Fixtures.state(width: 200, height: 50)
        Reader.applyPreferences(&state, showActors: true, showStatements: true, showEntities: true,
                                showQuotes: true, measure: 72)
        #expect(state.screenLayout.article.width == 72)
        // The article is wrapped to the measure: no text row is wider.
        let screen = Reader.render(state)
        let article = state.screenLayout.article
        for row in article.row..<(article.row + article.height) {
            let text = (article.column..<(article.column + article.width)).map { screen[row, $0].grapheme }.joined()
            #expect(DisplayWidth.of(text.trimmingTrailingSpaces) <= 72)
        }
    }

    @Test func panelWidthsFromTheConfig() {
        let layout = ScreenLayout(width: 160, height: 40, showActors: true, showStatements: true, focus: .article,
                                  panels: .init(actors: 20, statements: 50))
        // 20 + 2 + 80 + 2 + 50 = 154: the 6 columns left over are shared as usual.
        #expect(layout.article.width == 80)
        #expect(layout.actors?.width == 20 + 2)
        #expect(layout.statements?.width == 50 + 4)
        // Never more than a third of the screen.
        let capped = ScreenLayout(width: 120, height: 40, showActors: true, showStatements: false, focus: .article,
                                  panels: .init(actors: 90))
        #expect(capped.actors?.width == 40)
    }

    @Test func at200x50StatementsShowMoreThanFortyColumnsOfTheQuote() throws {
        var state = Fixtures.state(width: 200, height: 50)
        Fixtures.press([.character("n")], &state)
        let screen = Reader.render(state)
        let statements = try #require(state.screenLayout.statements)
        let row = try #require((statements.row..<(statements.row + statements.height)).first { row in
            (statements.column..<(statements.column + statements.width)).map { screen[row, $0].grapheme }.joined().contains("Vladimir Putin —")
        })
        let line = (statements.column..<(statements.column + statements.width)).map { screen[row, $0].grapheme }.joined()
        #expect(line.contains("The main tasks have been accomplished"))
    }

    @Test func longNamesAreShortenedAtTheEndAfterAWholeWord() {
        #expect(WordTruncate.toWidth("Pedro Sánchez Pérez-Castejón", 28) == "Pedro Sánchez Pérez-Castejón")
        let short = WordTruncate.toWidth("Pedro Sánchez Pérez-Castejón", 16)
        #expect(short == "Pedro Sánchez…")
        #expect(DisplayWidth.of(short) <= 16)
        // Exactly the room for the first two words and the "…".
        #expect(WordTruncate.toWidth("Pedro Sánchez Pérez-Castejón", 14) == "Pedro Sánchez…")
        #expect(WordTruncate.toWidth("Pedro Sánchez Pérez-Castejón", 13) == "Pedro…")
        // A first word wider than the room is cut between clusters: nothing shorter could show.
        #expect(WordTruncate.toWidth("Pedro Sánchez", 5) == "Pedr…")
        #expect(WordTruncate.toWidth("Pedro Sánchez", 0) == "")
    }
}

private extension String {
    var trimmingTrailingSpaces: String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
