import ArticleKit
import Testing
@testable import ReaderCore

/// The side panels at 80, 120 and 200 columns on an article of invented people with long names
/// and long quotes: names show whole when they fit and otherwise lose their last words, never
/// their middle; a statement shows its speaker and as much of its quote as the panel's width
/// allows, wrapped on two or three rows.
struct PanelComfortTests {
    static let longQuote = "The harbour of Vesterholm will reopen to every fishing boat before the winter storms, and the dredging of the northern channel starts next month with crews from both shores"
    static let reported = "the quotas would stay unchanged until the spring survey of the cod stocks is finished"
    static let shortQuote = "Not yet."

    static let paragraphs = [
        "Ingrid Falkenrath met Teodor Brancusi-Halvorsen in Vesterholm on Tuesday.",
        "\"\(longQuote),\" said Falkenrath.",
        "The Commission for the Protection of Northern Fisheries said that \(reported).",
        "\"\(shortQuote)\" Brancusi-Halvorsen answered when asked about the ferry.",
        "Oskar Lind watched from the pier.",
    ]
    static let text = paragraphs.joined(separator: "\n\n")

    static let names = ["Ingrid Falkenrath", "Teodor Brancusi-Halvorsen", "Commission for the Protection of Northern Fisheries",
                        "Vesterholm", "Oskar Lind"]

    static var analysis: Analysis {
        func span(_ needle: String, _ occurrence: Int = 0) -> TextSpan { Fixtures.span(needle, occurrence, in: text) }
        let quotes = [
            Quote(span: span(longQuote), kind: .direct, text: longQuote, cue: "said", speakerMention: span("Falkenrath", 1),
                  speakerMentionText: "Falkenrath", actor: 0, speaker: names[0], confidence: 0.9),
            Quote(span: span(reported), kind: .indirect, text: reported, cue: "said",
                  speakerMention: span(names[2]), speakerMentionText: names[2], actor: 2, speaker: names[2], confidence: 0.9),
            Quote(span: span(shortQuote), kind: .direct, text: shortQuote, cue: "answered",
                  speakerMention: span("Brancusi-Halvorsen", 1), speakerMentionText: "Brancusi-Halvorsen", actor: 1,
                  speaker: names[1], confidence: 0.9),
        ]
        let actors = [
            Actor(name: names[0], type: .person, mentions: [span(names[0]), span("Falkenrath", 1)], quotes: [0]),
            Actor(name: names[1], type: .person, mentions: [span(names[1]), span("Brancusi-Halvorsen", 1)], quotes: [2]),
            Actor(name: names[2], type: .organisation, mentions: [span(names[2])], quotes: [1]),
            Actor(name: names[3], type: .location, mentions: [span(names[3])]),
            Actor(name: names[4], type: .person, role: "harbour master of the eastern docks", mentions: [span(names[4])]),
        ]
        let scalars = ScalarText(text)
        let entities = actors.flatMap { actor in actor.mentions.map { Entity(span: $0, type: actor.type, text: scalars[$0]) } }
            .sorted { $0.span.start < $1.span.start }
        return Analysis(text: ScalarText(text), language: "en", entities: entities, quotes: quotes, actors: actors, foreignFragments: [])
    }

    static func state(width: Int, height: Int) -> ReaderState {
        let article = Article(id: "vesterholm", title: "Harbour talks", text: text)
        return ReaderState(documents: [Document(article: article, analysis: analysis)], width: width, height: height)
    }

    static let sizes = [(80, 24), (120, 40), (200, 50)]

    /// The text of a panel's list rows (below its header), cell by cell.
    static func rows(_ screen: Screen, _ rect: Rect) -> [String] {
        (1..<rect.height).map { row in
            (rect.column..<(rect.column + rect.width)).map { screen[rect.row + row, $0].grapheme }.joined()
        }
    }

    /// The width an actor row needs for the whole name: the marker column, the name and the counts.
    static func countsWidth(_ state: ReaderState, actor: Int) -> Int {
        DisplayWidth.of(" \(state.statementCount(ofActor: actor))q \(state.mentions(ofActor: actor).count)m")
    }

