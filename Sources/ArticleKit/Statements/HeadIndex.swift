/// Full names (heads) by a word key: for each key, a chain of entity indices in one array, so
/// that adding a head allocates nothing per key.
struct HeadIndex {
    private var last: [UInt64: Int] = [:]
    /// Entity and the previous node of the same key (-1 at the chain's end).
    private var nodes: [(entity: Int, next: Int)] = []

    mutating func add(_ entity: Int, _ key: UInt64) {
        nodes.append((entity, last[key] ?? -1))
        last[key] = nodes.count - 1
    }

    /// Appends the heads of `key` to `out` (newest first).
    func heads(_ key: UInt64, into out: inout [Int]) {
        var node = last[key] ?? -1
        while node >= 0 {
            out.append(nodes[node].entity)
            node = nodes[node].next
        }
    }
}
