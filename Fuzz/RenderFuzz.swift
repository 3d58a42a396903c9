import Foundation
import ArticleKit
import ReaderCore

/// Any text rendered into a screen of any size, after a few reader actions: no cell outside
/// the grid, no wide cell cut by the row's end, no control scalar in any cell.
@_cdecl("LLVMFuzzerTestOneInput")
public func renderFuzz(_ bytes: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    _ = FuzzCheck.resourcesLoaded
    guard size >= 4 else { return 0 }
    // Header: width, height, flags (bit 0: analysed), action count; the rest is the text.
    let width = Int(bytes[0]) % 200 - 2
    let height = Int(bytes[1]) % 70 - 2
    let analysed = bytes[2] & 1 == 1
    let text = String(decoding: UnsafeBufferPointer(start: bytes + 4, count: size - 4), as: UTF8.self)
    let title = String(text.prefix(40))
    let article = Article(id: title, title: title, text: text)
    let analysis = analysed ? ArticleAnalyzer().analyze(article) : nil
    var state = ReaderState(documents: [Document(article: article, analysis: analysis)], width: width, height: height)
    RenderCheck.check(Reader.render(state))
    let actions: [Action] = [.toggleEntities, .togglePanel(.actors), .togglePanel(.statements), .nextQuote,
                             .scrollPages(1), .scrollToBottom, .showHelp, .focusNext, .moveSelection(3),
                             .cycleEntityKinds, .activateSelection, .startSearch(backward: false),
                             .promptInsert("e"), .promptConfirm, .next, .resize(width: height, height: width)]
    var code = Int(bytes[3])
    while code > 0 {
        Reader.reduce(&state, actions[code % actions.count])
        code /= actions.count
    }
    RenderCheck.check(Reader.render(state))
    return 0
}

enum RenderCheck {
    static func check(_ screen: Screen) {
        FuzzCheck.require(screen.cells.count == screen.width * screen.height, "cells outside the grid")
        for row in 0..<screen.height {
            var column = 0
            while column < screen.width {
                let cell = screen[row, column]
                FuzzCheck.require(!cell.grapheme.unicodeScalars.contains {
                    TextSanitizer.controlPicture($0) != nil || $0 == "\u{2028}" || $0 == "\u{2029}"
                }, "control scalar in cell \(row),\(column): \(cell.grapheme.unicodeScalars.map(\.value))")
                FuzzCheck.require(cell.width != 0, "continuation without its wide cell at \(row),\(column)")
                if cell.width == 2 {
                    FuzzCheck.require(column + 1 < screen.width && screen[row, column + 1].width == 0,
                                      "wide cell without its continuation at \(row),\(column)")
                }
                column += max(1, cell.width)
            }
        }
    }
}
