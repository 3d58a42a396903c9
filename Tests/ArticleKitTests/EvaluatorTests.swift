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
}
