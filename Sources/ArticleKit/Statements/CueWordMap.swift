/// A lexicon's map from word keys to what it knows about them (a lemma, phrases, a pronoun's
/// features…), read-only once built. The keys are hashes already: an open-addressing
/// `HashTable` only masks them, where a `Dictionary` would hash each key again.
struct CueWordMap<Value: Sendable>: Sendable {
    private var table: HashTable<Value>

    init(_ entries: [CueWordKey: Value], empty: Value) {
        table = HashTable(capacity: entries.count, empty: empty)
        for (key, value) in entries { table.set(key.value, value) }
    }

    var isEmpty: Bool { table.count == 0 }

    subscript(key: CueWordKey) -> Value? { table.get(key.value) }

    func contains(_ key: CueWordKey) -> Bool { table.contains(key.value) }
}

extension CueWordMap where Value == Bool {
    /// A set of keys.
    init(_ keys: Set<CueWordKey>) {
        self.init(Dictionary(uniqueKeysWithValues: keys.map { ($0, true) }), empty: false)
    }
}
