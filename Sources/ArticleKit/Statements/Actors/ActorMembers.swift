/// The entities of each actor in document order, all in one array: `members[a]` is a slice.
struct ActorMembers {
    private let entities: [Int]
    private let bounds: [Int]

    /// Groups `candidates` (in document order) by `actorOf[e]`, for `count` actors.
    init(_ candidates: [Int], actorOf: [Int], count: Int) {
        var bounds = [Int](repeating: 0, count: count + 1)
        for e in candidates { bounds[actorOf[e] + 1] += 1 }
        for a in 0..<count { bounds[a + 1] += bounds[a] }
        var next = bounds
        var entities = [Int](repeating: 0, count: candidates.count)
        for e in candidates {
            entities[next[actorOf[e]]] = e
            next[actorOf[e]] += 1
        }
        self.entities = entities
        self.bounds = bounds
    }

    var count: Int { bounds.count - 1 }

    subscript(a: Int) -> ArraySlice<Int> { entities[bounds[a]..<bounds[a + 1]] }
}
