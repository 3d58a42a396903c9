import Foundation
import Testing
@testable import ArticleKit

@Suite struct EvaluatorTests {
    typealias E = GoldRecord.EntityRecord
    typealias Q = GoldRecord.QuoteRecord
    typealias F = GoldRecord.FragmentRecord

    func near(_ a: Double, _ b: Double) -> Bool { abs(a - b) < 1e-9 }

    @Test func entityScoresPerTypeAndMicro() {
        let gold = GoldRecord(id: "a", text: String(repeating: "x", count: 30), entities: [
            E(start: 0, end: 5, type: "PER"), E(start: 6, end: 10, type: "LOC"), E(start: 11, end: 15, type: "ORG"),
        ])
        let predicted = GoldRecord(id: "a", text: gold.text, entities: [
            E(start: 0, end: 5, type: "PER"),   // right
            E(start: 6, end: 10, type: "ORG"),  // right span, wrong type: FP ORG and FN LOC
            E(start: 20, end: 25, type: "PER"), // spurious
        ])
        let r = Evaluator().evaluate(gold: [gold], predicted: [predicted])
        let per = r.entitiesByType["PER"]!, loc = r.entitiesByType["LOC"]!, org = r.entitiesByType["ORG"]!
        #expect((per.truePositives, per.falsePositives, per.falseNegatives) == (1, 1, 0))
        #expect(near(per.precision, 0.5) && near(per.recall, 1) && near(per.f1, 2.0 / 3))
        #expect((loc.truePositives, loc.falsePositives, loc.falseNegatives) == (0, 0, 1))
        #expect(near(loc.precision, 1) && near(loc.recall, 0) && near(loc.f1, 0))
        #expect((org.truePositives, org.falsePositives, org.falseNegatives) == (0, 1, 1))
        let micro = r.entities()
        #expect((micro.truePositives, micro.falsePositives, micro.falseNegatives) == (1, 2, 2))
        #expect(near(micro.f1, 1.0 / 3))
        let core = r.entities(types: ["PER", "LOC"])
        #expect(near(core.precision, 0.5) && near(core.recall, 0.5))
    }

    @Test func exactSpanOnly() {
        let gold = GoldRecord(id: "a", text: "Vladimir Poutine", entities: [E(start: 0, end: 16, type: "PER")])
        let predicted = GoldRecord(id: "a", text: gold.text, entities: [E(start: 9, end: 16, type: "PER")])
        let s = Evaluator().evaluate(gold: [gold], predicted: [predicted]).entitiesByType["PER"]!
        #expect((s.truePositives, s.falsePositives, s.falseNegatives) == (0, 1, 1))
    }

    @Test func quotesMatchByOverlapOfHalfTheLongerSpan() {
        let gold = GoldRecord(id: "q", text: String(repeating: "x", count: 400), quotes: [
            Q(start: 0, end: 100, type: "direct", speaker: "Vladimir Poutine", speakerAlternatives: ["Kremlin"]),
            Q(start: 200, end: 260, type: "indirect", speaker: "Josh Ernest"),
        ])
        let predicted = GoldRecord(id: "q", text: gold.text, quotes: [
            Q(start: 10, end: 100, type: "direct", speaker: " kremlin "), // overlap 90 ≥ 50: match, speaker via alternative
            Q(start: 200, end: 220, type: "indirect", speaker: "Josh Ernest"), // overlap 20 < 30: no match
            Q(start: 300, end: 310, type: "direct"),
        ])
        let r = Evaluator().evaluate(gold: [gold], predicted: [predicted])
        #expect((r.quotes.truePositives, r.quotes.falsePositives, r.quotes.falseNegatives) == (1, 2, 1))
        #expect(near(r.quotes.precision, 1.0 / 3) && near(r.quotes.recall, 0.5) && near(r.quotes.f1, 0.4))
        #expect((r.quotesExact.truePositives, r.quotesExact.falsePositives, r.quotesExact.falseNegatives) == (0, 3, 2))
        #expect(r.speakers.correct == 1 && r.speakers.total == 1)
    }

    @Test func overlapOfExactlyHalfMatches() {
        let gold = GoldRecord(id: "q", text: String(repeating: "x", count: 20), quotes: [Q(start: 0, end: 10, type: "direct", speaker: "A")])
        let predicted = GoldRecord(id: "q", text: gold.text, quotes: [Q(start: 5, end: 10, type: "direct", speaker: "B")])
        let r = Evaluator().evaluate(gold: [gold], predicted: [predicted])
        #expect(r.quotes.truePositives == 1)
        #expect(r.speakers.correct == 0 && r.speakers.total == 1)
    }

