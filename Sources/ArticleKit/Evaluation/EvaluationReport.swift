import Foundation

/// The scores `evaluate` prints, per type and in total.
public struct EvaluationReport: Codable, Sendable, Hashable {
    public struct Accuracy: Codable, Sendable, Hashable {
        public var correct = 0
        public var total = 0
        public var value: Double { total == 0 ? 1 : Double(correct) / Double(total) }
    }

    /// A matched quote whose speaker is wrong, for `evaluate --errors`.
    public struct SpeakerError: Codable, Sendable, Hashable {
        public var id: String
        public var quoteStart: Int
        public var quote: String
        public var goldSpeaker: String
        public var goldMention: String?
        public var predictedSpeaker: String?
        public var predictedMention: String?
        /// The text from a little before the quote to a little after it (or to the predicted mention).
        public var context: String

        enum CodingKeys: String, CodingKey {
            case id, quote, context
            case quoteStart = "quote_start", goldSpeaker = "gold_speaker", goldMention = "gold_mention"
            case predictedSpeaker = "predicted_speaker", predictedMention = "predicted_mention"
        }
    }

    public var records = 0
    public var missingPredictions = 0
    public var entitiesByType: [String: Score] = [:]
    public var quotes = Score()
    public var quotesExact = Score()
    public var speakers = Accuracy()
    /// Of the matched quotes whose gold has a speaker mention: the predicted mention (or speaker)
    /// shares a content word with it (`MentionMatcher`).
    public var speakerMentions = Accuracy()
    /// Quotes matched (by overlap) with a prediction of the same type, per gold type.
    public var quotesByType: [String: Score] = [:]
    /// Speaker accuracy of the matched quotes, per gold type.
    public var speakersByType: [String: Accuracy] = [:]
    public var speakerErrors: [SpeakerError] = []
    /// Speaker accuracy of the matched quotes by the evidence the prediction gives, and the sum
    /// of their confidences: how well the confidence says the probability of being right.
    public var speakersByEvidence: [String: Accuracy] = [:]
    public var confidenceByEvidence: [String: Double] = [:]
    /// Sum of (confidence - right)² over the matched quotes with a gold speaker (Brier score × n).
    public var squaredConfidenceError = 0.0

    /// Mean squared error of the confidence as the probability the speaker is right (0 is perfect;
    /// always saying one half scores 0.25).
    public var brierScore: Double { speakers.total == 0 ? 0 : squaredConfidenceError / Double(speakers.total) }
    public var actors = Score()
    public var fragments = Score()

    public init() {}

    /// Micro-average over the given entity types (all types when nil).
    public func entities(types: Set<String>? = nil) -> Score {
        entitiesByType.filter { types?.contains($0.key) ?? true }.values.reduce(Score(), +)
    }

    public static let coreTypes: Set<String> = ["PER", "ORG", "LOC"]

    /// A fixed-width table for people.
    public func table() -> String {
        var lines: [String] = []
        func row(_ name: String, _ score: Score) {
            lines.append(name.padding(toLength: 22, withPad: " ", startingAt: 0)
                + String(format: "%9.3f %9.3f %9.3f %6d %6d %6d", score.precision, score.recall, score.f1,
                         score.truePositives, score.falsePositives, score.falseNegatives))
        }
        lines.append("records: \(records)" + (missingPredictions > 0 ? " (\(missingPredictions) without prediction)" : ""))
        lines.append("".padding(toLength: 22, withPad: " ", startingAt: 0)
            + "precision    recall        F1     tp     fp     fn")
        for type in entitiesByType.keys.sorted() { row("entities \(type)", entitiesByType[type]!) }
        if !entitiesByType.isEmpty {
            row("entities PER/ORG/LOC", entities(types: Self.coreTypes))
            row("entities all", entities())
        }
        row("quotes (overlap)", quotes)
        row("quotes (exact)", quotesExact)
        for type in quotesByType.keys.sorted() { row("quotes \(type)", quotesByType[type]!) }
        func accuracy(_ name: String, _ a: Accuracy, _ what: String) {
            lines.append(name.padding(toLength: 22, withPad: " ", startingAt: 0)
                + String(format: "%9.3f   (%d of %d %@)", a.value, a.correct, a.total, what))
        }
        accuracy("speakers", speakers, "matched quotes")
        for type in speakersByType.keys.sorted() { accuracy("speakers \(type)", speakersByType[type]!, "matched quotes") }
        if speakerMentions.total > 0 { accuracy("speaker mentions", speakerMentions, "with a gold mention") }
        if !speakersByEvidence.isEmpty {
            lines.append("speaker confidence".padding(toLength: 22, withPad: " ", startingAt: 0)
                + String(format: "%9.3f   (Brier score; 0.25 = always one half)", brierScore))
            for evidence in speakersByEvidence.keys.sorted() {
                let a = speakersByEvidence[evidence]!
                let mean = a.total == 0 ? 0 : (confidenceByEvidence[evidence] ?? 0) / Double(a.total)
                lines.append("  by \(evidence)".padding(toLength: 22, withPad: " ", startingAt: 0)
                    + String(format: "%9.3f   right, confidence %.3f (%d quotes)", a.value, mean, a.total))
            }
        }
        row("actors", actors)
        row("foreign fragments", fragments)
        return lines.joined(separator: "\n")
    }

