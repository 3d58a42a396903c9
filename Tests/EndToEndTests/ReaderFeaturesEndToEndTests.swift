import ArticleKit
import Foundation
import Testing

/// The reader's quote navigation, panels and highlighting on the sample article, in tmux,
/// checked against the hand-made answer key ../shared/gold/seed.jsonl.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed: end-to-end terminal tests skipped"))
struct ReaderFeaturesEndToEndTests {
    /// The answer key; the test fails, naming the path, when ../shared is missing.
    static func seed(sourceLocation: SourceLocation = #_sourceLocation) throws -> GoldRecord {
        let url = try Executable.sharedFile("gold/seed.jsonl", sourceLocation: sourceLocation)
        return try #require(try JSONLines.decode(Data(contentsOf: url)).first, "gold/seed.jsonl has no record",
                            sourceLocation: sourceLocation)
    }

    func startReader(width: Int = 120, height: Int = 40) throws -> TmuxSession {
        let script = "\(Executable.quoted(Executable.verbatim)); echo EXIT=$?; sleep 600"
        let tmux = try TmuxSession(width: width, height: height, command: "sh -c \(Executable.quoted(script))")
        try tmux.waitFor("the analysis of the sample") { $0.contains("9 quotes") }
        return tmux
    }

    /// The speaker named in the status bar: "quote 3/9 — Josh Ernest" (or "— Josh Ernest (?)").
    func statusQuote(_ screen: String) -> (index: Int, count: Int, speaker: String)? {
        for line in screen.split(separator: "\n") {
            guard let range = line.range(of: "quote ") else { continue }
            let rest = line[range.upperBound...]
            let numbers = rest.prefix { $0 != " " }.split(separator: "/")
            guard numbers.count == 2, let index = Int(numbers[0]), let count = Int(numbers[1]),
                  let dash = rest.range(of: "— ") else { continue }
            var speaker = (rest[dash.upperBound...].components(separatedBy: "  ").first ?? "").trimmingCharacters(in: .whitespaces)
            // A guessed speaker is "Name (?)": the name is what the answer key is compared with.
            if speaker.hasSuffix(" (?)") { speaker.removeLast(4) }
            return (index, count, speaker)
        }
        return nil
    }

    /// Rows of the statements panel: the text right of the last panel border.
    func statementRows(_ screen: String) -> [String] {
        screen.split(separator: "\n").compactMap { line -> String? in
            guard let border = line.lastIndex(of: "│") else { return nil }
            let cell = String(line[line.index(after: border)...])
            return cell.contains(" — ") ? cell : nil
        }
    }

    /// The article column's text (between the panels' borders), its rows joined by spaces: words
    /// that wrap from one row to the next read as one phrase.
    func articleText(_ screen: String) -> String {
        screen.split(separator: "\n").compactMap { line -> String? in
            guard let first = line.firstIndex(of: "│"), let last = line.lastIndex(of: "│"), first < last else { return nil }
            return line[line.index(after: first)..<last].trimmingCharacters(in: .whitespaces)
        }.joined(separator: " ")
    }

    @Test func nStepsThroughEveryQuoteWithTheAnswerKeysSpeakers() throws {
        let gold = try Self.seed()
        let quotes = try #require(gold.quotes)
        let tmux = try startReader()
        defer { tmux.stop() }

        try tmux.send("n")
        let first = try tmux.waitFor("the first quote") { statusQuote($0)?.index == 1 }
        #expect(first.contains("Le président de la Russie Vladimir Poutine"))
        let marked = statementRows(first).filter { $0.hasPrefix("▶") }
        #expect(marked.count == 1, "the statements panel should mark exactly the current quote")

        for (offset, quote) in quotes.enumerated() {
            if offset > 0 { try tmux.send("n") }
            let screen = try tmux.waitFor("quote \(offset + 1)") { statusQuote($0)?.index == offset + 1 }
            let status = try #require(statusQuote(screen))
            #expect(status.count == quotes.count)
            let accepted = ([quote.speaker ?? ""] + (quote.speakerAlternatives ?? [])).map { $0.lowercased() }
            #expect(accepted.contains(status.speaker.lowercased()),
                    "quote \(offset + 1): status shows \(status.speaker), answer key says \(accepted)")
            // The quote's first words are on screen (the reader scrolled it into view).
            let words = (quote.text ?? "").split(separator: " ").prefix(3).joined(separator: " ")
            #expect(articleText(screen).contains(words) || screen.contains(String(words.prefix(12))),
                    "quote \(offset + 1) is not in view")
        }
        try tmux.send("n")
        let wrapped = try tmux.waitFor("the wrap to the first quote") { statusQuote($0)?.index == 1 }
        #expect(wrapped.lowercased().contains("first quote") || wrapped.lowercased().contains("wrap"),
                "wrapping around should say so")
        try tmux.send("q")
        try tmux.waitFor("the exit") { $0.contains("EXIT=0") }
    }

    /// The SGR parameters in force just before `word` on the first row that holds it.
    func attributesBefore(_ word: String, in screen: String) -> Set<String> {
        guard let line = screen.split(separator: "\n").first(where: { $0.contains(word) }),
              let range = line.range(of: word) else { return [] }
        var state = Set<String>()
        var index = line.startIndex
        while index < range.lowerBound {
            if line[index] == "\u{1B}", let m = line[index...].firstIndex(of: "m"), m < range.lowerBound {
                let body = line[line.index(index, offsetBy: 2)..<m]
                var parameters = body.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
                if parameters.isEmpty || parameters == [""] { parameters = ["0"] }
                var i = 0
                while i < parameters.count {
                    let p = parameters[i]
                    if p == "0" || p.isEmpty { state.removeAll() }
                    else if p == "38" || p == "48" { // extended colour: 38;5;N or 38;2;R;G;B
                        let skip = i + 1 < parameters.count && parameters[i + 1] == "2" ? 4 : 2
                        state = state.filter { !$0.hasPrefix(p) }
                        state.insert(([p] + parameters[(i + 1)..<min(parameters.count, i + 1 + skip)]).joined(separator: ";"))
                        i += skip
                    } else if p == "22" { state.remove("1"); state.remove("2") }
                    else if p == "24" { state.remove("4") }
                    else if p == "39" { state = state.filter { !$0.hasPrefix("38") && !(("30"..."37").contains($0)) } }
                    else { state.insert(p) }
                    i += 1
                }
                index = line.index(after: m)
            } else {
                index = line.index(after: index)
            }
        }
        return state
    }

    @Test func eTogglesEntityHighlightingOffAndOn() throws {
        let tmux = try startReader()
        defer { tmux.stop() }
        let before = try tmux.capture(escapes: true)
        #expect(attributesBefore("Vladimir", in: before).contains("1"), "a person's name should be bold")
        #expect(!attributesBefore("dirigeants", in: before).contains("1"), "plain words are not highlighted")

        try tmux.send("e")
        let off = try tmux.waitFor(escapes: true, "entities off") { $0 != before }
        #expect(!attributesBefore("Vladimir", in: off).contains("1"), "entity highlighting should be gone")

        try tmux.send("e")
        let on = try tmux.waitFor(escapes: true, "entities on") { attributesBefore("Vladimir", in: $0).contains("1") }
        #expect(attributesBefore("Vladimir", in: on) == attributesBefore("Vladimir", in: before))
    }

    @Test func enterOnAnActorFiltersTheStatementsAndEscClears() throws {
        let tmux = try startReader()
        defer { tmux.stop() }
        let all = statementRows(try tmux.capture())
        #expect(all.count == 9)

        try tmux.send("Tab")
        try tmux.send("Enter")
        let filtered = try tmux.waitFor("the filtered statements") { statementRows($0).count < 9 }
        let rows = statementRows(filtered)
        #expect(!rows.isEmpty)
        let speakers = Set(rows.map { $0.dropFirst().components(separatedBy: " — ").first!.trimmingCharacters(in: .whitespaces) })
        #expect(speakers.count == 1, "a filter shows one actor's statements only, got \(speakers)")

        try tmux.send("Escape")
        try tmux.waitFor("all statements again") { statementRows($0).count == 9 }
    }

    @Test func resizeKeepsTheCurrentQuoteInView() throws {
        let gold = try Self.seed()
        let quote = try #require(gold.quotes?[5])
        let tmux = try startReader()
        defer { tmux.stop() }
        for _ in 0..<6 { try tmux.send("n") }
        try tmux.waitFor("quote 6") { statusQuote($0)?.index == 6 }
        let words = quote.text!.split(separator: " ").prefix(6).map(String.init)
        for size in [(60, 20), (40, 12), (100, 30)] {
            try tmux.resize(width: size.0, height: size.1)
            let screen = try tmux.waitFor("the quote after resizing to \(size.0)×\(size.1)") { screen in
                screen.split(separator: "\n").count <= size.1 && words.filter { screen.contains($0) }.count >= 4
            }
            #expect(screen.split(separator: "\n").allSatisfy { $0.count <= size.0 })
        }
    }
}
