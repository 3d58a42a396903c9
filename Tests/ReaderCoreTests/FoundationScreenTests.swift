import Testing
import ArticleKit
@testable import ReaderCore

/// The article pane, title, status bar, scrolling and resizing (issue 3), as values.
@Suite struct FoundationScreenTests {
    @Test func firstScreenAt80x24ShowsTextBeforeAnalysis() {
        let state = Fixtures.state(width: 80, height: 24, analysed: false)
        let screen = Reader.render(state)
        #expect(screen.width == 80 && screen.height == 24)
        #expect(screen.text(row: 0).contains("Leaders discuss Syria"))
        #expect(screen[0, 1].style.contains(.title))
        // Stacked mode: article on the left, panels on the right, both still "analysing…".
        let layout = state.screenLayout
        #expect(layout.mode == .stacked)
        #expect(screen.text(row: 1).hasPrefix("Vladimir Putin spoke with Barack Obama on        │"))
        #expect(screen.text(row: 2).hasPrefix("Monday, according to the Kremlin."))
        #expect(screen.lines.contains { $0.contains("analysing…") })
        // Status bar and key hint.
        #expect(screen.text(row: 22).contains("line 1/"))
        #expect(screen.text(row: 22).contains("analysing…"))
        #expect(screen[22, 0].style.contains(.statusBar))
        #expect(screen.text(row: 23).contains("q quit"))
        #expect(screen.text(row: 23).contains("h help"))
        // No highlights before the analysis arrives.
        #expect(screen[1, 0].style == StyleSet(.text))
    }

    @Test func articleAloneAt40x12() {
        let state = Fixtures.state(width: 40, height: 12, analysed: false)
        let screen = Reader.render(state)
        let lines = screen.lines
        #expect(lines.count == 12)
        #expect(lines[0].hasPrefix(" Leaders discuss Syria"))
        #expect(lines[1] == "Vladimir Putin spoke with Barack Obama  ")
        #expect(lines[2] == "on Monday, according to the Kremlin.    ")
        #expect(lines[3].trimmingSpaces == "")
        #expect(lines[4].hasPrefix("\"The main tasks have been accomplished,\""))
        #expect(lines[10].contains("line 1/"))
        #expect(lines[10].contains("%"))
        #expect(state.screenLayout.mode == .narrow)
        #expect(state.screenLayout.article == Rect(row: 1, column: 0, width: 40, height: 9))
    }

    @Test func scrollingKeysAndClamping() {
        var state = Fixtures.state(width: 40, height: 12, analysed: false)
        let total = state.layout.lines.count
        #expect(total > 30)
        Fixtures.press([.character("k")], &state)
        #expect(state.scroll == 0)
        Fixtures.press([.character("j"), .down, .down], &state)
        #expect(state.scroll == 3)
        Fixtures.press([.up], &state)
        #expect(state.scroll == 2)
        Fixtures.press([.character(" ")], &state)
        #expect(state.scroll == 2 + 8)
        Fixtures.press([.character("b")], &state)
        #expect(state.scroll == 2)
        Fixtures.press([.control("d")], &state)
        #expect(state.scroll == 2 + 4)
        Fixtures.press([.control("u"), .control("u")], &state)
        #expect(state.scroll == 0)
        Fixtures.press([.pageDown], &state)
        #expect(state.scroll == 8)
        Fixtures.press([.character("G")], &state)
        #expect(state.scroll == total - 9)
        let bottom = Reader.render(state)
        #expect(bottom.text(row: 9).contains("mentioned."))
        #expect(bottom.text(row: 10).contains("100%"))
        Fixtures.press([.character("j"), .end, .pageDown], &state)
        #expect(state.scroll == total - 9)
        Fixtures.press([.character("g")], &state)
        #expect(state.scroll == 0)
        Fixtures.press([.end, .home], &state)
        #expect(state.scroll == 0)
        #expect(!state.shouldQuit)
        Fixtures.press([.character("q")], &state)
        #expect(state.shouldQuit)
    }

    @Test func scrolledScreenShowsLaterLines() {
        var state = Fixtures.state(width: 40, height: 12, analysed: false)
        let before = Reader.render(state)
        Fixtures.press([.character("j")], &state)
        let after = Reader.render(state)
        #expect(after.text(row: 1) == before.text(row: 2))
        #expect(after.text(row: 8) == before.text(row: 9))
        #expect(after.text(row: 10).contains("line 2/"))
    }

