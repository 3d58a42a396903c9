import Foundation

/// Scores predicted records against gold ones, as shared/gold/README.md defines it.
public struct Evaluator: Sendable {
    /// A quote matches when the overlap is at least this share of the longer span (0.5 by the README).
    public var quoteOverlap: Double
    /// Whether to list each matched quote whose speaker is wrong (`evaluate --errors`).
    public var collectErrors: Bool
    private let mentions = MentionMatcher()

    public init(quoteOverlap: Double = 0.5, collectErrors: Bool = false) {
        self.quoteOverlap = quoteOverlap
        self.collectErrors = collectErrors
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
                scoreQuotes(gold: goldQuotes, predicted: prediction?.quotes ?? [], record: goldRecord, into: &report)
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
                             record: GoldRecord, into report: inout EvaluationReport) {
        report.quotesExact += exactScore(gold: gold.map { TextSpan($0.start, $0.end) },
                                         predicted: predicted.map { TextSpan($0.start, $0.end) })
        // One-to-one matching, best overlaps first, so one long prediction cannot claim two gold quotes.
        var candidates: [(overlap: Int, gold: Int, predicted: Int)] = []
        // A quotation in pieces matches a prediction of any one piece; the other pieces'
        // predictions then belong to it too (neither a miss nor a false quotation).
        var pieceOfMatched: [Int: Set<Int>] = [:]
        for (g, goldQuote) in gold.enumerated() {
            let pieces = Self.pieces(goldQuote)
            for (p, predictedQuote) in predicted.enumerated() {
                let predictedSpan = TextSpan(predictedQuote.start, predictedQuote.end)
                var best = 0
                for piece in pieces {
                    let overlap = piece.overlapLength(with: predictedSpan)
                    let longer = max(piece.length, predictedSpan.length)
                    if overlap > 0, Double(overlap) >= quoteOverlap * Double(longer) { best = max(best, overlap) }
                }
                if best > 0 {
                    candidates.append((best, g, p))
                    if pieces.count > 1 { pieceOfMatched[g, default: []].insert(p) }
                }
            }
        }
        candidates.sort { $0.overlap != $1.overlap ? $0.overlap > $1.overlap : ($0.gold, $0.predicted) < ($1.gold, $1.predicted) }
        var usedGold = Set<Int>(), usedPredicted = Set<Int>()
        var typeHits: [String: Int] = [:]
        for candidate in candidates where !usedGold.contains(candidate.gold) && !usedPredicted.contains(candidate.predicted) {
            usedGold.insert(candidate.gold)
            usedPredicted.insert(candidate.predicted)
            let goldQuote = gold[candidate.gold], predictedQuote = predicted[candidate.predicted]
            if goldQuote.type == predictedQuote.type {
                typeHits[goldQuote.type, default: 0] += 1
            }
            let accepted = Set(([goldQuote.speaker ?? ""] + (goldQuote.speakerAlternatives ?? [])).map(Self.normalise))
            let right = predictedQuote.speaker.map { accepted.contains(Self.normalise($0)) } ?? false
            if goldQuote.speaker != nil {
                report.speakers.total += 1
                report.speakersByType[goldQuote.type, default: .init()].total += 1
                if right {
                    report.speakers.correct += 1
                    report.speakersByType[goldQuote.type, default: .init()].correct += 1
                }
                // How well the confidence is the probability of being right (when it is given).
                if let confidence = predictedQuote.confidence {
                    let evidence = predictedQuote.speakerEvidence ?? "unknown"
                    report.speakersByEvidence[evidence, default: .init()].total += 1
                    if right { report.speakersByEvidence[evidence, default: .init()].correct += 1 }
                    report.confidenceByEvidence[evidence, default: 0] += confidence
                    report.squaredConfidenceError += (confidence - (right ? 1 : 0)) * (confidence - (right ? 1 : 0))
                }
            }
            var mentionRight = false
            if let goldMention = goldQuote.speakerMention, !goldMention.isEmpty {
                report.speakerMentions.total += 1
                let said = [predictedQuote.speakerMention, predictedQuote.speaker].compactMap { $0 }
                mentionRight = said.contains { mentions.matches($0, goldMention) }
                if mentionRight { report.speakerMentions.correct += 1 }
            }
            let judged = goldQuote.speaker != nil ? right : mentionRight
            if collectErrors, !judged, goldQuote.speaker != nil || goldQuote.speakerMention != nil {
                report.speakerErrors.append(speakerError(goldQuote, predictedQuote, record))
            }
        }
        // Predictions of another piece of a matched quotation are not false quotations.
        var belonging = Set<Int>()
        for g in usedGold { for p in pieceOfMatched[g] ?? [] where !usedPredicted.contains(p) { belonging.insert(p) } }
        report.quotes += Score(truePositives: usedGold.count,
                               falsePositives: predicted.count - usedPredicted.count - belonging.count,
                               falseNegatives: gold.count - usedGold.count)
        // Per type: a hit is a gold quote matched by a prediction of its own type.
        for type in Set(gold.map(\.type)).union(predicted.map(\.type)) {
            let hits = typeHits[type] ?? 0
            report.quotesByType[type, default: Score()] += Score(
                truePositives: hits,
                falsePositives: predicted.indices.filter { predicted[$0].type == type && !belonging.contains($0) }.count - hits,
                falseNegatives: gold.filter { $0.type == type }.count - hits)
        }
    }

    private func speakerError(_ gold: GoldRecord.QuoteRecord, _ predicted: GoldRecord.QuoteRecord,
                              _ record: GoldRecord) -> EvaluationReport.SpeakerError {
        let scalars = Array(record.text.unicodeScalars)
        func text(_ start: Int, _ end: Int) -> String {
            let a = max(0, min(start, scalars.count)), b = max(a, min(end, scalars.count))
            return String(String.UnicodeScalarView(scalars[a..<b])).split(whereSeparator: \.isNewline).joined(separator: " ")
        }
        let quote = text(gold.start, min(gold.end, gold.start + 80)) + (gold.end - gold.start > 80 ? "…" : "")
        var from = gold.start - 60, to = gold.end + 60
        if let s = predicted.speakerStart, let e = predicted.speakerEnd { from = min(from, s - 10); to = max(to, e + 10) }
        return .init(id: record.id, quoteStart: gold.start, quote: quote,
                     goldSpeaker: gold.speaker ?? gold.speakerMention ?? "", goldMention: gold.speakerMention,
                     predictedSpeaker: predicted.speaker, predictedMention: predicted.speakerMention,
                     context: text(from, min(to, from + 400)))
    }

    /// The spans a gold quotation is matched on: its pieces, or the whole of it.
    static func pieces(_ quote: GoldRecord.QuoteRecord) -> [TextSpan] {
        let parts = (quote.parts ?? []).filter { $0.count == 2 && $0[0] < $0[1] }.map { TextSpan($0[0], $0[1]) }
        return parts.isEmpty ? [TextSpan(quote.start, quote.end)] : parts
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
