/// Assembles the whole terminal: title, article pane, separators, panels, status bar, message
/// line, help overlay; or a "terminal too small" message. Deterministic: same state, same Screen.
enum ScreenRenderer {
    static func render(_ state: ReaderState) -> Screen {
        var screen = Screen(width: state.width, height: state.height)
        let layout = state.screenLayout
        if layout.mode == .tooSmall {
            drawTooSmall(into: &screen)
            return screen
        }
        if state.showArchive {
            ArchiveView.draw(state, into: &screen)
            if state.showHelp { HelpOverlay.draw(state, into: &screen) }
            return screen
        }
        if state.showLibrary {
            LibraryView.draw(state, into: &screen)
            return screen
        }
        TitleBar.draw(state, into: &screen)
        if !layout.overlay {
            ArticlePane.draw(state, in: layout.article, into: &screen)
        }
        for separator in layout.separators {
            for y in separator.row..<(separator.row + separator.height) {
                screen.put("│", row: y, column: separator.column, style: StyleSet(.panelBorder))
            }
        }
        if let rect = layout.actors { ActorsPanel.draw(state, in: rect, into: &screen) }
        if let rect = layout.statements { StatementsPanel.draw(state, in: rect, into: &screen) }
        StatusBar.draw(state, layout: layout, into: &screen)
        if state.showHelp { HelpOverlay.draw(state, into: &screen) }
        return screen
    }

    static func drawTooSmall(into screen: inout Screen) {
        let lines = ["terminal too small", "need 20×5"]
        for (i, line) in lines.enumerated() where i < screen.height {
            screen.put(Truncate.toWidth(line, screen.width), row: i, column: 0, style: StyleSet(.error))
        }
    }
}