    @Test func resizeRewrapsAndKeepsReadingPosition() {
        var state = Fixtures.state(width: 80, height: 24, analysed: false)
        Fixtures.press([.character("j"), .character("j"), .character("j"), .character("j"), .character("j")], &state)
        let anchor = state.anchorOffset
        let topText = state.layout.lines[state.scroll]
        #expect(anchor == topText.startOffset)
        for (w, h) in [(40, 12), (120, 40), (50, 15), (80, 24)] {
            Reader.reduce(&state, .resize(width: w, height: h))
            let line = state.layout.lines[state.scroll]
            #expect(line.startOffset <= anchor && anchor <= line.endOffset, "at \(w)x\(h)")
            let screen = Reader.render(state)
            #expect(screen.width == w && screen.height == h)
        }
        // Back at the first size, the same first line.
        #expect(state.layout.lines[state.scroll].startOffset == anchor)
    }

    @Test func resizeNearTheEndClampsButRemembersPosition() {
        var state = Fixtures.state(width: 80, height: 24, analysed: false)
        Fixtures.press([.character("G")], &state)
        let anchor = state.anchorOffset
        Reader.reduce(&state, .resize(width: 80, height: 60))
        #expect(state.scroll == state.maxScroll)
        Reader.reduce(&state, .resize(width: 80, height: 24))
        #expect(state.anchorOffset == anchor)
        #expect(state.layout.lines[state.scroll].startOffset == anchor)
    }

    @Test func tinySizesNeverCrash() {
        for (w, h) in [(0, 0), (1, 1), (0, 10), (10, 0), (19, 4), (19, 30), (200, 4), (20, 5), (21, 6), (2, 2), (59, 5), (60, 5), (100, 5)] {
            var state = Fixtures.state(width: 80, height: 24)
            Reader.reduce(&state, .resize(width: w, height: h))
            for key: KeyEvent in [.character("n"), .tab, .character("j"), .enter, .character("G"), .character("/"), .character("x"), .enter,
                                   .function(1), .escape, .character("a"), .mouse(MouseEvent(kind: .click, row: 1, column: 1))] {
                Fixtures.press([key], &state)
                let screen = Reader.render(state)
                #expect(screen.width == w && screen.height == h)
            }
        }
        var small = Fixtures.state(width: 19, height: 4)
        #expect(Reader.render(small).text(row: 0) == "terminal too small ")
        Reader.reduce(&small, .resize(width: 1, height: 1))
        #expect(Reader.render(small).text(row: 0) == "…")
        Reader.reduce(&small, .resize(width: 20, height: 5))
        #expect(Reader.render(small).text(row: 1).hasPrefix("Vladimir Putin"))
    }

    @Test func wideCharactersOccupyTwoCells() {
        let article = Article(id: "w", title: "中文 title", text: "ab中文😀 Я")
        let state = ReaderState(documents: [Document(article: article)], width: 30, height: 6)
        let screen = Reader.render(state)
        #expect(screen[1, 2] == Cell("中", width: 2, style: StyleSet(.text)))
        #expect(screen[1, 3] == Cell.continuation(style: StyleSet(.text)))
        #expect(screen[1, 6].grapheme == "😀")
        #expect(screen.text(row: 1).hasPrefix("ab中文😀 Я"))
    }

    @Test func emptyArticleAndNoDocuments() {
        var state = ReaderState(documents: [], width: 40, height: 10)
        Fixtures.press([.character("j"), .character("n"), .character("G"), .tab, .enter, .character(">")], &state)
        let screen = Reader.render(state)
        #expect(screen.text(row: 0).contains("(untitled)"))
        var empty = ReaderState(documents: [Document(article: Article(id: "e", title: "", text: ""))], width: 40, height: 10)
        Fixtures.press([.character("j"), .character("G"), .character("/"), .character("a"), .enter], &empty)
        #expect(Reader.render(empty).text(row: 8).contains("line 1/1"))
    }
}

extension String {
    var trimmingSpaces: String {
        var s = self
        while s.last == " " { s.removeLast() }
        while s.first == " " { s.removeFirst() }
        return s
    }
}
