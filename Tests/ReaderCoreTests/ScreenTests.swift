import Testing
import ArticleKit
@testable import ReaderCore

@Suite struct ScreenTests {
    /// Every wide cell followed by its continuation, every continuation preceded by a wide cell.
    static func widePairsAreWhole(_ screen: Screen) -> Bool {
        for row in 0..<screen.height {
            for column in 0..<screen.width {
                let width = screen[row, column].width
                if width == 2, column + 1 >= screen.width || screen[row, column + 1].width != 0 { return false }
                if width == 0, column == 0 || screen[row, column - 1].width != 2 { return false }
            }
        }
        return true
    }

    @Test func writingOverHalfAWideCellBlanksTheOtherHalf() {
        var screen = Screen(width: 4, height: 1)
        screen.put("中文", row: 0, column: 0, style: StyleSet(.text))
        screen[0, 1] = Cell("x")   // over the continuation of 中
        #expect(screen.text(row: 0) == " x文")
        screen[0, 2] = Cell("y")   // over 文 itself
        #expect(screen.text(row: 0) == " xy ")
        #expect(Self.widePairsAreWhole(screen))
        screen.put("😀", row: 0, column: 1, style: StyleSet(.text))
        #expect(screen.text(row: 0) == " 😀 " && Self.widePairsAreWhole(screen))
    }

    /// Found by ScreenPropertyTests: the help box's border cut the emoji at the end of the line,
    /// leaving a wide cell whose continuation was a border cell.
    @Test func helpOverAWideClusterLeavesNoHalfCell() {
        let article = Article(id: "", title: "", text: "aujourd'hui aujourd'hui président Emmanuel Macron12 %😀")
        var state = ReaderState(documents: [Document(article: article)], width: 88, height: 6)
        Reader.reduce(&state, .showHelp)
        #expect(Self.widePairsAreWhole(Reader.render(state)))
    }
}
