import ArticleKit

/// What the panels and navigation need from an analysis, computed once when it arrives: quotes in
/// reading order, each actor's statements and mentions, actors in panel order.
/// Mentions are the actor's own spans, joined with its quotes' speaker mentions and the entities
/// spelled as its name or an alias, so a thinner analysis still highlights something.
public struct AnalysisIndex: Sendable {
    public let document: Int
    let key: Key
    public let quotesInOrder: [Int]
    public let statements: [[Int]]
    public let mentions: [[TextSpan]]
    public let actorsInOrder: [Int]
    /// Entities, quotes, foreign fragments and each actor's mentions, for windowed lookup.
    public let entitySpans: SpanIndex
    public let quoteSpans: SpanIndex
    public let fragmentSpans: SpanIndex
    /// Speaker mentions of all quotes, and their index.
    public let speakerMentions: [TextSpan]
    /// The speaker mentions that only uncertain quotes have (a mention a certain quote also has,
    /// as when a guessed continuation inherits it, is drawn as certain).
    public let uncertainSpeakerMentions: Set<TextSpan>
    public let speakerSpans: SpanIndex
    public let mentionSpans: [SpanIndex]

    public init(document: Int, analysis: Analysis?) {
        self.document = document
        key = Self.key(analysis)
        guard let analysis else {
            quotesInOrder = []
            statements = []
            mentions = []
            actorsInOrder = []
            entitySpans = SpanIndex([])
            quoteSpans = SpanIndex([])
            fragmentSpans = SpanIndex([])
            speakerMentions = []
            uncertainSpeakerMentions = []
            speakerSpans = SpanIndex([])
            mentionSpans = []
            return
        }
        let quotes = analysis.quotes
        let inOrder = quotes.indices.sorted { (quotes[$0].span.start, $0) < (quotes[$1].span.start, $1) }
        quotesInOrder = inOrder
        var sets = analysis.actors.map { Set($0.quotes.filter { quotes.indices.contains($0) }) }
        for (i, q) in quotes.enumerated() {
            if let a = q.actor, sets.indices.contains(a) { sets[a].insert(i) }
        }
        // Each actor's quotes in reading order, in one pass over the quotes (not actors × quotes).
        var actorsOfQuote = [[Int]](repeating: [], count: quotes.count)
        for (a, set) in sets.enumerated() { for q in set { actorsOfQuote[q].append(a) } }
        var ordered = [[Int]](repeating: [], count: sets.count)
        for q in inOrder { for a in actorsOfQuote[q] { ordered[a].append(q) } }
        self.statements = ordered
        var names: [String: Int] = [:]
        for (i, actor) in analysis.actors.enumerated() {
            for name in [actor.name] + actor.aliases where !name.isEmpty && names[name] == nil { names[name] = i }
        }
        var mentions = analysis.actors.map { Set($0.mentions) }
        for (a, list) in ordered.enumerated() {
            for q in list { if let span = quotes[q].speakerMention { mentions[a].insert(span) } }
        }
        for entity in analysis.entities {
            if let a = names[entity.text] { mentions[a].insert(entity.span) }
        }
        let sortedMentions = mentions.map { $0.sorted() }
        self.mentions = sortedMentions
        entitySpans = SpanIndex(analysis.entities.map(\.span))
        quoteSpans = SpanIndex(quotes.map(\.span))
        fragmentSpans = SpanIndex(analysis.foreignFragments.map(\.span))
        mentionSpans = sortedMentions.map { SpanIndex($0) }
        let speakers = quotes.compactMap(\.speakerMention)
        speakerMentions = speakers
        var uncertain = Set<TextSpan>()
        var certain = Set<TextSpan>()
        for quote in quotes {
            guard let span = quote.speakerMention else { continue }
            if SpeakerCertainty(quote) == .uncertain { uncertain.insert(span) } else { certain.insert(span) }
        }
        uncertainSpeakerMentions = uncertain.subtracting(certain)
        speakerSpans = SpanIndex(speakers)
        actorsInOrder = analysis.actors.indices.sorted { a, b in
            if ordered[a].count != ordered[b].count { return ordered[a].count > ordered[b].count }
            if sortedMentions[a].count != sortedMentions[b].count { return sortedMentions[a].count > sortedMentions[b].count }
            return (analysis.actors[a].name, a) < (analysis.actors[b].name, b)
        }
    }

    /// A cheap fingerprint telling whether an index still matches an analysis (a value, not an
    /// array: it is compared on every key and every render).
    struct Key: Hashable, Sendable {
        var text, entities, quotes, actors, firstQuote, lastQuote: Int
    }

    static func key(_ analysis: Analysis?) -> Key {
        guard let a = analysis else { return Key(text: -1, entities: -1, quotes: -1, actors: -1, firstQuote: -1, lastQuote: -1) }
        return Key(text: a.text.count, entities: a.entities.count, quotes: a.quotes.count, actors: a.actors.count,
                   firstQuote: a.quotes.first?.span.start ?? -1, lastQuote: a.quotes.last?.span.end ?? -1)
    }

    func matches(document: Int, analysis: Analysis?) -> Bool {
        self.document == document && key == Self.key(analysis)
    }
}
