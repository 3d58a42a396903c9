import Testing
import ArticleKit
@testable import ReaderCore

/// Highlights, quote navigation, panels, search and help (issue 6), as values, at 120×40, 80×24
/// and 50×15.
@Suite struct ReaderFeatureTests {
    static let sizes = [(120, 40), (80, 24), (50, 15)]

    func s(_ needle: String, _ occurrence: Int = 0) -> TextSpan { Fixtures.span(needle, occurrence) }

    /// The cell that shows scalar offset `offset` of the article, if visible.
    func cell(showing offset: Int, in state: ReaderState, _ screen: Screen) -> Cell? {
        let rect = state.screenLayout.article
        for row in 0..<rect.height {
            for column in 0..<rect.width {
                if ArticlePane.offset(in: state, row: row, column: column) == offset {
                    return screen[rect.row + row, rect.column + column]
                }
            }
        }
        return nil
    }

    @Test func highlightsByKindAndOverlaps() {
        let state = Fixtures.state(width: 120, height: 40)
        let screen = Reader.render(state)
        #expect(cell(showing: s("Vladimir Putin").start, in: state, screen)?.style.contains(.entityPerson) == true)
        #expect(cell(showing: s("Kremlin").start + 2, in: state, screen)?.style.contains(.entityOrganisation) == true)
        #expect(cell(showing: s("Washington").start, in: state, screen)?.style.contains(.entityLocation) == true)
        let quote = cell(showing: s("The main tasks").start, in: state, screen)!
        #expect(quote.style.contains(.quoteDirect) && !quote.style.contains(.quoteIndirect))
        let reported = cell(showing: s("United States").start, in: state, screen)!
        // An entity inside a reported quote keeps both roles.
        #expect(reported.style.contains(.quoteIndirect) && reported.style.contains(.entityLocation))
        let speaker = cell(showing: s("Josh Ernest").start, in: state, screen)!
        #expect(speaker.style.contains(.speaker) && speaker.style.contains(.entityPerson))
        let foreign = cell(showing: s("авиагруппировки").start, in: state, screen)!
        #expect(foreign.style.contains(.foreign))
        #expect(foreign.grapheme == "а")
        let plain = cell(showing: s("spoke").start, in: state, screen)!
        #expect(plain.style == StyleSet(.text))
    }

    @Test func rolesAreDistinctAndNamed() {
        let names = StyleRole.allCases.map(\.name)
        #expect(Set(names).count == names.count)
        #expect(StyleRole.allCases.count <= 64)
        #expect(StyleRole.quoteCurrent.name == "quote_current")
        #expect(StyleRole.searchCurrent.name == "search_current")
    }

    @Test func analysisArrivesLater() {
        var state = Fixtures.state(width: 80, height: 24, analysed: false)
        Fixtures.press([.character("j")], &state)
        let before = Reader.render(state)
        #expect(before.text(row: 22).contains("analysing…"))
        Fixtures.press([.character("n")], &state)
        #expect(state.message?.contains("analysing") == true)
        Reader.reduce(&state, .analysisReady(document: 0, analysis: Fixtures.analysis))
        let after = Reader.render(state)
        #expect(state.scroll == 1)
        #expect(after.text(row: 22).contains("10 entities · 3 quotes · 4 actors"))
        #expect(after.text(row: 23).contains("analysis ready"))
        #expect(before.lines[1...21].map { String($0.prefix(48)) } == after.lines[1...21].map { String($0.prefix(48)) })
        // A bad document index is ignored.
        Reader.reduce(&state, .analysisReady(document: 7, analysis: Fixtures.analysis))
    }

