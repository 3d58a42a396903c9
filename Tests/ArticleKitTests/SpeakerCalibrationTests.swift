import Foundation
import Testing
@testable import ArticleKit

/// The confidence of a speaker is the probability it is right, by the evidence that named it;
/// evaluate measures how well it says so (Brier score).
@Suite struct SpeakerCalibrationTests {
    func near(_ a: Double, _ b: Double) -> Bool { abs(a - b) < 1e-9 }

    @Test func ratesAreDrawnTowardsTheOverallRate() {
        // name 9 of 10, pronoun 1 of 2: overall 10 of 12; with 2 pseudo-counts a rate is (right + 2·overall) / (n + 2).
        let (calibration, overall) = SpeakerCalibration.fitted([.name: (9, 10), .pronoun: (1, 2)], prior: 2)
        #expect(near(overall, 10.0 / 12))
        #expect(near(calibration.probability(.name), (9 + 2 * 10.0 / 12) / 12))
        #expect(near(calibration.probability(.pronoun), (1 + 2 * 10.0 / 12) / 4))
        // Evidence it never saw gets the overall rate; no speaker gets none.
        #expect(near(calibration.probability(.collective), 10.0 / 12))
        #expect(calibration.probability(.none) == 0 && calibration.probability(.impersonal) == 0)
    }

    @Test func theTableIsReadBackAndBadLinesAreIgnored() {
        let table = SpeakerCalibration(tsv: "# comment\noverall\t0.8\t10\nname\t0.9\t5\nrole\t1.5\t3\nnonsense\t0.2\t1\npronoun\tx\n")
        #expect(near(table.probability(.name), 0.9))
        #expect(near(table.probability(.role), 0.8))     // 1.5 is no probability: the overall rate
        #expect(near(table.probability(.pronoun), 0.8))
    }

    @Test func theShippedTableOrdersEvidenceFromNamesDown() {
        let shipped = SpeakerCalibration.shipped
        #expect(shipped.probability(.name) > shipped.probability(.role))
        #expect(shipped.probability(.name) > shipped.probability(.description))
    }

    @Test func evaluateReportsTheBrierScoreByEvidence() {
        typealias Q = GoldRecord.QuoteRecord
        let text = String(repeating: "x", count: 40)
        let gold = GoldRecord(id: "a", text: text, quotes: [Q(start: 0, end: 10, type: "direct", speaker: "Ann"),
                                                            Q(start: 20, end: 30, type: "direct", speaker: "Bob")])
        let predicted = GoldRecord(id: "a", text: text, quotes: [
            Q(start: 0, end: 10, type: "direct", speaker: "Ann", confidence: 0.9, speakerEvidence: "name"),
            Q(start: 20, end: 30, type: "direct", speaker: "Ann", confidence: 0.6, speakerEvidence: "pronoun"),
        ])
        let report = Evaluator().evaluate(gold: [gold], predicted: [predicted])
        // ((0.9 - 1)² + (0.6 - 0)²) / 2
        #expect(near(report.brierScore, (0.01 + 0.36) / 2))
        #expect(report.speakersByEvidence["name"]?.correct == 1 && report.speakersByEvidence["pronoun"]?.correct == 0)
        #expect(report.table().contains("speaker confidence"))
    }
}
