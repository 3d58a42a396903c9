import ArticleKit
import Foundation
@testable import ReaderCore
import Testing

/// A speaker chosen with low confidence is shown as a guess: its own style and a "?" on screen,
/// "(?)" in what is copied and exported; a quote with no speaker is unattributed, not a guess.
struct UncertainSpeakerTests {
    /// The fixture with Ernest's second quote ("We welcome …") guessed, and optionally his first
    /// one left with no speaker at all.
    static func state(unattributed: Bool = false, width: Int = 130, height: Int = 30) -> ReaderState {
        var analysis = Fixtures.analysis
        analysis.quotes[2].confidence = 0.3
        if unattributed {
            // As an impersonal cue leaves it: a mention, but nobody behind it.
            analysis.quotes[1].actor = nil
            analysis.quotes[1].speaker = nil
            analysis.quotes[1].confidence = 0.1
            analysis.actors[1].quotes = [2]
        }
        return ReaderState(documents: [Document(article: Fixtures.article, analysis: analysis)], width: width, height: height)
    }

    static func quote(confidence: Double, actor: Int? = nil, speaker: String? = nil) -> Quote {
        Quote(span: TextSpan(0, 1), kind: .direct, text: "x", cue: "", actor: actor, speaker: speaker, confidence: confidence)
    }

    @Test func theThresholdSeparatesGuessesFromSpeakers() {
        #expect(SpeakerCertainty.uncertainBelow == 0.5)
        #expect(SpeakerCertainty(Self.quote(confidence: 0.49, actor: 0, speaker: "Anne Roux")) == .uncertain)
        #expect(SpeakerCertainty(Self.quote(confidence: 0.5, actor: 0, speaker: "Anne Roux")) == .certain)
        // A speaker that is not an actor (a place, a description) is judged the same way.
        #expect(SpeakerCertainty(Self.quote(confidence: 0.2, speaker: "le ministère")) == .uncertain)
        // No speaker: unattributed however low the confidence.
        #expect(SpeakerCertainty(Self.quote(confidence: 0.1)) == .unattributed)
        #expect(SpeakerCertainty(Self.quote(confidence: 0.1, speaker: "")) == .unattributed)
    }

    @Test func statementsPanelMarksTheGuessedSpeakerOnly() throws {
        let screen = Reader.render(Self.state(unattributed: true))
        let guessed = try #require(Fixtures.find("Josh Ernest?", in: screen))
        #expect(screen[guessed.row, guessed.column].style.contains(.speakerUncertain))
        #expect(!screen[guessed.row, guessed.column].style.contains(.speaker))
        // The "?" is drawn in the same style as the name.
        #expect(screen[guessed.row, guessed.column + "Josh Ernest".count].grapheme == "?")
        #expect(screen[guessed.row, guessed.column + "Josh Ernest".count].style.contains(.speakerUncertain))
        #expect(screen.lines[guessed.row].contains("We welcome"))

        let sure = try #require(Fixtures.find("Vladimir Putin —", in: screen))
        #expect(screen[sure.row, sure.column].style.contains(.speaker))
        #expect(!screen[sure.row, sure.column].style.contains(.speakerUncertain))

        let nobody = try #require(Fixtures.find("unattributed —", in: screen))
        #expect(!screen.lines[nobody.row].contains("?"))
        #expect(!screen[nobody.row, nobody.column].style.contains(.speakerUncertain))
        #expect(!screen[nobody.row, nobody.column].style.contains(.speaker))
    }

    @Test func theQuestionMarkSurvivesANarrowPanel() throws {
        var state = Self.state(width: 130)
        state.documents[0].analysis?.actors[1].name = "Josh Ernest Montgomery-Fairweather of the White House"
        let screen = Reader.render(state)
        let row = try #require(screen.lines.first { $0.contains("We welcome") })
        let name = try #require(row.components(separatedBy: " — ").first?.components(separatedBy: "│").last)
        // Shortened in the middle, the "?" still at its end.
        #expect(name.contains("…"))
        #expect(name.hasSuffix("?"))
    }

    /// The speaker roles highlighted on exactly `span` (the entity role it also has aside).
    static func roles(on span: TextSpan, _ state: ReaderState) -> Set<StyleRole> {
        Set(Highlighter.highlights(for: state).filter { $0.range == span.start..<span.end }.map(\.role))
            .intersection([.speaker, .speakerUncertain])
    }