    /// PolNeAR: "“A,” he said. “B.”" is one quotation in two pieces spanning both.
    @Test func aQuotationInPiecesMatchesAPredictionOfAnyPieceAndOwnsTheOthers() {
        let text = String(repeating: "x", count: 100)
        let gold = GoldRecord(id: "a", text: text, quotes: [
            { var q = Q(start: 0, end: 90, type: "direct", speakerMention: "he"); q.parts = [[0, 20], [40, 90]]; return q }(),
        ])
        // The second piece alone is 50 of the 90-scalar whole: no match on the whole span, a match on the piece.
        let second = GoldRecord(id: "a", text: text, quotes: [Q(start: 40, end: 90, type: "direct", speakerMention: "he")])
        let r = Evaluator().evaluate(gold: [gold], predicted: [second])
        #expect((r.quotes.truePositives, r.quotes.falsePositives, r.quotes.falseNegatives) == (1, 0, 0))
        // Both pieces predicted: one match, and the other piece is not a false quotation.
        let both = GoldRecord(id: "a", text: text, quotes: [Q(start: 0, end: 20, type: "direct", speakerMention: "he"),
                                                            Q(start: 40, end: 90, type: "direct", speakerMention: "he")])
        let r2 = Evaluator().evaluate(gold: [gold], predicted: [both])
        #expect((r2.quotes.truePositives, r2.quotes.falsePositives, r2.quotes.falseNegatives) == (1, 0, 0))
        #expect(r2.speakerMentions.total == 1)
        // Without pieces the same prediction is judged on the whole span.
        var whole = gold
        whole.quotes![0].parts = nil
        let r3 = Evaluator().evaluate(gold: [whole], predicted: [second])
        #expect((r3.quotes.truePositives, r3.quotes.falsePositives, r3.quotes.falseNegatives) == (1, 0, 0))
        let short = GoldRecord(id: "a", text: text, quotes: [Q(start: 0, end: 20, type: "direct")])
        let r4 = Evaluator().evaluate(gold: [whole], predicted: [short])
        #expect((r4.quotes.truePositives, r4.quotes.falsePositives, r4.quotes.falseNegatives) == (0, 1, 1))
    }

    @Test func piecesOutsideTheTextAreAProblemOfTheLine() {
        let bad = #"{"id":"a","text":"abc","quotes":[{"start":0,"end":3,"type":"direct","parts":[[0,9]]}]}"#
        #expect(throws: JSONLinesReader.Problem.self) { try JSONLines.decode(Data(bad.utf8)) }
        let odd = #"{"id":"a","text":"abc","quotes":[{"start":0,"end":3,"type":"direct","parts":[[0]]}]}"#
        #expect(throws: JSONLinesReader.Problem.self) { try JSONLines.decode(Data(odd.utf8)) }
    }

    @Test func oneLongPredictionCannotClaimTwoQuotes() {
        let gold = GoldRecord(id: "q", text: String(repeating: "x", count: 20), quotes: [
            Q(start: 0, end: 10, type: "direct"), Q(start: 10, end: 20, type: "direct"),
        ])
        let predicted = GoldRecord(id: "q", text: gold.text, quotes: [Q(start: 0, end: 12, type: "direct")])
        let r = Evaluator().evaluate(gold: [gold], predicted: [predicted])
        #expect((r.quotes.truePositives, r.quotes.falsePositives, r.quotes.falseNegatives) == (1, 0, 1))
    }

    @Test func fragmentsExactSpanF1AndMissingPredictions() {
        let gold = GoldRecord(id: "f", text: String(repeating: "x", count: 900),
                              foreignFragments: [F(start: 593, end: 608), F(start: 828, end: 841)])
        let predicted = GoldRecord(id: "f", text: gold.text, foreignFragments: [F(start: 593, end: 608), F(start: 828, end: 840)])
        let r = Evaluator().evaluate(gold: [gold, GoldRecord(id: "g", text: "", entities: [E(start: 0, end: 0, type: "PER")])],
                                     predicted: [predicted])
        #expect((r.fragments.truePositives, r.fragments.falsePositives, r.fragments.falseNegatives) == (1, 1, 1))
        #expect(near(r.fragments.f1, 0.5))
        #expect(r.records == 2 && r.missingPredictions == 1)
        #expect(r.entitiesByType["PER"]?.falseNegatives == 1)
    }

    @Test func emptyScoresAreOne() {
        let s = Score()
        #expect(s.precision == 1 && s.recall == 1 && s.f1 == 1)
    }

