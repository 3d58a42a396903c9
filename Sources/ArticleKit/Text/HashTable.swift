/// A fixed open-addressing hash table from 64-bit keys (already well mixed: FNV hashes) to small
/// values. Swift's Dictionary hashes every UInt64 key again with SipHash; this one only masks it.
struct HashTable<Value>: Sendable where Value: Sendable {
    private var keys: [UInt64]
    private var values: [Value]
    private var used: [Bool]
    private var mask: Int
    private(set) var count = 0
    private let empty: Value

    init(capacity: Int, empty: Value) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        values = [Value](repeating: empty, count: size)
        used = [Bool](repeating: false, count: size)
        mask = size - 1
        self.empty = empty
    }

    @inline(__always) private func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key ^ (key >> 29)) &* 0x9E3779B97F4A7C15 >> 40) & mask }

    @inline(__always) func get(_ key: UInt64) -> Value? {
        var i = slot(key)
        while used[i] {
            if keys[i] == key { return values[i] }
            i = (i + 1) & mask
        }
        return nil
    }

    @inline(__always) func contains(_ key: UInt64) -> Bool { get(key) != nil }

    /// Sets the value for `key` (through `merge` with the old one if present).
    mutating func set(_ key: UInt64, _ value: Value, merge: (Value, Value) -> Value = { _, new in new }) {
        if (count + 1) * 2 > keys.count { grow() }
        var i = slot(key)
        while used[i] {
            if keys[i] == key { values[i] = merge(values[i], value); return }
            i = (i + 1) & mask
        }
        used[i] = true; keys[i] = key; values[i] = value; count += 1
    }

    private mutating func grow() {
        var bigger = HashTable(capacity: keys.count, empty: empty)
        for i in keys.indices where used[i] { bigger.set(keys[i], values[i]) }
        self = bigger
    }
}
