import Testing
import PropertyBased
import ArticleKit
@testable import ReaderCore

/// Rendering generated articles into screens of generated sizes: every cell is inside the grid,
/// wide cells keep their continuation inside the row, and no cell holds a control scalar.
@Suite struct ScreenPropertyTests {
    /// Scalars that must never reach a cell: every control the sanitiser pictures, and line breaks.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        TextSanitizer.controlPicture(scalar) != nil || scalar == "\u{2028}" || scalar == "\u{2029}"
    }

    static func check(_ screen: Screen, width: Int, height: Int) {
        #expect(screen.width == max(0, width) && screen.height == max(0, height))
        #expect(screen.cells.count == screen.width * screen.height)
        for row in 0..<screen.height {
            var column = 0
            while column < screen.width {
                let cell = screen[row, column]
                #expect(!cell.grapheme.unicodeScalars.contains(where: isControl), "row \(row) col \(column)")
                // A continuation is only ever met right after its wide cell, which skips it.
                #expect(cell.width >= 1 && cell.width <= 2, "width \(cell.width) at row \(row) col \(column)")
                if cell.width == 2 {
                    // The continuation must be inside the row.
                    #expect(column + 1 < screen.width, "wide cell at the last column of row \(row)")
                    if column + 1 < screen.width { #expect(screen[row, column + 1].width == 0) }
                    column += 2
                } else {
                    column += 1
                }
            }
        }
    }

    @Test func renderKeepsEveryCellInsideAndClean() async {
        let actions: [Action] = [.toggleEntities, .togglePanel(.actors), .togglePanel(.statements), .nextQuote,
                                 .scrollPages(1), .scrollToBottom, .showHelp, .focusNext, .moveSelection(3),
                                 .cycleEntityKinds, .activateSelection, .startSearch(backward: false)]
        let input = zip(ArticleTextGen.texts(), ArticleTextGen.texts(pieces: 0...3), Gen.int(in: -2...130),
                        Gen.int(in: -2...45), Gen.int(in: 0...(actions.count - 1)).array(of: 0...4), Gen.bool)
        await propertyCheck(count: 250, input: input) { text, title, width, height, steps, analysed in
            let article = Article(id: title, title: title, text: text)
            let analysis = analysed ? ArticleAnalyzer().analyze(article) : nil
            var state = ReaderState(documents: [Document(article: article, analysis: analysis)], width: width, height: height)
            Self.check(Reader.render(state), width: state.width, height: state.height)
            for step in steps {
                Reader.reduce(&state, actions[step])
                if case .startSearch = actions[step] {
                    for character in title { Reader.reduce(&state, .promptInsert(character)) }
                }
            }
            Self.check(Reader.render(state), width: state.width, height: state.height)
        }
    }
}