    @Test func mentionsMatchOnAContentWordNotOnArticlesOrPrepositions() {
        let m = MentionMatcher()
        #expect(m.matches("the company's spokeswoman", "A spokeswoman for the firm"))
        #expect(m.matches("Mr. Hallett", "Hallett"))
        #expect(m.matches("he", "He"))
        #expect(!m.matches("the mayor", "the council"), "sharing only 'the' is not the same source")
        #expect(!m.matches("le maire de la ville", "la porte-parole de la préfecture"))
        #expect(m.matches("le porte-parole de la mairie", "porte-parole"))
        #expect(!m.matches("представитель в полиции", "министр в правительстве"))
        #expect(m.matches("представителя полиции", "представитель полиции"), "the shared \"полиции\" counts, whatever the case of the head")
    }

    @Test func quotesAndSpeakersAreScoredPerTypeAndByMention() {
        // Three gold quotes: direct (Ana), direct (Ben), indirect (Ana). Predictions: the first right,
        // the second with the wrong speaker but a mention naming the gold one, the third typed direct.
        let gold = GoldRecord(id: "t", text: String(repeating: "x", count: 90), quotes: [
            Q(start: 0, end: 20, type: "direct", speaker: "Ana Lima", speakerMention: "Ana Lima"),
            Q(start: 30, end: 50, type: "direct", speaker: "Ben Ode", speakerMention: "the coach, Ben Ode"),
            Q(start: 60, end: 80, type: "indirect", speaker: "Ana Lima", speakerMention: "she"),
        ])
        let predicted = GoldRecord(id: "t", text: gold.text, quotes: [
            Q(start: 0, end: 20, type: "direct", speaker: "Ana Lima", speakerMention: "Lima"),
            Q(start: 30, end: 50, type: "direct", speaker: "Carl Ode", speakerMention: "the coach"),
            Q(start: 60, end: 80, type: "direct", speaker: "Ana Lima", speakerMention: "She"),
        ])
        let r = Evaluator(collectErrors: true).evaluate(gold: [gold], predicted: [predicted])
        let direct = r.quotesByType["direct"]!, indirect = r.quotesByType["indirect"]!
        #expect((direct.truePositives, direct.falsePositives, direct.falseNegatives) == (2, 1, 0))
        #expect((indirect.truePositives, indirect.falsePositives, indirect.falseNegatives) == (0, 0, 1))
        #expect(r.speakers.correct == 2 && r.speakers.total == 3)
        #expect(r.speakersByType["direct"]!.correct == 1 && r.speakersByType["direct"]!.total == 2)
        #expect(r.speakersByType["indirect"]!.correct == 1 && r.speakersByType["indirect"]!.total == 1)
        #expect(r.speakerMentions.correct == 3 && r.speakerMentions.total == 3, "'the coach' shares 'coach' with the gold mention")
        #expect(r.speakerErrors.count == 1)
        #expect(r.speakerErrors.first?.goldSpeaker == "Ben Ode" && r.speakerErrors.first?.predictedSpeaker == "Carl Ode")
        #expect(r.speakerErrors.first?.quoteStart == 30)
    }

    @Test func mentionOnlyGoldIsScoredByMentionAlone() {
        // PolNeAR-style gold: the mention as written, no canonical speaker.
        let gold = GoldRecord(id: "p", text: String(repeating: "x", count: 40), quotes: [
            Q(start: 0, end: 20, type: "direct", speakerMention: "a White House aide"),
        ])
        let predicted = GoldRecord(id: "p", text: gold.text, quotes: [
            Q(start: 0, end: 20, type: "direct", speaker: "White House", speakerMention: "the White House"),
        ])
        let r = Evaluator().evaluate(gold: [gold], predicted: [predicted])
        #expect(r.speakers.total == 0, "no canonical speaker to judge")
        #expect(r.speakerMentions.correct == 1 && r.speakerMentions.total == 1)
    }

    @Test func parseRecordsCarryTheSpeakerMentionOffsets() {
        let text = "Le maire, Claire Dubois, a déclaré que le pont rouvrira lundi."
        let article = Article(id: "m", title: "m", text: text)
        let record = GoldRecord(article: article, analysis: ArticleAnalyzer().analyze(article))
        let quote = try! #require(record.quotes?.first)
        let scalars = Array(text.unicodeScalars)
        let start = try! #require(quote.speakerStart), end = try! #require(quote.speakerEnd)
        #expect(String(String.UnicodeScalarView(scalars[start..<end])) == quote.speakerMention)
        #expect(record.validationProblems().isEmpty)
        var bad = record
        bad.quotes![0].speakerEnd = 10_000
        #expect(bad.validationProblems().contains { $0.contains("quotes[0].speaker.end") })
    }
}
