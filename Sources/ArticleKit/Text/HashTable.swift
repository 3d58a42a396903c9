/// A fixed open-addressing hash table from 64-bit keys (already well mixed: FNV hashes) to small
/// values. Swift's Dictionary hashes every UInt64 key again with SipHash; this one only masks it.
struct HashTable<Value>: Sendable where Value: Sendable {
    /// Key, value and whether the slot is used, side by side: a probe reads one array (one
    /// uniqueness check per write, one cache line per slot), where three arrays cost three of each.
    private struct Slot: Sendable {
        var key: UInt64
        var value: Value
        var used: Bool
    }

    private var slots: [Slot]
    private var mask: Int
    private(set) var count = 0
    private let empty: Value

    init(capacity: Int, empty: Value) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Slot](repeating: Slot(key: 0, value: empty, used: false), count: size)
        mask = size - 1
        self.empty = empty
    }

    @inline(__always) private func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key ^ (key >> 29)) &* 0x9E3779B97F4A7C15 >> 40) & mask }

    @inline(__always) func get(_ key: UInt64) -> Value? {
        // Every probe index is masked below `slots.count`.
        slots.withUnsafeBufferPointer { s in
            var i = slot(key)
            while s[i].used {
                if s[i].key == key { return s[i].value }
                i = (i + 1) & mask
            }
            return nil
        }
    }

    @inline(__always) func contains(_ key: UInt64) -> Bool { get(key) != nil }

    /// Sets the value for `key` (replacing any old one). No closure: the recogniser sets a value
    /// per lowercase word of the text.
    @inline(__always) mutating func set(_ key: UInt64, _ value: Value) {
        if (count + 1) * 2 > slots.count { grow() }
        let mask = mask, start = slot(key)
        let added = slots.withUnsafeMutableBufferPointer { s in
            var i = start
            while s[i].used {
                if s[i].key == key { s[i].value = value; return false }
                i = (i + 1) & mask
            }
            s[i] = Slot(key: key, value: value, used: true)
            return true
        }
        if added { count += 1 }
    }

    /// Sets the value for `key` through `merge` with the old one if present.
    mutating func set(_ key: UInt64, _ value: Value, merge: (Value, Value) -> Value) {
        if (count + 1) * 2 > slots.count { grow() }
        let mask = mask, start = slot(key)
        let added = slots.withUnsafeMutableBufferPointer { s in
            var i = start
            while s[i].used {
                if s[i].key == key { s[i].value = merge(s[i].value, value); return false }
                i = (i + 1) & mask
            }
            s[i] = Slot(key: key, value: value, used: true)
            return true
        }
        if added { count += 1 }
    }

    /// Every entry in slot order (deterministic for a given insertion order).
    func forEach(_ body: (UInt64, Value) -> Void) {
        for s in slots where s.used { body(s.key, s.value) }
    }

    private mutating func grow() {
        var bigger = HashTable(capacity: slots.count, empty: empty)
        for s in slots where s.used { bigger.set(s.key, s.value) }
        self = bigger
    }
}