    @Test(arguments: sizes)
    func actorNamesShowWholeWhenTheyFitAndOtherwiseLoseTheirLastWords(width: Int, height: Int) throws {
        let state = Self.state(width: width, height: height)
        let rect = try #require(state.screenLayout.actors)
        let rows = Self.rows(Reader.render(state), rect)
        for (position, actor) in state.actorsInOrder.enumerated() {
            let name = Self.names[actor]
            let row = rows[position]
            if 1 + DisplayWidth.of(name) + Self.countsWidth(state, actor: actor) <= rect.width {
                #expect(row.dropFirst().hasPrefix(name + " "), "\(width) columns: \(name) should show whole in \"\(row)\"")
            } else {
                // Shortened: a start of the name that ends before a space, then "…".
                let shown = try #require(row.dropFirst().split(separator: "…", maxSplits: 1).first.map(String.init),
                                         "\(width) columns: \"\(row)\" has no …")
                #expect(name.hasPrefix(shown) && name.dropFirst(shown.count).first == " ",
                        "\(width) columns: \"\(shown)…\" is not \(name) cut after a whole word")
            }
        }
    }

    @Test func at120ColumnsANameOfSeventeenLettersIsWhole() throws {
        // The case that was "Ingrid…enrath": a 24-column panel, its kind label gives way to the name.
        let state = Self.state(width: 120, height: 40)
        let rect = try #require(state.screenLayout.actors)
        let rows = Self.rows(Reader.render(state), rect)
        #expect(rows.contains { $0.contains("Ingrid Falkenrath ") }, "\(rows)")
        #expect(!rows.contains { $0.contains("…") && $0.contains("Falkenrath") })
        // At 200 columns there is room for the kind label as well.
        let wide = Self.state(width: 200, height: 50)
        let wideRows = Self.rows(Reader.render(wide), try #require(wide.screenLayout.actors))
        #expect(wideRows.contains { $0.contains("Ingrid Falkenrath PER 1q 2m") }, "\(wideRows)")
    }

    /// Each entry of the statements panel as its rows: a row that starts with the marker column
    /// and a speaker, then the indented rows of the same quote.
    static func entries(_ rows: [String]) -> [[String]] {
        var entries: [[String]] = []
        for row in rows where !row.allSatisfy({ $0 == " " }) {
            if row.hasPrefix("  "), !entries.isEmpty { entries[entries.count - 1].append(row) } else { entries.append([row]) }
        }
        return entries
    }

    /// The quote an entry shows, its rows joined, without the speaker and a final "…".
    static func shownQuote(_ entry: [String]) -> String {
        var words = entry.joined(separator: " ").components(separatedBy: StatementEntry.separator).dropFirst()
            .joined(separator: StatementEntry.separator).split(separator: " ").joined(separator: " ")
        if words.hasSuffix("…") { words.removeLast() }
        return words
    }

    @Test(arguments: sizes)
    func statementsShowTheSpeakerAndTheQuoteWrappedToThePanelsWidth(width: Int, height: Int) throws {
        let state = Self.state(width: width, height: height)
        let rect = try #require(state.screenLayout.statements)
        let entries = Self.entries(Self.rows(Reader.render(state), rect))
        #expect(entries.count == 3, "\(entries)")
        guard entries.count == 3 else { return }
        let maxLines = StatementList.maxLines(rows: rect.height - 1)
        #expect(maxLines >= 2, "at \(width) columns a statement should have at least two rows")
        for (entry, (speaker, quote)) in zip(entries, [(Self.names[0], Self.longQuote), (Self.names[2], Self.reported),
                                                       (Self.names[1], Self.shortQuote)]) {
            #expect(entry.count <= maxLines)
            let shown = Self.shownQuote(entry)
            // What shows is the quote's beginning, cut after a whole word when it is cut.
            #expect(quote.hasPrefix(shown), "\(width) columns: \"\(shown)\" is not the start of the quote")
            #expect(shown.count == quote.count || quote.dropFirst(shown.count).first == " ", "\(width): \(entry)")
            // The speaker is shown whole unless it would crowd the quote off its first row.
            let first = entry[0].dropFirst()
            if DisplayWidth.of(speaker) <= rect.width - 12 {
                #expect(first.hasPrefix(speaker + StatementEntry.separator), "\(width): \(entry[0])")
            }
            // A quote cut short fills the rows it is given: the entry took every row it could, and
            // no row could have taken the next word.
            if shown.count < quote.count {
                #expect(entry.count == maxLines, "\(width): \(entry)")
                let next = quote.dropFirst(shown.count + 1).prefix { $0 != " " }
                let last = entry[entry.count - 1]
                // The row's text and its "…": with the next word instead, and a "…" still after
                // it, it would not have fitted.
                let lastUsed = DisplayWidth.of(String(last.reversed().drop { $0 == " " }))
                #expect(lastUsed + DisplayWidth.of(next) > rect.width - 1, "\(width): \"\(next)\" would fit on \"\(last)\"")
            }
        }
        // The short answer takes one row.
        #expect(entries[2].count == 1)
    }

    @Test func at120ColumnsALongQuoteShowsMoreThanTwiceWhatAOneRowEntryShowed() throws {
        let state = Self.state(width: 120, height: 40)
        let rect = try #require(state.screenLayout.statements)
        let entries = Self.entries(Self.rows(Reader.render(state), rect))
        let shown = Self.shownQuote(try #require(entries.first))
        // One row of 30 columns left "Ingrid Falkenrath — " 9 columns of quote.
        let oneRow = rect.width - 1 - DisplayWidth.of(Self.names[0] + StatementEntry.separator)
        #expect(shown.count > rect.width, "\(shown.count) characters: \(shown)")
        #expect(shown.count > 4 * oneRow, "\(shown.count) characters: \(shown)")
    }

    @Test func at80ColumnsEntriesTakeTwoRowsSoTheStackedPanelStillListsSeveral() throws {
        let state = Self.state(width: 80, height: 24)
        let layout = state.screenLayout
        #expect(layout.mode == .stacked)
        let rect = try #require(layout.statements)
        #expect(StatementList.maxLines(rows: rect.height - 1) == 2)
        #expect((rect.height - 1) / 2 >= StatementList.entriesInView)
        // The article keeps its column beside the panels.
        #expect(layout.article.width >= 48)
    }

    @Test func theCursorsEntryStaysWholeInViewWhenMovingThroughManyStatements() throws {
        // Many long statements in a short panel: the cursor's rows are always on screen.
        let sentences = (0..<30).map { "\"Point \($0). \(Self.longQuote),\" said Falkenrath." }
        let text = sentences.joined(separator: "\n\n")
        let quotes = (0..<30).map { i -> Quote in
            let q = "Point \(i). \(Self.longQuote),"
            let span = Fixtures.span(q, in: text)
            return Quote(span: span, kind: .direct, text: q, cue: "said", speakerMention: nil, speakerMentionText: nil,
                         actor: 0, speaker: "Ingrid Falkenrath", confidence: 0.9)
        }
        let actors = [Actor(name: "Ingrid Falkenrath", type: .person, mentions: [Fixtures.span("Falkenrath", in: text)],
                            quotes: Array(0..<30))]
        let analysis = Analysis(text: ScalarText(text), language: "en", entities: [], quotes: quotes, actors: actors,
                                foreignFragments: [])
        var state = ReaderState(documents: [Document(article: Article(id: "many", title: "Many", text: text), analysis: analysis)],
                                width: 120, height: 30)
        Reader.reduce(&state, .focus(.statements))
        func cursorRowsShown() -> Bool {
            guard let rect = state.screenLayout.statements else {
                Issue.record("no statements panel")
                return false
            }
            let entries = Self.entries(Self.rows(Reader.render(state), rect))
            let number = "Point \(state.statementCursor)."
            let list = StatementList(state)
            let wanted = list.entry(state.statementCursor)
            guard let shown = entries.first(where: { Self.shownQuote($0).hasPrefix(number) }) else { return false }
            return shown.count == wanted.height
        }
        for _ in 0..<29 {
            Fixtures.press([.character("j")], &state)
            #expect(cursorRowsShown(), "cursor \(state.statementCursor), top \(state.statementTop)")
        }
        #expect(state.statementCursor == 29)
        Fixtures.press([.character("g")], &state)
        #expect(state.statementTop == 0)
        #expect(cursorRowsShown())
        Fixtures.press([.pageDown], &state)
        #expect(state.statementCursor == StatementList(state).pageStep)
        #expect(cursorRowsShown())
        Fixtures.press([.character("G")], &state)
        #expect(state.statementCursor == 29)
        #expect(cursorRowsShown())
        // The end of the list fills the panel: no blank rows left under the last entry.
        let list = StatementList(state)
        let used = (state.statementTop..<30).map(list.height).reduce(0, +)
        #expect(used <= list.rows && used + list.height(state.statementTop - 1) > list.rows)
    }

    @Test func entryRowsKeepToTheirWidthsAndLoseNoWordInBetween() {
        let quote = "Un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize"
        for width in 12...60 {
            for maxLines in 1...3 {
                let entry = StatementEntry(speaker: "Oskar Lind", uncertain: width % 2 == 0, quote: quote, width: width, maxLines: maxLines)
                #expect(entry.lines.count <= maxLines)
                let first = width - 1 - DisplayWidth.of(entry.speaker) - DisplayWidth.of(StatementEntry.separator)
                for (row, line) in entry.lines.enumerated() {
                    #expect(DisplayWidth.of(line) <= (row == 0 ? first : width - StatementEntry.indent), "\(width) \(maxLines): \(entry.lines)")
                }
                var shown = entry.lines.filter { !$0.isEmpty }.joined(separator: " ")
                if shown.hasSuffix("…") { shown.removeLast() } else { #expect(shown == quote, "\(width) \(maxLines): \(entry.lines)") }
                #expect(quote.hasPrefix(shown), "\(width) \(maxLines): \(entry.lines)")
                #expect(entry.speaker.hasSuffix("?") == (width % 2 == 0))
            }
        }
        // A word wider than every row is cut between clusters rather than dropped.
        let long = StatementEntry(speaker: "X", uncertain: false, quote: String(repeating: "é", count: 50), width: 20, maxLines: 3)
        #expect(long.lines.joined().filter { $0 == "é" }.count >= 30)
    }
}
