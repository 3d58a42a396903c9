/// Every actor's mentions (the grouped entities) in text order, to find the actor of some kind
/// mentioned last before a point by looking back from it rather than asking every actor. The
/// look-back stops after `lookBack` mentions: an antecedent further back than that is not one
/// a reader would follow.
struct MentionTimeline {
    static let lookBack = 1_000
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
        var lo = 0, hi = starts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if starts[mid] < offset { lo = mid + 1 } else { hi = mid }
        }
        var i = lo - 1
        while i >= 0, lo - i <= Self.lookBack {
            if accepts(actorAt[i]) { return actorAt[i] }
            i -= 1
        }
        return nil
    }
}
