/// A quotation found by one of the finders, before its speaker is resolved.
struct QuoteCandidate: Sendable {
    enum Origin: Int, Sendable, Comparable {
        /// Ordered by trust: when two candidates overlap, the lower one wins.
        case directCued = 0, dialogue, indirectVerb, attribution, indirectBare, directUncued
        static func < (a: Origin, b: Origin) -> Bool { a.rawValue < b.rawValue }
    }

    /// Where the speaker is to be looked for.
    enum SpeakerSite: Sendable {
        /// The subject of the cue at `cue`, searched back to `from`.
        case subjectBefore(cue: Int, from: Int)
        /// Words between a quote and its cue (`"…," X said`), else after the cue.
        case around(between: Range<Int>, after: Range<Int>)
        /// After the cue: inverted subject (`a dit X`, `said X`, `— dit dans le communiqué du ministère`).
        case after(Range<Int>)
        /// The noun phrase of an attribution (`selon le site du ministère`).
        case region(Range<Int>)
        /// A clause ending in a colon before the quotation, with no speech verb ("Union leader Tom
        /// Brady disagreed:"): its grammatical subject.
        case introducedBy(clause: Range<Int>)
        /// An inverted pronoun (`explique-t-il`) at a token.
        case pronoun(token: Int)
        /// No cue: the sentence's speech verb, else the previous quote's speaker.
        case none
    }

    var content: TextSpan
    var kind: Quote.Kind
    /// Token range of the cue (verb, phrase or attribution opener).
    var cue: Range<Int>?
    var origin: Origin
    var site: SpeakerSite
    /// Token of the content's start, for sentence look-ups.
    var anchor: Int
    /// Outermost quotation pair, for a direct quote.
    var pair: Int?
}
