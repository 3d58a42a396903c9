import Testing
import ArticleKit
@testable import ReaderCore

/// The lines `text` wraps into at `width`, as plain strings (tabs expanded).
private func wrapped(_ text: String, width: Int) -> [String] {
    let display = DisplayText(text)
    let layout = ArticleLayout(text: display, width: width)
    return layout.lines.map { layout.plainText(of: $0, in: display) }
}

private func columns(_ line: String) -> Int { DisplayWidth.of(line) }

@Suite struct DisplayWidthTests {
    @Test func mixedScripts() {
        #expect(DisplayWidth.of("é" as Character) == 1)
        #expect(DisplayWidth.of("e\u{301}" as Character) == 1) // e + combining acute
        #expect(DisplayWidth.of("Я" as Character) == 1)
        #expect(DisplayWidth.of("中" as Character) == 2)
        #expect(DisplayWidth.of("😀" as Character) == 2)
        #expect(DisplayWidth.of("👩‍👩‍👧" as Character) == 2) // ZWJ family is one cluster, two columns
        #expect(DisplayWidth.of("❤️" as Character) == 2)     // VS16 emoji presentation
        #expect(DisplayWidth.of("Привет, 世界!") == 13)
    }

    @Test func flagIsOneClusterAndNeverSplit() {
        let flag: Character = "🇫🇷"
        #expect(flag.unicodeScalars.count == 2)
        let lines = wrapped(String(repeating: "🇫🇷", count: 5), width: 4)
        #expect(lines.allSatisfy { columns($0) <= 4 })
        #expect(lines.joined() == String(repeating: "🇫🇷", count: 5))
    }
}

@Suite struct WrappingTests {
    @Test func wrapsAtSpacesAndDropsThem() {
        #expect(wrapped("hello world foo", width: 11) == ["hello world", "foo"])
        #expect(wrapped("aaa bbb", width: 3) == ["aaa", "bbb"])
        #expect(wrapped("aaa bbb", width: 4) == ["aaa ", "bbb"])
        #expect(wrapped("one two three four five", width: 9) == ["one two ", "three ", "four five"])
    }

    @Test func longWordIsBrokenNotLost() {
        #expect(wrapped("abcdefghijkl", width: 5) == ["abcde", "fghij", "kl"])
        #expect(wrapped("see abcdefghijkl", width: 5) == ["see ", "abcde", "fghij", "kl"])
    }

    @Test func wideClusterAtLineEndMovesToNextLine() {
        #expect(wrapped("abcd中", width: 5) == ["abcd", "中"])
        #expect(wrapped("中文中文中", width: 5) == ["中文", "中文", "中"])
        #expect(wrapped("ab😀cd", width: 3) == ["ab", "😀c", "d"])
    }

    @Test func combiningMarksStayWithTheirBase() {
        let word = String(repeating: "e\u{301}", count: 6)
        let lines = wrapped(word, width: 4)
        #expect(lines == [String(repeating: "e\u{301}", count: 4), String(repeating: "e\u{301}", count: 2)])
        #expect(wrapped("Привет мир", width: 6) == ["Привет", "мир"])
    }

    @Test func emptyLinesAreKept() {
        #expect(wrapped("a\n\nb", width: 10) == ["a", "", "b"])
        #expect(wrapped("", width: 10) == [""])
        #expect(wrapped("a\n", width: 10) == ["a", ""])
    }

    @Test func tabsExpandToTabStops() {
        #expect(wrapped("a\tb", width: 20) == ["a   b"])
        #expect(wrapped("\tx", width: 20) == ["    x"])
        #expect(wrapped("abcd\tx", width: 20) == ["abcd    x"])
    }

    @Test func crlfAndCrAreLineBreaks() {
        #expect(wrapped("a\r\nb\rc\nd", width: 10) == ["a", "b", "c", "d"])
        #expect(wrapped("a\r\n\r\nb", width: 10) == ["a", "", "b"])
    }

    @Test func linesNeverExceedTheWidth() {
        let text = Fixtures.text + "\n中文😀👩‍👩‍👧 e\u{301}e\u{301} Съешь же ещё этих мягких французских булок"
        for width in [1, 2, 3, 7, 20, 40, 80] {
            let lines = wrapped(text, width: width)
            #expect(lines.allSatisfy { columns($0) <= max(width, 2) }, "width \(width)")
            // Nothing lost but the spaces at breaks.
            let shown = lines.joined().filter { !$0.isWhitespace }
            let source = text.filter { !$0.isWhitespace }
            #expect(shown == source, "width \(width)")
        }
    }

