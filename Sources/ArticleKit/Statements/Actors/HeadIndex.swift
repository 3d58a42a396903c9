/// Full names (heads) by a word key: for each key, a chain of entity indices in one array, and
/// the chains' ends in an open-addressing table (no Hasher, nothing allocated per key).
struct HeadIndex {
    /// Slot keys (0 = empty) and the last node of each slot's chain; key 0 has its own chain.
    private var keys: [UInt64]
    private var lastNode: [Int]
    private var zeroLast = -1
    /// Length of each slot's chain (and of key 0's).
    private var counts: [Int]
    private var zeroCount = 0
    private var mask: Int
    private var used = 0
    /// Entity and the previous node of the same key (-1 at the chain's end).
    private var nodes: [(entity: Int, next: Int)] = []
    /// The most slots the table starts with, however many heads are to come.
    private static let initialSlots = 1 << 12

    /// `capacity`: the heads to be added. The table starts at most `initialSlots` large and grows
    /// with the distinct keys, which are far fewer than the heads when names recur: sized for
    /// every head, the table of a long article was megabytes of empty slots.
    init(capacity: Int) {
        var size = 16
        while size < min(capacity * 2, Self.initialSlots) { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        lastNode = [Int](repeating: -1, count: size)
        counts = [Int](repeating: 0, count: size)
        mask = size - 1
        // One node per head: reserved, the chains grow without reallocating.
        nodes.reserveCapacity(capacity)
    }

    mutating func add(_ entity: Int, _ key: UInt64) {
        if key == 0 {
            nodes.append((entity, zeroLast))
            zeroLast = nodes.count - 1
            zeroCount += 1
            return
        }
        if (used + 1) * 2 > keys.count { grow() }
        let slot = find(key)
        if keys[slot] == 0 { keys[slot] = key; used += 1 }
        nodes.append((entity, lastNode[slot]))
        lastNode[slot] = nodes.count - 1
        counts[slot] += 1
    }

    /// Number of heads of `key` (what `heads` would append).
    func count(_ key: UInt64) -> Int { key == 0 ? zeroCount : counts[find(key)] }

    /// Appends the heads of `key` to `out` (newest first).
    func heads(_ key: UInt64, into out: inout [Int]) {
        var node = key == 0 ? zeroLast : lastNode[find(key)]
        while node >= 0 {
            out.append(nodes[node].entity)
            node = nodes[node].next
        }
    }

    /// The slot holding `key` (not 0), or the empty slot where it would go.
    private func find(_ key: UInt64) -> Int {
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
        while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
        return slot
    }

    private mutating func grow() {
        let oldKeys = keys, oldLast = lastNode, oldCounts = counts
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        lastNode = [Int](repeating: -1, count: oldKeys.count * 2)
        counts = [Int](repeating: 0, count: oldKeys.count * 2)
        mask = keys.count - 1
        for i in oldKeys.indices where oldKeys[i] != 0 {
            let slot = find(oldKeys[i])
            keys[slot] = oldKeys[i]
            lastNode[slot] = oldLast[i]
            counts[slot] = oldCounts[i]
        }
    }
}