    @Test(arguments: sizes)
    func nextQuoteMarksItAndShowsSpeaker(size: (Int, Int)) {
        var state = Fixtures.state(width: size.0, height: size.1)
        Fixtures.press([.character("n")], &state)
        #expect(state.currentQuote == 0)
        var screen = Reader.render(state)
        #expect(screen.text(row: size.1 - 2).contains("quote 1/3 — Vladimir Putin"))
        #expect(cell(showing: s("The main tasks").start, in: state, screen)?.style.contains(.quoteCurrent) == true)
        #expect(cell(showing: s("Putin", 1).start, in: state, screen)?.style.contains(.speaker) == true)

        Fixtures.press([.character("n"), .character("n")], &state)
        #expect(state.currentQuote == 2)
        screen = Reader.render(state)
        #expect(screen.text(row: size.1 - 2).contains("quote 3/3 — Josh Ernest"))
        // The last quote is far down: it was scrolled into view, with context above it.
        let line = state.layout.lineIndex(containing: s("We welcome").start)
        #expect(line > state.scroll && line < state.scroll + state.pageHeight)
        #expect(line - state.scroll >= 1)
        #expect(cell(showing: s("We welcome").start, in: state, screen)?.style.contains(.quoteCurrent) == true)
        // The previous current quote is no longer marked.
        #expect(cell(showing: s("The main tasks").start, in: state, screen)?.style.contains(.quoteCurrent) != true)

        Fixtures.press([.character("n")], &state)
        #expect(state.currentQuote == 0)
        #expect(state.message == "wrapped around to the first quote")
        Fixtures.press([.character("N")], &state)
        #expect(state.currentQuote == 2)
        #expect(state.message == "wrapped around to the last quote")
        Fixtures.press([.character("["), .character("[")], &state)
        #expect(state.currentQuote == 0)
        Fixtures.press([.character("]")], &state)
        #expect(state.currentQuote == 1)
    }

    @Test func statementsPanelMarksCurrentQuote() {
        var state = Fixtures.state(width: 120, height: 40)
        Fixtures.press([.character("n"), .character("n")], &state)
        let screen = Reader.render(state)
        let rect = state.screenLayout.statements!
        #expect(screen.text(row: rect.row).contains("Statements (3)"))
        // Each entry starts with its marker column and speaker; its quote may go on, indented, below.
        let rows = (1..<rect.height).map { row in
            (rect.row + row, (rect.column..<(rect.column + rect.width)).map { screen[rect.row + row, $0].grapheme }.joined())
        }
        let starts = rows.filter { !$0.1.hasPrefix("  ") && $0.1.contains(" — ") }
        #expect(starts.count == 3)
        guard starts.count == 3 else { return }
        #expect(starts[0].1.hasPrefix(" Vladimir Putin — The main"))
        #expect(starts[1].1.hasPrefix("▶Josh Ernest — the United"))
        #expect(starts[2].1.hasPrefix(" Josh Ernest — We welcome"))
        #expect(screen[starts[1].0, rect.column].style.contains(.quoteCurrent))
        #expect(screen[starts[1].0, rect.column + 1].style.contains(.speaker))
    }

    @Test func actorsPanelSortedByStatementsThenMentions() {
        let state = Fixtures.state(width: 160, height: 40)
        #expect(state.actorsInOrder == [1, 0, 2, 3])
        let screen = Reader.render(state)
        let rect = state.screenLayout.actors!
        #expect(rect.column == 0)
        #expect(screen.text(row: rect.row + 1).hasPrefix(" Josh Ernest PER 2q 2m"))
        #expect(screen.text(row: rect.row + 2).hasPrefix(" Vladimir Putin PER 1q 2m"))
        #expect(screen.text(row: rect.row + 4).hasPrefix(" Kremlin ORG 0q 1m"))
        // Kind and role in dim text.
        let row = screen.text(row: rect.row + 1)
        let roleColumn = Array(row).firstIndex(of: "W")!
        #expect(screen[rect.row + 1, roleColumn].style.contains(.panelDim))
        #expect(screen[rect.row + 1, 2].style.contains(.panelText) && !screen[rect.row + 1, 2].style.contains(.panelDim))
    }

