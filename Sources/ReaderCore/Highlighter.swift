import ArticleKit

/// A highlighted range of the article: scalar offsets and the role it adds.
public struct Highlight: Hashable, Sendable {
    public var range: Range<Int>
    public var role: StyleRole
}

/// Turns the analysis and the reader's toggles into highlights: entities by kind, quotes direct or
/// indirect, the current quote, speaker mentions (sure or guessed), foreign fragments, the
/// filtered actor's mentions, search matches. Overlaps keep every role (the cell gets the union).
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
            let index = state.index
            // The current quote's speaker mention, and whether it is a guess: its doubt wins over
            // another quote's certainty on the same words.
            let current = state.currentQuote.flatMap { analysis.quotes.indices.contains($0) ? $0 : nil }
            let currentMention = current.flatMap { analysis.quotes[$0].speakerMention }
            let currentRole: StyleRole = current.map { state.speakerCertainty(ofQuote: $0) } == .uncertain ? .speakerUncertain : .speaker
            if state.showEntities {
                for i in index.entitySpans.candidates(window) where analysis.entities.indices.contains(i) {
                    let entity = analysis.entities[i]
                    if state.entityKinds.contains(entity.type) { add(entity.span, role(for: entity.type)) }
                }
            }
            if state.showQuotes {
                for i in index.quoteSpans.candidates(window) where analysis.quotes.indices.contains(i) {
                    let quote = analysis.quotes[i]
                    add(quote.span, quote.kind == .direct ? .quoteDirect : .quoteIndirect)
                }
                for i in index.speakerSpans.candidates(window) where index.speakerMentions.indices.contains(i) {
                    let mention = index.speakerMentions[i]
                    if mention == currentMention { continue }
                    add(mention, index.uncertainSpeakerMentions.contains(mention) ? .speakerUncertain : .speaker)
                }
            }
            if let current {
                add(analysis.quotes[current].span, .quoteCurrent)
                if let currentMention { add(currentMention, currentRole) }
            }
            for i in index.fragmentSpans.candidates(window) where analysis.foreignFragments.indices.contains(i) {
                add(analysis.foreignFragments[i].span, .foreign)
            }
            if let actor = state.actorFilter {
                let mentions = state.mentions(ofActor: actor)
                if index.mentionSpans.indices.contains(actor) {
                    for i in index.mentionSpans[actor].candidates(window) where mentions.indices.contains(i) {
                        add(mentions[i], .actorMention)
                    }
                }
            }
        }
        if let search = state.search {
            // Found by scanning the window itself: matches are never all kept.
            let scanned = window ?? 0..<search.scalarCount + 1
            for match in state.searchMatches(overlapping: scanned) {
                add(TextSpan(match.lowerBound, match.upperBound), .searchMatch)
                if match == search.currentMatch.range { add(TextSpan(match.lowerBound, match.upperBound), .searchCurrent) }
            }
        }
        return result
    }
}
