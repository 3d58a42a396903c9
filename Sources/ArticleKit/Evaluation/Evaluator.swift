import Foundation

/// Scores predicted records against gold ones, as shared/gold/README.md defines it.
public struct Evaluator: Sendable {
    /// A quote matches when the overlap is at least this share of the longer span (0.5 by the README).
    public var quoteOverlap: Double

    public init(quoteOverlap: Double = 0.5) {
        self.quoteOverlap = quoteOverlap
    }

    public func evaluate(gold: [GoldRecord], predicted: [GoldRecord]) -> EvaluationReport {
        var byID: [String: GoldRecord] = [:]
        for record in predicted where byID[record.id] == nil { byID[record.id] = record }
        var report = EvaluationReport()
        for goldRecord in gold {
            let prediction = byID[goldRecord.id]
            report.records += 1
            if prediction == nil { report.missingPredictions += 1 }
            if let goldEntities = goldRecord.entities {
                scoreEntities(gold: goldEntities, predicted: prediction?.entities ?? [], into: &report)
            }
            if let goldQuotes = goldRecord.quotes {
                scoreQuotes(gold: goldQuotes, predicted: prediction?.quotes ?? [], into: &report)
            }
            if let goldFragments = goldRecord.foreignFragments {
                report.fragments += exactScore(gold: goldFragments.map { TextSpan($0.start, $0.end) },
                                               predicted: (prediction?.foreignFragments ?? []).map { TextSpan($0.start, $0.end) })
            }
            if let goldActors = goldRecord.actors {
                report.actors += exactScore(gold: goldActors.map { Self.normalise($0.name) },
                                            predicted: (prediction?.actors ?? []).map { Self.normalise($0.name) })
            }
        }
        return report
    }

    private func scoreEntities(gold: [GoldRecord.EntityRecord], predicted: [GoldRecord.EntityRecord],
                               into report: inout EvaluationReport) {
        for type in Set(gold.map(\.type)).union(predicted.map(\.type)) {
            let score = exactScore(gold: gold.filter { $0.type == type }.map { TextSpan($0.start, $0.end) },
                                   predicted: predicted.filter { $0.type == type }.map { TextSpan($0.start, $0.end) })
            report.entitiesByType[type, default: Score()] += score
        }
    }

    private func scoreQuotes(gold: [GoldRecord.QuoteRecord], predicted: [GoldRecord.QuoteRecord],
                             into report: inout EvaluationReport) {
        report.quotesExact += exactScore(gold: gold.map { TextSpan($0.start, $0.end) },
                                         predicted: predicted.map { TextSpan($0.start, $0.end) })
        // One-to-one matching, best overlaps first, so one long prediction cannot claim two gold quotes.
        var candidates: [(overlap: Int, gold: Int, predicted: Int)] = []
        for (g, goldQuote) in gold.enumerated() {
            let goldSpan = TextSpan(goldQuote.start, goldQuote.end)
            for (p, predictedQuote) in predicted.enumerated() {
                let predictedSpan = TextSpan(predictedQuote.start, predictedQuote.end)
                let overlap = goldSpan.overlapLength(with: predictedSpan)
                let longer = max(goldSpan.length, predictedSpan.length)
                if overlap > 0, Double(overlap) >= quoteOverlap * Double(longer) {
                    candidates.append((overlap, g, p))
                }
            }
        }
        candidates.sort { $0.overlap != $1.overlap ? $0.overlap > $1.overlap : ($0.gold, $0.predicted) < ($1.gold, $1.predicted) }
        var usedGold = Set<Int>(), usedPredicted = Set<Int>()
        for candidate in candidates where !usedGold.contains(candidate.gold) && !usedPredicted.contains(candidate.predicted) {
            usedGold.insert(candidate.gold)
            usedPredicted.insert(candidate.predicted)
            let goldQuote = gold[candidate.gold]
            let accepted = Set(([goldQuote.speaker ?? ""] + (goldQuote.speakerAlternatives ?? [])).map(Self.normalise))
            report.speakers.total += 1
            if let speaker = predicted[candidate.predicted].speaker, accepted.contains(Self.normalise(speaker)) {
                report.speakers.correct += 1
            }
        }
        report.quotes += Score(truePositives: usedGold.count,
                               falsePositives: predicted.count - usedPredicted.count,
                               falseNegatives: gold.count - usedGold.count)
    }

    private func exactScore<T: Hashable>(gold: [T], predicted: [T]) -> Score {
        var remaining: [T: Int] = [:]
        for item in gold { remaining[item, default: 0] += 1 }
        var hits = 0
        for item in predicted where remaining[item, default: 0] > 0 {
            remaining[item]! -= 1
            hits += 1
        }
        return Score(truePositives: hits, falsePositives: predicted.count - hits, falseNegatives: gold.count - hits)
    }

    static func normalise(_ name: String) -> String {
        name.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }
}