    @Test func linesKeepScalarOffsets() {
        let text = "héllo wörld\n\nЯ中"
        let display = DisplayText(text)
        let layout = ArticleLayout(text: display, width: 6)
        #expect(layout.lines.count == 4)
        #expect(layout.lines.map(\.startOffset) == [0, 6, 12, 13])
        #expect(layout.lineIndex(containing: 7) == 1)
        #expect(layout.lineIndex(containing: 14) == 3)
        // The cluster "é" keeps its offset.
        #expect(display.clusters[1].text == "é" && display.clusters[1].start == 1)
    }
}

@Suite struct SanitizingTests {
    @Test func escapeSequencesAreMadeVisible() {
        #expect(wrapped("x\u{1B}[31my", width: 20) == ["x␛[31my"])
        #expect(wrapped("a\u{7}b\u{7F}c\u{0}", width: 20) == ["a␇b␡c␀"])
        #expect(wrapped("a\u{9B}b", width: 20) == ["a<9B>b"])
    }

    @Test func bidiControlsAreMadeVisible() {
        #expect(wrapped("\u{202E}abc\u{202C}", width: 20) == ["<RLO>abc<PDF>"])
        #expect(wrapped("a\u{2067}b\u{2069}\u{200F}", width: 20) == ["a<RLI>b<PDI><RLM>"])
    }

    @Test func invisibleFormatCharactersAreDroppedAndLoneMarksGetABase() {
        #expect(wrapped("a\u{200B}b\u{FEFF}", width: 20) == ["ab"])
        #expect(wrapped("co\u{AD}op\u{2060}", width: 20) == ["coop"])
        #expect(wrapped("\u{301}x", width: 20) == ["\u{25CC}\u{301}x"])
    }

    @Test func controlPicturesCarryTheirRole() {
        let state = ReaderState(documents: [Document(article: Article(id: "c", title: "t\u{1B}]0;pwned\u{7}", text: "x\u{1B}[2Jy"))],
                                width: 40, height: 10)
        let screen = Reader.render(state)
        #expect(screen.text(row: 1).hasPrefix("x␛[2Jy"))
        #expect(screen[1, 1].style.contains(.controlPicture))
        #expect(!screen[1, 0].style.contains(.controlPicture))
        #expect(screen.text(row: 0).contains("t␛]0;pwned␇"))
        // No cell anywhere holds a raw control character.
        for cell in screen.cells {
            #expect(!cell.grapheme.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        }
    }
}

@Suite struct PlainTextFormatterTests {
    @Test func titleBlankLineAndWrappedParagraphs() {
        let article = Article(id: "p", title: "Title", text: "one two three\n\nfour\tfive")
        #expect(PlainTextFormatter.format(article, width: 8) == "Title\n\none two\nthree\n\nfour    \nfive\n"
                || PlainTextFormatter.format(article, width: 8) == "Title\n\none two\nthree\n\nfour\nfive\n")
        let out = PlainTextFormatter.format(Fixtures.article, width: 30)
        #expect(out.hasPrefix("Leaders discuss Syria\n\nVladimir Putin spoke with\n"))
        #expect(out.split(separator: "\n").allSatisfy { DisplayWidth.of($0) <= 30 })
    }
}

@Suite struct SearchFoldingTests {
    @Test func caseAndAccentInsensitive() {
        let folded = FoldedText("L'État et l'ÉTAT, etat. Привет ПРИВЕТ")
        #expect(folded.matches(of: "etat").count == 3)
        #expect(folded.matches(of: "ÉtAt").count == 3)
        #expect(folded.matches(of: "привет").count == 2)
        #expect(folded.matches(of: "zzz").isEmpty)
        let first = folded.matches(of: "etat")[0]
        #expect(first == 2..<6)
    }

    @Test func decomposedTextMatches() {
        let folded = FoldedText("cafe\u{301} noir")
        let m = folded.matches(of: "café")
        #expect(m.count == 1)
    }
}
