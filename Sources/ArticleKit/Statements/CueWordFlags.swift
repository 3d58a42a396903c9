/// What the lexicon knows about a word, as bits, so that each token is looked up once and the
/// finders test bits instead of hashing strings again.
struct CueWordFlags: OptionSet, Sendable, Hashable {
    let rawValue: UInt32
    static let cueVerb = CueWordFlags(rawValue: 1 << 0)
    static let cuePhraseStart = CueWordFlags(rawValue: 1 << 1)
    static let attributionStart = CueWordFlags(rawValue: 1 << 2)
    static let complementizer = CueWordFlags(rawValue: 1 << 3)
    static let skippable = CueWordFlags(rawValue: 1 << 4)
    static let determiner = CueWordFlags(rawValue: 1 << 5)
    static let preposition = CueWordFlags(rawValue: 1 << 6)
    static let pronoun = CueWordFlags(rawValue: 1 << 7)
    static let possessive = CueWordFlags(rawValue: 1 << 8)
    static let roleNoun = CueWordFlags(rawValue: 1 << 9)
    static let naming = CueWordFlags(rawValue: 1 << 10)
    static let collectiveNumber = CueWordFlags(rawValue: 1 << 11)
    static let bareComplement = CueWordFlags(rawValue: 1 << 12)
    /// Opens a subordinate clause ("qui", "where", "который"): ends a speaker's noun phrase.
    static let clauseWord = CueWordFlags(rawValue: 1 << 14)
    /// Introduces a genitive complement ("de", "of").
    static let genitive = CueWordFlags(rawValue: 1 << 15)
    /// Joins two clauses ("and", "et", "и").
    static let coordinator = CueWordFlags(rawValue: 1 << 16)
    /// Makes the complementizer after it a conjunction ("parce que", "jusqu'à ce que", "so that").
    static let conjunctionHead = CueWordFlags(rawValue: 1 << 17)
    /// Marks a woman or a man next to a name ("Mme", "actrice", "Mr", "господин").
    static let feminine = CueWordFlags(rawValue: 1 << 18)
    static let masculine = CueWordFlags(rawValue: 1 << 19)
    /// A hyphenated word whose head is a cue verb ("explique" of "explique-t-il").
    static let headCue = CueWordFlags(rawValue: 1 << 13)
}

/// An open-addressing table from word keys to flags: one multiply and a probe or two per
/// token, no Hasher.
struct CueWordFlagTable: Sendable {
    private var keys: [UInt64]
    private var values: [UInt32]
    private var mask: Int

    init(_ entries: [CueWordKey: CueWordFlags]) {
        var capacity = 16
        while capacity < entries.count * 3 { capacity <<= 1 }
        keys = [UInt64](repeating: 0, count: capacity)
        values = [UInt32](repeating: 0, count: capacity)
        mask = capacity - 1
        for (key, flags) in entries {
            let k = Self.stored(key.value)
            var slot = Self.slot(k, mask)
            while keys[slot] != 0 && keys[slot] != k { slot = (slot + 1) & mask }
            keys[slot] = k
            values[slot] |= flags.rawValue
        }
    }

    @inline(__always) private static func stored(_ v: UInt64) -> UInt64 { v == 0 ? 1 : v }
    @inline(__always) private static func slot(_ k: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (k &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    func flags(_ key: CueWordKey) -> CueWordFlags {
        let k = Self.stored(key.value)
        var slot = Self.slot(k, mask)
        while true {
            let found = keys[slot]
            if found == k { return CueWordFlags(rawValue: values[slot]) }
            if found == 0 { return [] }
            slot = (slot + 1) & mask
        }
    }
}
