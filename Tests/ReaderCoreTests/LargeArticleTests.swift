import Testing
import ArticleKit
@testable import ReaderCore

/// A long article: the first screen, G, paging, resizing, search and quote jumps wrap only the
/// paragraphs they show or cross, never the whole text (counted, not timed).
@Suite struct LargeArticleTests {
    static let paragraphCount = 25_000
    static let text: String = {
        var s = ""
        s.reserveCapacity(5_200_000)
        for i in 0..<paragraphCount {
            if i > 0 { s += "\n\n" }
            s += "Paragraph \(i): " + Fixtures.filler
        }
        return s
    }()

    static func state(width: Int = 50, height: Int = 30, analysis: Analysis? = nil) -> ReaderState {
        let article = Article(id: "big", title: "Big", text: text)
        return ReaderState(documents: [Document(article: article, analysis: analysis)], width: width, height: height)
    }

    @Test func firstScreenAndEndWithoutWrappingEverything() {
        #expect(Self.text.utf8.count > 4_500_000)
        var state = Self.state()
        let paragraphs = state.cache.paragraphCount
        #expect(paragraphs == 2 * Self.paragraphCount - 1)
        var screen = Reader.render(state)
        #expect(screen.text(row: 1).hasPrefix("Paragraph 0: The talks covered"))
        #expect(screen.text(row: 28).contains("para 1/\(paragraphs)  0%"))
        #expect(state.laidOutParagraphs < 40)

        Fixtures.press([.character("G")], &state)
        screen = Reader.render(state)
        let pane = state.screenLayout.article
        let bottom = (pane.row..<(pane.row + pane.height)).map { screen.text(row: $0) }
        #expect(bottom.contains { $0.contains("Paragraph \(Self.paragraphCount - 1):") })
        #expect(bottom.last!.hasSuffix("plan.") || bottom.last!.contains("plan. "))
        #expect(screen.text(row: 28).contains("100%"))
        #expect(state.laidOutParagraphs < 80)

        // Paging back from the end, then to the top again.
        Fixtures.press([.pageUp, .control("u"), .character("k")], &state)
        #expect(Reader.render(state).text(row: 28).contains("100%") == false)
        Fixtures.press([.character("g")], &state)
        #expect(state.top == .start)
        Fixtures.press([.pageDown, .pageDown, .character("j")], &state)
        #expect(state.laidOutParagraphs < 120)
        #expect(state.anchorOffset > 0)
        #expect(ArticlePane.offset(in: state, row: 0, column: 0) == state.anchorOffset)
    }

    @Test func resizeKeepsTheFirstVisibleOffset() {
        var state = Self.state()
        Fixtures.press([.character("G"), .pageUp, .pageUp], &state)
        let anchor = state.anchorOffset
        for (w, h) in [(40, 12), (120, 40), (60, 20), (100, 30)] {
            Reader.reduce(&state, .resize(width: w, height: h))
            let line = state.cache.line(at: state.top)
            #expect(line.startOffset <= anchor && anchor <= line.endOffset, "\(w)x\(h)")
            _ = Reader.render(state)
        }
        #expect(state.cache.line(at: state.top).startOffset == anchor)
        #expect(state.laidOutParagraphs < 400)
    }

    @Test func searchAndQuoteJumpsGoFarWithoutWrappingEverything() {
        let target = Self.paragraphCount * 3 / 4
        let needle = "Paragraph \(target): "
        let start = Self.text.range(of: needle).map { Self.text.unicodeScalars.distance(from: Self.text.unicodeScalars.startIndex, to: $0.lowerBound) }!
        let quoteSpan = TextSpan(start + needle.unicodeScalars.count, start + needle.unicodeScalars.count + 9)
        let quote = Quote(span: quoteSpan, kind: .direct, text: "The talks", cue: "said", speaker: "Someone", confidence: 1)
        let analysis = Analysis(text: ScalarText(Self.text), language: "en", entities: [], quotes: [quote],
                                actors: [], foreignFragments: [])
        var state = Self.state(analysis: analysis)
        Fixtures.press([.character("n")], &state)
        #expect(state.currentQuote == 0)
        var screen = Reader.render(state)
        #expect(screen.lines.contains { $0.contains(needle) })
        #expect(state.laidOutParagraphs < 80)

        Fixtures.press([.character("g"), .character("/")], &state)
        Fixtures.type("paragraph \(target + 1):", &state)
        Fixtures.press([.enter], &state)
        screen = Reader.render(state)
        #expect(screen.lines.contains { $0.contains("Paragraph \(target + 1): ") })
        #expect(state.laidOutParagraphs < 160)
    }

    @Test func plainTextStreamsTheSameLines() {
        let article = Article(id: "p", title: "T", text: "héllo wörld\r\n\r\nЯ中\u{2028}a\tb\rlast")
        let display = DisplayText(article.text)
        let layout = ArticleLayout(text: display, width: 6)
        let expected = ["T", ""] + layout.lines.map { line -> String in
            var s = layout.plainText(of: line, in: display)
            while s.last == " " { s.removeLast() }
            return s
        }
        #expect(PlainTextFormatter.format(article, width: 6) == expected.joined(separator: "\n") + "\n")
        #expect(display.paragraphs.map(\.start) == [0, 13, 15, 18, 22])
    }

    @Test func streamingSearchFindsWhatTheFoldedTextFinds() {
        let text = "État, etat ÉTAT; l'état\u{301} — Straße STRASSE aaa"
        for query in ["etat", "État", "a", "aa", "strasse", "t, e", "x"] {
            #expect(FoldedText.matches(of: query, in: text) == FoldedText(text).matches(of: query), "\(query)")
        }
        let long = String(repeating: "abcab ", count: 5000)
        #expect(FoldedText.matches(of: "cab", in: long) == FoldedText(long).matches(of: "cab"))
    }
}

@Suite struct LongParagraphTests {
    @Test func aParagraphWithoutLineBreaksIsWrappedInPieces() {
        let words = (0..<40_000).map { "w\($0)" }.joined(separator: " ")
        let index = ParagraphIndex(words)
        #expect(index.count > 4)
        // Pieces cover the text exactly, each cut after a space.
        var covered = 0
        for p in 0..<index.count {
            #expect(index.scalarRange(p).lowerBound == covered)
            covered = index.scalarRange(p).upperBound
        }
        #expect(covered == index.scalarCount)
        var state = ReaderState(documents: [Document(article: Article(id: "l", title: "L", text: words))], width: 40, height: 12)
        #expect(Reader.render(state).text(row: 1).hasPrefix("w0 w1 w2"))
        Fixtures.press([.character("G")], &state)
        #expect(Reader.render(state).lines.contains { $0.contains("w39999") })
        #expect(state.laidOutParagraphs < 10)
    }
}

@Suite struct WindowedHighlightTests {
    @Test func windowedLookupFindsWhatAFullScanFinds() {
        var state = Fixtures.state(width: 80, height: 24)
        Fixtures.press([.character("n")], &state)
        Reader.reduce(&state, .filterActor(1))
        Fixtures.press([.character("/")], &state)
        Fixtures.type("e", &state)
        Fixtures.press([.enter], &state)
        #expect(state.search != nil)
        let all = Highlighter.highlights(for: state)
        let count = Fixtures.text.unicodeScalars.count
        for start in stride(from: 0, to: count, by: 37) {
            for length in [1, 20, 150] {
                let window = start..<min(count + 1, start + length)
                let expected = Set(all.filter { $0.range.overlaps(window) })
                #expect(Set(Highlighter.highlights(for: state, in: window)) == expected, "\(window)")
            }
        }
    }
}
