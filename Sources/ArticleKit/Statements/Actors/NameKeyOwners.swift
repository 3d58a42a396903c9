/// The actors whose names hold each word key, in actor order: a name met in a quote's speaker
/// phrase is looked up among the actors sharing its last word, not among all.
struct NameKeyOwners {
    private var owners: [UInt64: [Int]] = [:]

    init(_ actors: ActorGrouper.Result) {
        for a in actors.actors.indices {
            for key in actors.nameKeys[a].keys { owners[key, default: []].append(a) }
        }
    }

    func actors(holding key: CueWordKey) -> [Int] { owners[key.value] ?? [] }
}
