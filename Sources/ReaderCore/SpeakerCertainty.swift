import ArticleKit

/// How a quote's speaker is shown: as said, as a guess (a distinct style and a "?"), or as nobody.
public enum SpeakerCertainty: Sendable, Hashable {
    case certain
    case uncertain
    /// No speaker at all: shown as "unattributed", never as a doubtful name.
    case unattributed

    /// `Quote.confidence` is the probability that the speaker is right; below this the speaker is
    /// more likely wrong than right, so the reader shows it as a guess instead of a plain "X said".
    public static let uncertainBelow = 0.5

    public init(_ quote: Quote) {
        if quote.actor == nil && (quote.speaker ?? "").isEmpty {
            self = .unattributed
        } else {
            self = quote.confidence < Self.uncertainBelow ? .uncertain : .certain
        }
    }

    /// The mark after an uncertain speaker's name in text that leaves the reader (copy, export).
    public static let exportMark = " (?)"
}