    @Test func theCurrentQuotesMentionUsesTheUncertainStyleWhenGuessed() {
        var state = Self.state()
        let ernest = Fixtures.span("Ernest", 1)
        let putin = Fixtures.span("Putin", 1)
        // Before any quote is current, every speaker mention keeps its own certainty.
        #expect(Self.roles(on: ernest, state) == [.speakerUncertain])
        #expect(Self.roles(on: putin, state) == [.speaker])
        Fixtures.press([.character("n")], &state)
        #expect(Self.roles(on: putin, state) == [.speaker])
        Fixtures.press([.character("n"), .character("n")], &state)
        #expect(state.currentQuote == 2)
        #expect(Self.roles(on: ernest, state) == [.speakerUncertain])
        // With quote highlighting off, the current quote's mention is still drawn, as a guess.
        Fixtures.press([.character("Q")], &state)
        #expect(!state.showQuotes)
        #expect(Self.roles(on: ernest, state) == [.speakerUncertain])
    }

    @Test func aMentionSharedWithASureQuoteIsSureUnlessTheGuessIsCurrent() {
        // The guessed quote inherits the mention of the sure one before it, as a continuation does.
        var analysis = Fixtures.analysis
        analysis.quotes[2].speakerMention = analysis.quotes[1].speakerMention
        analysis.quotes[2].confidence = 0.3
        var state = ReaderState(documents: [Document(article: Fixtures.article, analysis: analysis)], width: 130, height: 30)
        let mention = Fixtures.span("Josh Ernest")
        #expect(Self.roles(on: mention, state) == [.speaker])
        Fixtures.press([.character("n"), .character("n")], &state)
        #expect(state.currentQuote == 1)
        #expect(Self.roles(on: mention, state) == [.speaker])
        Fixtures.press([.character("n")], &state)
        #expect(state.currentQuote == 2)
        #expect(Self.roles(on: mention, state) == [.speakerUncertain])
    }

    @Test func statusBarCopyAndExportsMarkTheGuess() throws {
        var state = Self.state()
        Fixtures.press([.character("n"), .character("y")], &state)
        #expect(Reader.takeEffects(&state) == [.copy("“The main tasks have been accomplished,” — Vladimir Putin, Leaders discuss Syria")])
        Fixtures.press([.character("n"), .character("n"), .character("y")], &state)
        #expect(Reader.takeEffects(&state) == [.copy("“We welcome any reduction of violence in Syria,” — Josh Ernest (?), Leaders discuss Syria")])
        #expect(StatusBar.parts(state).left.contains("quote 3/3 — Josh Ernest (?)"))

        let markdown = StatementExport.contents(state, format: .markdown)
        #expect(markdown.contains("- **Vladimir Putin** (direct): The main tasks"))
        #expect(markdown.contains("- **Josh Ernest** (reported): the United States"))
        #expect(markdown.contains("- **Josh Ernest (?)** (direct): We welcome any reduction of violence in Syria,"))

        let lines = StatementExport.contents(state, format: .jsonl).split(separator: "\n")
        let objects = try lines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        #expect(objects.map { $0["speaker"] as? String } == ["Vladimir Putin", "Josh Ernest", "Josh Ernest"])
        #expect(objects.map { $0["speaker_uncertain"] as? Bool } == [false, false, true])
    }

    @Test func anUnattributedQuoteIsNotMarkedAsAGuess() {
        var state = Self.state(unattributed: true)
        Fixtures.press([.character("n"), .character("n"), .character("y")], &state)
        #expect(Reader.takeEffects(&state) == [.copy("“the United States had not seen the withdrawal” — unattributed, Leaders discuss Syria")])
        #expect(StatementExport.contents(state, format: .markdown).contains("- **unattributed** (reported)"))
    }

    @Test func theLegendNamesTheUncertainSpeakerInItsOwnStyle() throws {
        let line = try #require(HelpLegend.lines.first { $0.style.contains(.speakerUncertain) })
        #expect(line.text.contains("speaker (uncertain)"))
        #expect(line.key.hasSuffix("?"))
        var state = Self.state(width: 100, height: 40)
        Fixtures.press([.character("h")], &state)
        let screen = Reader.render(state)
        let sample = try #require(Fixtures.find("Speaker?", in: screen))
        #expect(screen[sample.row, sample.column].style.contains(.speakerUncertain))
        #expect(screen.lines[sample.row].contains("speaker (uncertain)"))
    }
}
