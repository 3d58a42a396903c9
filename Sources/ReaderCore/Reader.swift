/// The reducer and the renderer: `reduce` changes state for an action, `render` lays it out into cells.
public enum Reader {
    public static func reduce(_ state: inout ReaderState, _ action: Action) {
        switch action {
        case .quit: state.shouldQuit = true
        case .scrollLines(let n): state.scroll = max(0, state.scroll + n)
        case .scrollPages(let n): state.scroll = max(0, state.scroll + n * max(1, state.height - 2))
        case .scrollHalfPages(let n): state.scroll = max(0, state.scroll + n * max(1, (state.height - 2) / 2))
        case .scrollToTop: state.scroll = 0
        case .scrollToBottom: state.scroll = Int.max / 2
        case .resize(let width, let height):
            state.width = width
            state.height = height
        case .analysisReady(let document, let analysis):
            if state.documents.indices.contains(document) { state.documents[document].analysis = analysis }
        }
    }

    /// (Foundation stub: the text issue replaces it with wrapped, highlighted layout.)
    public static func render(_ state: ReaderState) -> Screen {
        var screen = Screen(width: state.width, height: state.height)
        guard let document = state.documents.first else { return screen }
        let lines = document.article.text.split(separator: "\n", omittingEmptySubsequences: false)
        for row in 0..<max(0, state.height - 1) {
            let index = state.scroll + row
            guard index < lines.count else { break }
            var column = 0
            for character in lines[index] {
                let width = DisplayWidth.of(character)
                guard width > 0, column + width <= state.width else { continue }
                screen[row, column] = Cell(String(character), width: width)
                if width == 2 { screen[row, column + 1] = .continuation(style: StyleSet(.text)) }
                column += width
            }
        }
        return screen
    }
}
