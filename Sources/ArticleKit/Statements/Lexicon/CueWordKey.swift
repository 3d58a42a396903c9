/// A case-folded hash of a word, so lexicon look-ups need no String per token.
/// Folding covers ASCII, Latin-1/Latin Extended-A and Cyrillic, the scripts of the lexicons;
/// typographic apostrophes fold to "'" so "qu’" and "qu'" are the same key.
struct CueWordKey: Hashable, Sendable {
    let value: UInt64

    static let empty = CueWordKey(value: 0xcbf2_9ce4_8422_2325)

    init(value: UInt64) { self.value = value }

    init<S: Sequence>(scalars: S) where S.Element == Unicode.Scalar {
        var hash = CueWordKey.empty.value
        for scalar in scalars { hash = CueWordKey.mix(hash, CueWordKey.fold(scalar)) }
        value = hash
    }

    init(_ string: String) { self.init(scalars: string.unicodeScalars) }

    /// The key of `scalars[range]`.
    init(_ scalars: some ScalarReader, _ range: Range<Int>) {
        var hash = CueWordKey.empty.value
        var i = range.lowerBound
        while i < range.upperBound { hash = CueWordKey.mix(hash, CueWordKey.fold(scalars[i])); i += 1 }
        value = hash
    }

    @inline(__always) static func mix(_ hash: UInt64, _ v: UInt32) -> UInt64 {
        (hash ^ UInt64(v)) &* 0x100_0000_01b3
    }

    /// Appends one more word after a space, for multi-word phrases.
    func appending(_ other: CueWordKey) -> CueWordKey {
        CueWordKey(value: (value ^ 0x20) &* 0x100_0000_01b3 ^ other.value &* 0x9e37_79b9_7f4a_7c15)
    }

    @inline(__always) static func fold(_ s: Unicode.Scalar) -> UInt32 {
        let v = s.value
        switch v {
        case 0x41...0x5A: return v + 32
        case 0xC0...0xDE where v != 0xD7: return v + 32
        case 0x100...0x17F: return v | 1 == v ? v : v + 1   // Latin Extended-A pairs: even upper, odd lower
        case 0x410...0x42F: return v + 32
        case 0x400...0x40F: return v + 80
        case 0x2019, 0x2018, 0x02BC: return 0x27
        case 0x2011: return 0x2D   // non-breaking hyphen
        default: return v
        }
    }

    @inline(__always) static func isUpper(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        // Latin-1: the capitals are U+00C0–U+00DE but ×; "à", "é" (whole French words) are not.
        if v < 0x100 { return v >= 0xC0 && v <= 0xDE && v != 0xD7 }
        if v >= 0x400 && v <= 0x42F { return true }
        if v >= 0x430 && v <= 0x45F { return false }
        return isUppercaseSlow(s)
    }

    @inline(never) static func isUppercaseSlow(_ s: Unicode.Scalar) -> Bool { s.properties.isUppercase }
}

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
