/// A bare description as speaker ("заявила актриса", "По словам футболиста"): in news such a
/// noun refers back to the person the article is about, not to a new unnamed speaker. The
/// person is the one mentioned most so far (the article's subject outweighs a name in passing),
/// the latest of them on a tie, whose gender agrees with the noun and the verb.
extension SpeakerResolver {
    func describedPerson(_ range: Range<Int>, before offset: Int) -> Int? {
        let nouns = doc.lexicon.personNouns
        guard !nouns.isEmpty, !range.contains(where: { doc.entityAt[$0] >= 0 }) else { return nil }
        let words = range.filter { doc.isWord($0) && !doc.isDeterminer($0) }
        // The noun alone: a complement ("отец Джеймсона", "представитель полиции") makes it
        // someone else.
        guard words.count == 1, let head = words.first,
              !doc.tokens[head].capitalized || head == doc.sentenceStart(head),
              let gender = nouns.gender(of: doc.text(doc.tokens[head].span).lowercased()) else { return nil }
        let agrees = { (a: Int) in
            actors.actors[a].type == .person && (genders[a] == .unknown || genders[a] == gender)
                && (verbGender == .unknown || verbGender == gender)
        }
        if timeline != nil { return lastMentioned(before: offset, among: people, where: agrees) }
        var best: (actor: Int, count: Int, last: Int)?
        for a in people where agrees(a) {
            let count = mentions(of: a, before: offset)
            guard count > 0 else { continue }
            let last = lastMention(a, before: offset)
            if best == nil || count > best!.count || (count == best!.count && last > best!.last) { best = (a, count, last) }
        }
        return best?.actor
    }

    /// How many of actor `a`'s mentions start before `offset` (mentions are in text order).
    func mentions(of a: Int, before offset: Int) -> Int {
        let mentions = actors.actors[a].mentions
        var lo = 0, hi = mentions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if mentions[mid].start < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
