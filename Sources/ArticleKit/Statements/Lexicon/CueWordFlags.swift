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
    /// A role noun of class "org" (an institution: "ministère", "издание").
    static let orgNoun = CueWordFlags(rawValue: 1 << 20)
    /// A hyphenated word whose head is a cue verb ("explique" of "explique-t-il").
    static let headCue = CueWordFlags(rawValue: 1 << 13)
}

/// An open-addressing table from word keys to flags: one multiply and a probe or two per
/// token, no Hasher. Key and flags share a slot (one cache miss per hit, not two), and a small
/// bit filter that stays in the first-level cache answers most words the lexicon lacks.
struct CueWordFlagTable: Sendable {
    private struct Slot: Sendable {
        var key: UInt64
        var flags: UInt32
    }

    private var slots: [Slot]
    private var mask: Int
    /// One bit per filter position: set when some key of the table hashes there.
    private var filter: [UInt64]
    private static let filterBits = 1 << 16

    init(_ entries: [CueWordKey: CueWordFlags]) {
        var capacity = 16
        while capacity < entries.count * 3 / 2 + 1 { capacity <<= 1 }
        slots = [Slot](repeating: Slot(key: 0, flags: 0), count: capacity)
        mask = capacity - 1
        filter = [UInt64](repeating: 0, count: Self.filterBits / 64)
        for (key, flags) in entries {
            let k = Self.stored(key.value)
            var slot = Self.slot(k, mask)
            while slots[slot].key != 0 && slots[slot].key != k { slot = (slot + 1) & mask }
            slots[slot].key = k
            slots[slot].flags |= flags.rawValue
            let bit = Self.filterBit(k)
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
        }
    }

    @inline(__always) private static func stored(_ v: UInt64) -> UInt64 { v == 0 ? 1 : v }
    @inline(__always) private static func slot(_ k: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (k &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }
    @inline(__always) private static func filterBit(_ k: UInt64) -> Int {
        Int(truncatingIfNeeded: (k &* 0xC2B2_AE3D_27D4_EB4F) >> 48)
    }

    func flags(_ key: CueWordKey) -> CueWordFlags {
        let k = Self.stored(key.value)
        let bit = Self.filterBit(k)
        if filter[bit >> 6] & (1 << UInt64(bit & 63)) == 0 { return [] }
        var slot = Self.slot(k, mask)
        while true {
            let found = slots[slot]
            if found.key == k { return CueWordFlags(rawValue: found.flags) }
            if found.key == 0 { return [] }
            slot = (slot + 1) & mask
        }
    }
}