    enum CodingKeys: String, CodingKey {
        case records, missingPredictions = "missing_predictions", entitiesByType = "entities_by_type"
        case entities, entitiesCore = "entities_per_org_loc", quotes, quotesExact = "quotes_exact"
        case speakers, speakerAccuracy = "speaker_accuracy", actors, fragments = "foreign_fragments"
        case speakerMentions = "speaker_mentions", quotesByType = "quotes_by_type"
        case speakersByType = "speakers_by_type", speakerErrors = "speaker_errors"
        case speakersByEvidence = "speakers_by_evidence", confidenceByEvidence = "confidence_by_evidence"
        case squaredConfidenceError = "squared_confidence_error", brierScore = "brier_score"
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(records, forKey: .records)
        try c.encode(missingPredictions, forKey: .missingPredictions)
        try c.encode(entitiesByType, forKey: .entitiesByType)
        try c.encode(entities(), forKey: .entities)
        try c.encode(entities(types: Self.coreTypes), forKey: .entitiesCore)
        try c.encode(quotes, forKey: .quotes)
        try c.encode(quotesExact, forKey: .quotesExact)
        try c.encode(speakers, forKey: .speakers)
        try c.encode(speakers.value, forKey: .speakerAccuracy)
        try c.encode(actors, forKey: .actors)
        try c.encode(fragments, forKey: .fragments)
        try c.encode(speakerMentions, forKey: .speakerMentions)
        try c.encode(quotesByType, forKey: .quotesByType)
        try c.encode(speakersByType, forKey: .speakersByType)
        if !speakerErrors.isEmpty { try c.encode(speakerErrors, forKey: .speakerErrors) }
        if !speakersByEvidence.isEmpty {
            try c.encode(speakersByEvidence, forKey: .speakersByEvidence)
            try c.encode(confidenceByEvidence, forKey: .confidenceByEvidence)
            try c.encode(squaredConfidenceError, forKey: .squaredConfidenceError)
            try c.encode(brierScore, forKey: .brierScore)
        }
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        records = try c.decode(Int.self, forKey: .records)
        missingPredictions = try c.decode(Int.self, forKey: .missingPredictions)
        entitiesByType = try c.decode([String: Score].self, forKey: .entitiesByType)
        quotes = try c.decode(Score.self, forKey: .quotes)
        quotesExact = try c.decode(Score.self, forKey: .quotesExact)
        speakers = try c.decode(Accuracy.self, forKey: .speakers)
        actors = try c.decode(Score.self, forKey: .actors)
        fragments = try c.decode(Score.self, forKey: .fragments)
        speakerMentions = try c.decodeIfPresent(Accuracy.self, forKey: .speakerMentions) ?? Accuracy()
        quotesByType = try c.decodeIfPresent([String: Score].self, forKey: .quotesByType) ?? [:]
        speakersByType = try c.decodeIfPresent([String: Accuracy].self, forKey: .speakersByType) ?? [:]
        speakerErrors = try c.decodeIfPresent([SpeakerError].self, forKey: .speakerErrors) ?? []
        speakersByEvidence = try c.decodeIfPresent([String: Accuracy].self, forKey: .speakersByEvidence) ?? [:]
        confidenceByEvidence = try c.decodeIfPresent([String: Double].self, forKey: .confidenceByEvidence) ?? [:]
        squaredConfidenceError = try c.decodeIfPresent(Double.self, forKey: .squaredConfidenceError) ?? 0
    }
}
