/// Gives keys their meaning. One table (`bindings`) drives both the handling and the help overlay.
public struct Keymap: Sendable {
    public let bindings: [KeyBinding]

    public init(bindings: [KeyBinding]) { self.bindings = bindings }

    public static let standard = Keymap(bindings: [
        // Everywhere
        KeyBinding([.character("q")], "q", "quit", .global, .quit),
        KeyBinding([.function(1), .character("h")], "F1 h", "help (also ? then Enter with nothing typed)", .global, .showHelp),
        KeyBinding([.tab], "Tab", "focus next pane: article, actors, statements", .global, .focusNext),
        KeyBinding([.backTab], "Shift-Tab", "focus previous pane", .global, .focusPrevious),
        KeyBinding([.character("n")], "n", "next search match while searching, else next quote", .global, .next),
        KeyBinding([.character("N")], "N", "previous search match while searching, else previous quote", .global, .previous),
        KeyBinding([.character("]")], "]", "next quote (always)", .global, .nextQuote),
        KeyBinding([.character("[")], "[", "previous quote (always)", .global, .previousQuote),
        KeyBinding([.character("/")], "/", "search forward (case and accent insensitive)", .global, .startSearch(backward: false)),
        KeyBinding([.character("?")], "?", "search backward; Enter on an empty ? opens help", .global, .startSearch(backward: true)),
        KeyBinding([.escape], "Esc", "clear search (n/N go back to quotes), else actor filter, else back to article", .global, .escape),
        KeyBinding([.character("e")], "e", "entity highlighting on/off", .global, .toggleEntities),
        KeyBinding([.character("E")], "E", "entity kinds shown: all, persons, organisations, places, other", .global, .cycleEntityKinds),
        KeyBinding([.character("Q")], "Q", "quote highlighting on/off", .global, .toggleQuotes),
        KeyBinding([.character("t")], "t", "next colour theme", .global, .cycleTheme),
        KeyBinding([.character("y")], "y", "copy the current quote: “…” — speaker, article title (OSC 52, else a file)", .global, .copyQuote),
        KeyBinding([.character("w")], "w", "write the statements as Markdown (ID.statements.md)", .global, .exportStatements(.markdown)),
        KeyBinding([.character("W")], "W", "write the statements as JSON Lines (ID.statements.jsonl)", .global, .exportStatements(.jsonl)),
        KeyBinding([.character("a")], "a", "show/hide actors panel", .global, .togglePanel(.actors)),
        KeyBinding([.character("s")], "s", "show/hide statements panel", .global, .togglePanel(.statements)),
        KeyBinding([.character("A")], "A", "archive: actors of every article archived, with their statements", .global, .archive(.show)),
        KeyBinding([.character(">")], ">", "next document", .global, .nextDocument),
        KeyBinding([.character("<")], "<", "previous document", .global, .previousDocument),
        KeyBinding([], "mouse", "wheel scrolls the pane under the pointer; click selects a statement, actor or quote", .global, nil),
        // Article pane
        KeyBinding([.character("j"), .down], "j ↓", "scroll down a line", .article, .scrollLines(1)),
        KeyBinding([.character("k"), .up], "k ↑", "scroll up a line", .article, .scrollLines(-1)),
        KeyBinding([.character(" "), .pageDown], "Space PgDn", "page down", .article, .scrollPages(1)),
        KeyBinding([.character("b"), .pageUp], "b PgUp", "page up", .article, .scrollPages(-1)),
        KeyBinding([.control("d")], "Ctrl-D", "half page down", .article, .scrollHalfPages(1)),
        KeyBinding([.control("u")], "Ctrl-U", "half page up", .article, .scrollHalfPages(-1)),
        KeyBinding([.character("g"), .home], "g Home", "top", .article, .scrollToTop),
        KeyBinding([.character("G"), .end], "G End", "bottom", .article, .scrollToBottom),
        // Panels
        KeyBinding([.character("j"), .down], "j ↓", "next row", .panel, .moveSelection(1)),
        KeyBinding([.character("k"), .up], "k ↑", "previous row", .panel, .moveSelection(-1)),
        KeyBinding([.character(" "), .pageDown, .control("d")], "Space PgDn", "page down", .panel, .moveSelectionPage(1)),
        KeyBinding([.character("b"), .pageUp, .control("u")], "b PgUp", "page up", .panel, .moveSelectionPage(-1)),
        KeyBinding([.character("g"), .home], "g Home", "first row", .panel, .selectFirst),
        KeyBinding([.character("G"), .end], "G End", "last row", .panel, .selectLast),
        KeyBinding([.enter], "Enter", "statement: show it in the article; actor: show only its statements", .panel, .activateSelection),
        // Search prompt
        KeyBinding([], "text", "type the search", .prompt, nil),
        KeyBinding([.backspace, .delete], "Backspace", "delete the last character", .prompt, .promptBackspace),
        KeyBinding([.enter], "Enter", "search (empty after ?: help)", .prompt, .promptConfirm),
        KeyBinding([.escape], "Esc", "cancel", .prompt, .promptCancel),
        // Help
        KeyBinding([.character("j"), .down], "j ↓", "scroll help down", .help, .scrollHelp(1)),
        KeyBinding([.character("k"), .up], "k ↑", "scroll help up", .help, .scrollHelp(-1)),
        KeyBinding([.character(" "), .pageDown], "Space PgDn", "help page down", .help, .scrollHelp(10)),
        KeyBinding([.character("b"), .pageUp], "b PgUp", "help page up", .help, .scrollHelp(-10)),
        KeyBinding([], "any other key", "close help", .help, .hideHelp),
        // Library
        KeyBinding([.character("j"), .down], "j ↓", "next article", .library, .library(.move(1))),
        KeyBinding([.character("k"), .up], "k ↑", "previous article", .library, .library(.move(-1))),
        KeyBinding([.character(" "), .pageDown], "Space PgDn", "page down", .library, .library(.movePage(1))),
        KeyBinding([.character("b"), .pageUp], "b PgUp", "page up", .library, .library(.movePage(-1))),
        KeyBinding([.character("g"), .home], "g Home", "first article", .library, .library(.move(-Int.max / 2))),
        KeyBinding([.character("G"), .end], "G End", "last article", .library, .library(.move(Int.max / 2))),
        KeyBinding([.enter], "Enter", "open the article", .library, .library(.open)),
        KeyBinding([.character("o")], "o", "sort: input order, title, date, quote count", .library, .library(.cycleSort)),
        KeyBinding([.character("/")], "/", "filter by title or source", .library, .library(.startFilter)),
        KeyBinding([.escape], "Esc", "clear the filter", .library, .library(.clearFilter)),
        KeyBinding([.character("q")], "q", "quit", .library, .quit),
        KeyBinding([.backspace], "Backspace", "in an article: back to the library, selection kept", .global, .library(.show)),
        KeyBinding([], "text", "type the filter (rows narrow as you type)", .libraryFilter, nil),
        KeyBinding([.backspace, .delete], "Backspace", "delete the last character", .libraryFilter, .library(.filterBackspace)),
        KeyBinding([.enter], "Enter", "keep the filter", .libraryFilter, .library(.filterDone)),
        KeyBinding([.escape], "Esc", "clear the filter", .libraryFilter, .library(.clearFilter)),
        KeyBinding([.character("A")], "A", "the archive view", .library, .archive(.show)),
        // Archive view
        KeyBinding([.character("j"), .down], "j ↓", "next row", .archive, .archive(.move(1))),
        KeyBinding([.character("k"), .up], "k ↑", "previous row", .archive, .archive(.move(-1))),
        KeyBinding([.character(" "), .pageDown], "Space PgDn", "page down", .archive, .archive(.movePage(1))),
        KeyBinding([.character("b"), .pageUp], "b PgUp", "page up", .archive, .archive(.movePage(-1))),
        KeyBinding([.character("g"), .home], "g Home", "first row", .archive, .archive(.move(-Int.max / 2))),
        KeyBinding([.character("G"), .end], "G End", "last row", .archive, .archive(.move(Int.max / 2))),
        KeyBinding([.enter], "Enter", "actor: its statements across articles; statement: its article at that quote (from the archive if not open)", .archive, .archive(.open)),
        KeyBinding([.escape, .character("q"), .backspace], "Esc q Backspace", "back: statements to actors, actors to the reader", .archive, .archive(.back)),
    ])

    /// The contexts tried for a state, most specific first.
    public func contexts(in state: ReaderState) -> [KeyContext] {
        if state.prompt != nil { return [.prompt] }
        if state.showHelp { return [.help] }
        if state.showArchive { return [.archive] }
        if state.showLibrary { return state.library.editingFilter ? [.libraryFilter] : [.library] }
        return state.focus == .article ? [.article, .global] : [.panel, .global]
    }

    public func action(for event: KeyEvent, in state: ReaderState) -> Action? {
        if case .mouse(let mouse) = event {
            return state.prompt == nil && !state.showHelp && !state.showArchive ? .mouse(mouse) : nil
        }
        let contexts = contexts(in: state)
        if contexts == [.prompt], case .character(let c) = event { return .promptInsert(c) }
        if contexts == [.libraryFilter], case .character(let c) = event { return .library(.filterInsert(c)) }
        for context in contexts {
            if let binding = bindings.first(where: { $0.context == context && $0.keys.contains(event) }) {
                return binding.action
            }
        }
        if contexts == [.help] { return .hideHelp }
        return nil
    }
}
