import ArticleKit

/// What the panels and navigation need from an analysis, computed once when it arrives: quotes in
/// reading order, each actor's statements and mentions, actors in panel order.
/// Mentions are the actor's own spans, joined with its quotes' speaker mentions and the entities
/// spelled as its name or an alias, so a thinner analysis still highlights something.
public struct AnalysisIndex: Sendable {
    public let document: Int
    let key: [Int]
    public let quotesInOrder: [Int]
    public let statements: [[Int]]
    public let mentions: [[TextSpan]]
    public let actorsInOrder: [Int]

    public init(document: Int, analysis: Analysis?) {
        self.document = document
        key = Self.key(analysis)
        guard let analysis else {
            quotesInOrder = []
            statements = []
            mentions = []
            actorsInOrder = []
            return
        }
        let quotes = analysis.quotes
        let inOrder = quotes.indices.sorted { (quotes[$0].span.start, $0) < (quotes[$1].span.start, $1) }
        quotesInOrder = inOrder
        var sets = analysis.actors.map { Set($0.quotes.filter { quotes.indices.contains($0) }) }
        for (i, q) in quotes.enumerated() {
            if let a = q.actor, sets.indices.contains(a) { sets[a].insert(i) }
        }
        let ordered = sets.map { set in inOrder.filter { set.contains($0) } }
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
        actorsInOrder = analysis.actors.indices.sorted { a, b in
            if ordered[a].count != ordered[b].count { return ordered[a].count > ordered[b].count }
            if sortedMentions[a].count != sortedMentions[b].count { return sortedMentions[a].count > sortedMentions[b].count }
            return (analysis.actors[a].name, a) < (analysis.actors[b].name, b)
        }
    }

    /// A cheap fingerprint telling whether an index still matches an analysis.
    static func key(_ analysis: Analysis?) -> [Int] {
        guard let a = analysis else { return [-1] }
        return [a.text.count, a.entities.count, a.quotes.count, a.actors.count,
                a.quotes.first?.span.start ?? -1, a.quotes.last?.span.end ?? -1]
    }

    func matches(document: Int, analysis: Analysis?) -> Bool {
        self.document == document && key == Self.key(analysis)
    }
}