    @Test(arguments: sizes)
    func tabEnterFiltersByActorAndEscClears(size: (Int, Int)) {
        var state = Fixtures.state(width: size.0, height: size.1)
        Fixtures.press([.tab], &state)
        #expect(state.focus == .actors)
        var screen = Reader.render(state)
        #expect(screen.text(row: size.1 - 2).contains("ACTORS"))
        #expect(Fixtures.find("Josh Ernest PER", in: screen) != nil)
        // The cursor row is the selection in the focused panel.
        let rect = state.screenLayout.actors!
        #expect(screen[rect.row + 1, rect.column + 1].style.contains(.selection))
        Fixtures.press([.enter], &state)
        #expect(state.actorFilter == 1)
        #expect(state.navigableQuotes == [1, 2])
        screen = Reader.render(state)
        #expect(screen.text(row: size.1 - 2).contains("filter: Josh Ernest") || size.0 < 80)
        // The actor's mentions are highlighted.
        if !state.screenLayout.overlay {
            #expect(cell(showing: Fixtures.span("Ernest", 1).start, in: state, screen)?.style.contains(.actorMention) == true
                    || state.layout.lineIndex(containing: Fixtures.span("Ernest", 1).start) >= state.pageHeight)
            #expect(cell(showing: Fixtures.span("Josh Ernest").start, in: state, screen)?.style.contains(.actorMention) == true)
        }
        // n/N go through that actor's quotes only.
        Fixtures.press([.character("n")], &state)
        #expect(state.currentQuote == 1)
        Fixtures.press([.character("n")], &state)
        #expect(state.currentQuote == 2)
        Fixtures.press([.character("n")], &state)
        #expect(state.currentQuote == 1)
        screen = Reader.render(state)
        #expect(screen.text(row: size.1 - 2).contains("quote 1/2 — Josh Ernest"))
        // Statements panel shows only that actor.
        Fixtures.press([.tab], &state)
        #expect(state.focus == .statements)
        screen = Reader.render(state)
        #expect(screen.lines.contains { $0.contains("Statements: Josh Ernest (2)") })
        #expect(!screen.lines.contains { $0.contains("Vladimir Putin — ") })
        Fixtures.press([.escape], &state)
        #expect(state.actorFilter == nil)
        #expect(state.navigableQuotes == [0, 1, 2])
        Fixtures.press([.escape], &state)
        #expect(state.focus == .article)
    }

    @Test(arguments: sizes)
    func enterOnStatementJumpsToIt(size: (Int, Int)) {
        var state = Fixtures.state(width: size.0, height: size.1)
        Fixtures.press([.tab, .tab], &state)
        #expect(state.focus == .statements)
        Fixtures.press([.character("j"), .character("j"), .enter], &state)
        #expect(state.currentQuote == 2)
        let line = state.layout.lineIndex(containing: Fixtures.span("We welcome").start)
        #expect(line >= state.scroll && line < state.scroll + state.pageHeight)
        let screen = Reader.render(state)
        if state.screenLayout.mode == .narrow {
            #expect(state.focus == .article) // the overlay closes to show the article
        }
        #expect(screen.text(row: size.1 - 2).contains("quote 3/3 — Josh Ernest"))
        #expect(screen.lines.contains { $0.contains("We welcome any reduction") })
        Fixtures.press([.character("k"), .home, .end, .pageUp, .pageDown, .character("G"), .character("g")], &state)
        #expect(state.statementCursor == 0 || state.focus == .article)
    }

    /// Any set of kinds from the config: those highlighted, named in the status bar; E then cycles from all.
    @Test func aSetOfEntityKindsFromTheConfig() {
        var state = Fixtures.state(width: 120, height: 40)
        Reader.applyPreferences(&state, showActors: true, showStatements: true, showEntities: true,
                                entityKinds: [.person, .organisation], showQuotes: true)
        let screen = Reader.render(state)
        let s = { Fixtures.span($0) }
        #expect(cell(showing: s("Vladimir Putin").start, in: state, screen)?.style.contains(.entityPerson) == true)
        #expect(cell(showing: s("Kremlin").start, in: state, screen)?.style.contains(.entityOrganisation) == true)
        #expect(cell(showing: s("Washington").start, in: state, screen)?.style.contains(.entityLocation) == false)
        #expect(StatusBar.rightParts(state).full.contains("(persons, organisations only)"))
        Fixtures.press([.character("E")], &state)
        #expect(state.entityKinds == Set(EntityType.allCases))
        #expect(state.message == "entities shown: all kinds")
        Fixtures.press([.character("E")], &state)
        #expect(state.message == "entities shown: persons only")
    }

    @Test(arguments: sizes)
    func entityToggles(size: (Int, Int)) {
        var state = Fixtures.state(width: size.0, height: size.1)
        Fixtures.press([.character("e")], &state)
        var screen = Reader.render(state)
        #expect(!state.showEntities)
        #expect(cell(showing: s("Vladimir Putin").start, in: state, screen)?.style == StyleSet(.text))
        #expect(screen.text(row: size.1 - 1).contains("entities hidden"))
        Fixtures.press([.character("e")], &state)
        screen = Reader.render(state)
        #expect(cell(showing: s("Vladimir Putin").start, in: state, screen)?.style.contains(.entityPerson) == true)
        // E: persons only, then organisations only, …, then all again.
        Fixtures.press([.character("E")], &state)
        #expect(state.entityKinds == [.person])
        screen = Reader.render(state)
        #expect(cell(showing: s("Vladimir Putin").start, in: state, screen)?.style.contains(.entityPerson) == true)
        #expect(cell(showing: s("Kremlin").start, in: state, screen)?.style.contains(.entityOrganisation) == false)
        Fixtures.press([.character("E")], &state)
        #expect(state.entityKinds == [.organisation])
        screen = Reader.render(state)
        #expect(cell(showing: s("Kremlin").start, in: state, screen)?.style.contains(.entityOrganisation) == true)
        #expect(cell(showing: s("Vladimir Putin").start, in: state, screen)?.style.contains(.entityPerson) == false)
        Fixtures.press([.character("E"), .character("E"), .character("E")], &state)
        #expect(state.entityKinds == Set(EntityType.allCases))
        // Q hides quotes but keeps entities.
        Fixtures.press([.character("Q")], &state)
        screen = Reader.render(state)
        let reported = cell(showing: s("United States").start, in: state, screen)!
        #expect(!reported.style.contains(.quoteIndirect) && reported.style.contains(.entityLocation))
        #expect(screen.text(row: size.1 - 2).contains("quotes off") || size.0 < 80)
        Fixtures.press([.character("Q")], &state)
        #expect(state.showQuotes)
    }

    @Test(arguments: sizes)
    func searchWithPromptMatchesAndNN(size: (Int, Int)) {
        var state = Fixtures.state(width: size.0, height: size.1)
        Fixtures.press([.character("/")], &state)
        Fixtures.type("SYRIX", &state)
        Fixtures.press([.backspace, .character("A")], &state)
        var screen = Reader.render(state)
        #expect(screen.text(row: size.1 - 1).hasPrefix("/SYRIA"))
        #expect(screen[size.1 - 1, 0].style.contains(.prompt))
        // Letters typed in the prompt are not commands.
        #expect(state.currentQuote == nil && state.showEntities)
        Fixtures.press([.enter], &state)
        #expect(state.prompt == nil)
        #expect(state.search?.matches.count == 2)
        #expect(state.search?.current == 0)
        screen = Reader.render(state)
        #expect(screen.text(row: size.1 - 2).contains("/SYRIA 1/2 matches"))
        let first = Fixtures.span("Syria", 0).start
        let c = cell(showing: first, in: state, screen)!
        #expect(c.style.contains(.searchMatch) && c.style.contains(.searchCurrent) && c.style.contains(.entityLocation))
        // n/N move between matches while the search is active.
        Fixtures.press([.character("n")], &state)
        #expect(state.search?.current == 1)
        #expect(state.currentQuote == nil)
        let line = state.layout.lineIndex(containing: Fixtures.span("Syria", 1).start)
        #expect(line >= state.scroll && line < state.scroll + state.pageHeight)
        Fixtures.press([.character("n")], &state)
        #expect(state.search?.current == 0)
        #expect(state.message == "search wrapped to the top")
        Fixtures.press([.character("N")], &state)
        #expect(state.search?.current == 1)
        // Esc clears the search: n goes back to quotes.
        Fixtures.press([.escape], &state)
        #expect(state.search == nil)
        #expect(state.message?.contains("n/N go to quotes") == true)
        Fixtures.press([.character("n")], &state)
        #expect(state.currentQuote != nil)
    }

    @Test func searchIsAccentInsensitiveAndBackward() {
        var state = Fixtures.state(width: 80, height: 24)
        Fixtures.press([.character("?")], &state)
        Fixtures.type("etat", &state)
        Fixtures.press([.enter], &state)
        #expect(state.search?.matches == [Fixtures.span("État").start..<Fixtures.span("État").end])
        #expect(state.search?.backward == true)
        Fixtures.press([.character("/")], &state)
        Fixtures.type("nothing like this", &state)
        Fixtures.press([.enter], &state)
        #expect(state.search == nil)
        #expect(state.message == "not found: nothing like this")
        Fixtures.press([.character("/")], &state)
        Fixtures.type("abc", &state)
        Fixtures.press([.escape], &state)
        #expect(state.prompt == nil && state.search == nil)
    }

    @Test func helpListsEveryBindingAndHasSeveralWaysIn() {
        var state = Fixtures.state(width: 120, height: 40)
        Fixtures.press([.function(1)], &state)
        #expect(state.showHelp)
        Fixtures.press([.character("x")], &state)
        #expect(!state.showHelp)
        Fixtures.press([.character("h")], &state)
        #expect(state.showHelp)
        Fixtures.press([.escape], &state)
        #expect(!state.showHelp)
        Fixtures.press([.character("?"), .enter], &state)
        #expect(state.showHelp)
        // Every binding of the table is in the help, page by page.
        let lines = HelpOverlay.entries()
        for binding in Keymap.standard.bindings {
            #expect(lines.contains { $0.key == binding.label && $0.text == binding.description })
        }
        var seen = Set<String>()
        // Enough presses to reach the end of the help (the legend and every context's keys).
        for _ in 0..<120 {
            let screen = Reader.render(state)
            for line in screen.lines { seen.insert(line) }
            Fixtures.press([.character("j")], &state)
            #expect(state.showHelp)
        }
        let all = seen.joined(separator: "\n")
        for binding in Keymap.standard.bindings {
            #expect(all.contains(binding.label), "\(binding.label)")
            // Descriptions are wrapped, not cut: every word shows up.
            for word in binding.description.split(separator: " ") { #expect(all.contains(word), "\(word)") }
        }
        #expect(all.contains("n/N") || all.contains("while searching"))
    }

    @Test func keyTableCoversTheIssuesKeys() {
        let state = Fixtures.state(width: 120, height: 40)
        let keys: [KeyEvent] = [.character("j"), .character("k"), .up, .down, .character(" "), .character("b"), .pageUp, .pageDown,
                                .control("d"), .control("u"), .character("g"), .character("G"), .home, .end, .character("q"),
                                .character("e"), .character("E"), .character("Q"), .character("n"), .character("N"),
                                .character("]"), .character("["), .tab, .backTab, .escape, .character("a"), .character("s"),
                                .character("/"), .character("?"), .function(1), .character("h"), .character(">"), .character("<")]
        for key in keys {
            #expect(Keymap.standard.action(for: key, in: state) != nil, "\(key)")
            #expect(Keymap.standard.bindings.contains { $0.keys.contains(key) }, "\(key)")
        }
        #expect(Keymap.standard.action(for: .character("z"), in: state) == nil)
        #expect(Keymap.standard.action(for: .character("j"), in: state) == .scrollLines(1))
        var panel = state
        Fixtures.press([.tab], &panel)
        #expect(Keymap.standard.action(for: .character("j"), in: panel) == .moveSelection(1))
        #expect(Keymap.standard.action(for: .enter, in: panel) == .activateSelection)
    }

    @Test func everyBindingIsReachable() {
        for binding in Keymap.standard.bindings where binding.action != nil {
            var state = Fixtures.state(width: 120, height: 40)
            switch binding.context {
            case .panel: Fixtures.press([.tab], &state)
            case .prompt: Fixtures.press([.character("/")], &state)
            case .help: Fixtures.press([.function(1)], &state)
            case .library, .libraryFilter:
                state = ReaderState(documents: [state.documents[0], state.documents[0]], width: 120, height: 40)
                state.openLibrary()
                if binding.context == .libraryFilter { Fixtures.press([.character("/")], &state) }
            case .archive: Fixtures.press([.character("A")], &state)
            case .global, .article: break
            }
            for key in binding.keys {
                #expect(Keymap.standard.action(for: key, in: state) != nil, "\(binding.label) in \(binding.context)")
            }
        }
    }

    @Test func panelsHideShowAndLayoutByWidth() {
        var state = Fixtures.state(width: 120, height: 40)
        #expect(state.screenLayout.mode == .wide)
        #expect(state.screenLayout.article.width == 120 - 24 - 30 - 4)
        #expect(state.screenLayout.article.column == 26)
        Fixtures.press([.character("a")], &state)
        #expect(state.screenLayout.actors == nil)
        #expect(state.screenLayout.article.column == 0)
        Fixtures.press([.character("s")], &state)
        #expect(state.screenLayout.article.width == 120)
        var screen = Reader.render(state)
        #expect(screen.text(row: 1).hasPrefix("Vladimir Putin spoke with Barack Obama on Monday, according to the Kremlin."))
        Fixtures.press([.tab], &state)
        #expect(state.focus == .article) // nothing else to focus
        Fixtures.press([.character("a"), .character("s")], &state)
        Reader.reduce(&state, .resize(width: 80, height: 24))
        #expect(state.screenLayout.mode == .stacked)
        let layout = state.screenLayout
        #expect(layout.actors!.column == layout.statements!.column)
        #expect(layout.actors!.row < layout.statements!.row)
        Reader.reduce(&state, .resize(width: 50, height: 15))
        #expect(state.screenLayout.mode == .narrow)
        #expect(state.screenLayout.article.width == 50)
        // Under 60 columns a panel is a full-screen overlay, opened by Tab, a or s.
        Fixtures.press([.character("s")], &state)
        #expect(state.focus == .statements && state.screenLayout.overlay)
        screen = Reader.render(state)
        #expect(screen.text(row: 1).contains("Statements (3)"))
        #expect(!screen.lines.contains { $0.contains("Vladimir Putin spoke") })
        Fixtures.press([.character("s")], &state)
        #expect(state.focus == .article && !state.screenLayout.overlay)
    }

    @Test func currentQuoteStaysInViewAfterResize() {
        var state = Fixtures.state(width: 120, height: 40)
        Fixtures.press([.character("N")], &state) // the last quote
        #expect(state.currentQuote == 2)
        for (w, h) in [(50, 15), (80, 24), (20, 5), (120, 40), (40, 12), (200, 60)] {
            Reader.reduce(&state, .resize(width: w, height: h))
            let line = state.layout.lineIndex(containing: Fixtures.span("We welcome").start)
            #expect(line >= state.scroll && line < state.scroll + state.pageHeight, "\(w)x\(h)")
        }
    }

    @Test func mouseWheelClickAndQuoteClick() {
        var state = Fixtures.state(width: 120, height: 40)
        let layout = state.screenLayout
        // Wheel over the article scrolls it.
        Reader.reduce(&state, .mouse(MouseEvent(kind: .wheelDown, row: 5, column: layout.article.column + 3)))
        #expect(state.scroll == 3)
        Reader.reduce(&state, .mouse(MouseEvent(kind: .wheelUp, row: 5, column: layout.article.column + 3)))
        #expect(state.scroll == 0)
        // Wheel over the actors panel moves its cursor, not the article.
        Reader.reduce(&state, .mouse(MouseEvent(kind: .wheelDown, row: 5, column: 2)))
        #expect(state.actorCursor == 3 && state.scroll == 0)
        // Click on an actor selects it.
        Reader.reduce(&state, .mouse(MouseEvent(kind: .click, row: layout.actors!.row + 2, column: 3)))
        #expect(state.focus == .actors && state.actorCursor == 1)
        // Click on a statement selects it and shows it; on the first entry's last wrapped row, it
        // is still the first entry.
        let firstHeight = StatementList(state).height(0)
        #expect(firstHeight > 1)
        Reader.reduce(&state, .mouse(MouseEvent(kind: .click, row: layout.statements!.row + 1 + firstHeight, column: layout.statements!.column + 4)))
        #expect(state.focus == .statements && state.statementCursor == 1 && state.currentQuote == 1)
        Reader.reduce(&state, .mouse(MouseEvent(kind: .click, row: layout.statements!.row + firstHeight, column: layout.statements!.column + 4)))
        #expect(state.statementCursor == 0 && state.currentQuote == 0)
        // Click on a highlighted quote in the article makes it current.
        Fixtures.press([.character("g")], &state)
        let screen = Reader.render(state)
        let pos = Fixtures.find("main tasks", in: screen)!
        Reader.reduce(&state, .mouse(MouseEvent(kind: .click, row: pos.row, column: pos.column)))
        #expect(state.currentQuote == 0 && state.focus == .article)
        // Clicks outside anything are ignored.
        Reader.reduce(&state, .mouse(MouseEvent(kind: .click, row: 0, column: 0)))
        Reader.reduce(&state, .mouse(MouseEvent(kind: .click, row: 999, column: -5)))
        #expect(state.currentQuote == 0)
    }

    @Test func switchingDocuments() {
        let second = Article(id: "two", title: "Second article", text: "Another text\n\nwith two paragraphs.")
        var state = ReaderState(documents: [Document(article: Fixtures.article, analysis: Fixtures.analysis),
                                            Document(article: second)], width: 80, height: 24)
        Fixtures.press([.character("j"), .character("j"), .character("n")], &state)
        Fixtures.press([.character(">")], &state)
        #expect(state.currentDocument == 1)
        var screen = Reader.render(state)
        #expect(screen.text(row: 0).contains("Second article"))
        #expect(screen.text(row: 0).contains("2/2"))
        #expect(screen.text(row: 1).hasPrefix("Another text"))
        #expect(screen.text(row: 22).contains("analysing…"))
        #expect(state.currentQuote == nil)
        Fixtures.press([.character(">")], &state)
        #expect(state.currentDocument == 0)
        #expect(state.scroll == 0 || state.scroll == 2)
        Fixtures.press([.character("<")], &state)
        #expect(state.currentDocument == 1)
        Reader.reduce(&state, .analysisReady(document: 0, analysis: Fixtures.analysis))
        screen = Reader.render(state)
        #expect(screen.text(row: 0).contains("Second article"))
        var single = Fixtures.state(width: 80, height: 24)
        Fixtures.press([.character(">")], &single)
        #expect(single.message == "only one document open")
    }

    @Test func actorMentionsFallBackToEntitiesAndSpeakerMentions() {
        var analysis = Fixtures.analysis
        for i in analysis.actors.indices { analysis.actors[i].mentions = [] }
        var state = ReaderState(documents: [Document(article: Fixtures.article, analysis: analysis)], width: 120, height: 40)
        #expect(state.mentions(ofActor: 1) == [s("Josh Ernest"), s("Ernest", 1)])
        #expect(state.mentions(ofActor: 2) == [s("Barack Obama")])
        Reader.reduce(&state, .filterActor(2))
        let screen = Reader.render(state)
        #expect(cell(showing: s("Barack Obama").start, in: state, screen)?.style.contains(.actorMention) == true)
        #expect(cell(showing: s("Vladimir Putin").start, in: state, screen)?.style.contains(.actorMention) == false)
        #expect(screen.lines.contains { $0.contains("no statements") })
        Fixtures.press([.character("n")], &state)
        #expect(state.message == "this actor has no statements")
    }

    @Test func renderIsDeterministic() {
        var state = Fixtures.state(width: 80, height: 24)
        Fixtures.press([.character("n"), .tab, .character("j")], &state)
        #expect(Reader.render(state) == Reader.render(state))
    }
}
