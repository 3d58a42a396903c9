import ArticleKit

/// A highlighted range of the article: scalar offsets and the role it adds.
public struct Highlight: Hashable, Sendable {
    public var range: Range<Int>
    public var role: StyleRole
}

/// Turns the analysis and the reader's toggles into highlights: entities by kind, quotes direct or
/// indirect, the current quote, speaker mentions, foreign fragments, the filtered actor's mentions,
/// search matches. Overlaps keep every role (the cell gets the union).
public enum Highlighter {
    public static func role(for type: EntityType) -> StyleRole {
        switch type {
        case .person: .entityPerson
        case .organisation: .entityOrganisation
        case .location: .entityLocation
        case .miscellaneous: .entityOther
        }
    }

    public static func highlights(for state: ReaderState, in window: Range<Int>? = nil) -> [Highlight] {
        var result: [Highlight] = []
        func add(_ span: TextSpan, _ role: StyleRole) {
            guard span.end > span.start else { return }
            let range = span.start..<span.end
            if let window, !range.overlaps(window) { return }
            result.append(Highlight(range: range, role: role))
        }
        if let analysis = state.analysis {
            if state.showEntities {
                for entity in analysis.entities where state.entityKind == nil || state.entityKind == entity.type {
                    add(entity.span, role(for: entity.type))
                }
            }
            if state.showQuotes {
                for quote in analysis.quotes {
                    add(quote.span, quote.kind == .direct ? .quoteDirect : .quoteIndirect)
                    if let mention = quote.speakerMention { add(mention, .speaker) }
                }
            }
            if let current = state.currentQuote, analysis.quotes.indices.contains(current) {
                add(analysis.quotes[current].span, .quoteCurrent)
                if let mention = analysis.quotes[current].speakerMention { add(mention, .speaker) }
            }
            for fragment in analysis.foreignFragments { add(fragment.span, .foreign) }
            if let actor = state.actorFilter {
                for mention in state.mentions(ofActor: actor) { add(mention, .actorMention) }
            }
        }
        if let search = state.search {
            for (i, match) in search.matches.enumerated() {
                add(TextSpan(match.lowerBound, match.upperBound), .searchMatch)
                if i == search.current { add(TextSpan(match.lowerBound, match.upperBound), .searchCurrent) }
            }
        }
        return result
    }
}
