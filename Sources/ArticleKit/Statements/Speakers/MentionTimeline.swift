/// Every actor's mentions (the grouped entities) in text order, to find the actor of some kind
/// mentioned last before a point by looking back from it rather than asking every actor. The
/// look-back stops after `lookBack` mentions: an antecedent further back than that is not one
/// a reader would follow.
struct MentionTimeline {
    static let lookBack = 256
    private var starts: [Int] = []
    private var actorAt: [Int] = []

    init(_ doc: StatementDocument, _ actors: ActorGrouper.Result) {
        starts.reserveCapacity(doc.entities.count)
        actorAt.reserveCapacity(doc.entities.count)
        for e in doc.entities.indices where actors.actorOfEntity[e] >= 0 {
            starts.append(doc.entities[e].span.start)
            actorAt.append(actors.actorOfEntity[e])
        }
    }

    /// The actor `accepts` admits whose last mention before `offset` is the latest, if any.
    func latest(before offset: Int, where accepts: (Int) -> Bool) -> Int? {
        let end = firstMention(atOrAfter: offset)
        var i = end - 1
        while i >= 0, end - i <= Self.lookBack {
            if accepts(actorAt[i]) { return actorAt[i] }
            i -= 1
        }
        return nil
    }

    /// The actors `accepts` admits mentioned before `offset`, each once, the latest first.
    func all(before offset: Int, where accepts: (Int) -> Bool) -> [Int] {
        let end = firstMention(atOrAfter: offset)
        var found: [Int] = []
        var seen = SeenSet<Int>()
        var i = end - 1
        while i >= 0, end - i <= Self.lookBack {
            if !seen.contains(actorAt[i]), accepts(actorAt[i]) { seen.insert(actorAt[i]); found.append(actorAt[i]) }
            i -= 1
        }
        return found
    }

    private func firstMention(atOrAfter offset: Int) -> Int {
        var lo = 0, hi = starts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if starts[mid] < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
