/// Which actor was mentioned last before a point of the text.
extension SpeakerResolver {
    /// The actor `accepts` admits mentioned last before `offset`, if one was; `candidates` are
    /// the actors to ask when there is no timeline.
    func lastMentioned(before offset: Int, among candidates: @autoclosure () -> [Int], where accepts: (Int) -> Bool) -> Int? {
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

    /// Start of actor `a`'s last mention before `offset`, or -1.
    func lastMention(_ a: Int, before offset: Int) -> Int {
        let count = mentions(of: a, before: offset)
        return count > 0 ? actors.actors[a].mentions[count - 1].start : -1
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
