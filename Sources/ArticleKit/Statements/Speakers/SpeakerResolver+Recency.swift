/// Which actor was mentioned last before a point of the text.
extension SpeakerResolver {
    /// The actor `accepts` admits mentioned last before `offset`, if one was; `candidates` are
    /// the actors to ask when there is no timeline.
    func lastMentioned(before offset: Int, among candidates: @autoclosure () -> [Int], where accepts: (Int) -> Bool) -> Int? {
        let offset = outsideStatement(offset)
        if let timeline { return timeline.latest(before: offset, where: accepts) }
        if let a = mostRecent(candidates(), before: offset), lastMention(a, before: offset) >= 0 { return a }
        return nil
    }

    func isPerson(_ a: Int) -> Bool { actors.actors[a].type == .person }

    func isOrganisation(_ a: Int) -> Bool { actors.actors[a].type == .organisation }

    /// The actor among `candidates` mentioned last before `offset` (else first mentioned after).
    func mostRecent(_ candidates: [Int], before offset: Int) -> Int? {
        var best: (actor: Int, at: Int)?
        for a in candidates {
            let last = lastMention(a, before: offset)
            if best == nil || last > best!.at { best = (a, last) }
        }
        return best?.actor
    }

    /// `offset`, or the start of the statement being attributed when that comes first: a
    /// reference after the statement ("« Le maire a menti », a dit le juge", "«…», — сказал
    /// чиновник") looks back past what was said to who was named before it; a name inside the
    /// statement is what was said about, not who said it.
    func outsideStatement(_ offset: Int) -> Int { min(offset, statementStart) }

    /// Start of actor `a`'s last mention before `offset`, or -1.
    func lastMention(_ a: Int, before offset: Int) -> Int {
        let count = mentions(of: a, before: offset)
        return count > 0 ? actors.actors[a].mentions[count - 1].start : -1
    }

    /// How many of actor `a`'s mentions start before `offset` (mentions are in text order).
    func mentions(of a: Int, before offset: Int) -> Int {
        let offset = outsideStatement(offset)
        let mentions = actors.actors[a].mentions
        var lo = 0, hi = mentions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if mentions[mid].start < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}

extension SpeakerResolver {
    /// "Ce dernier", "the latter", "последний": the person of its gender mentioned last before
    /// the phrase, whoever the sentence before was about (a pronoun would take that subject).
    func latter(_ range: Range<Int>) -> SpeakerMention? {
        let words = range.filter { doc.isWord($0) && !doc.isDeterminer($0) }
        guard words.count == 1, let info = doc.lexicon.latterWords[doc.tokens[words[0]].key], !info.plural else { return nil }
        let genders = self.genders
        func accepts(_ a: Int) -> Bool {
            guard isPerson(a) else { return false }
            guard info.gender == .masculine || info.gender == .feminine else { return true }
            return genders[a] == .unknown || genders[a] == info.gender
        }
        guard let a = lastMentioned(before: doc.tokens[range.lowerBound].start, among: actors.actors.indices.filter(accepts), where: accepts) else { return nil }
        return SpeakerMention(span: span(range), text: doc.text(tokens: range), kind: .role, actor: a, confidence: 0.7)
    }
}
