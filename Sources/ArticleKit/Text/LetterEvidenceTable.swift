/// What the language statistics need of one scalar, packed in a byte and read from a table for
/// the scripts news uses: whether it is a letter or word character, its script group, and the
/// Latin diacritic or Ukrainian letter it may be evidence of. `LanguageIdentifier` then counts
/// each letter without branching on its script (the switches mispredicted at every letter).
struct LetterEvidenceTable: @unchecked Sendable { // immutable after init: safe to share
    static let letter: UInt8 = 1, word: UInt8 = 2
    /// Bits 2–3: script group of a letter; `none` for everything that is not a letter.
    static let latin: UInt8 = 0, cyrillic: UInt8 = 1, other: UInt8 = 2, none: UInt8 = 3
    /// Bits 4–5: 1 French, 2 German, 3 Spanish diacritic (Latin letters only).
    static let french: UInt8 = 1, german: UInt8 = 2, spanish: UInt8 = 3
    static let ukrainian: UInt8 = 64

    static let shared = LetterEvidenceTable()

    let entries: UnsafePointer<UInt8>
    /// For each entry value: 1 in the 16-bit field of its script group ([e]) and of its diacritic
    /// ([256 + e]), the packed counters `LanguageIdentifier` adds.
    private let increments: UnsafePointer<UInt64>

    init() {
        let e = UnsafeMutablePointer<UInt8>.allocate(capacity: CharClassTable.size)
        for v in 0..<UInt32(CharClassTable.size) { e[Int(v)] = Self.compute(v) }
        entries = UnsafePointer(e)
        let inc = UnsafeMutablePointer<UInt64>.allocate(capacity: 512)
        for x in 0..<256 {
            inc[x] = 1 &<< (UInt64(Self.group(UInt8(x))) &* 16)
            inc[256 + x] = 1 &<< (UInt64(Self.diacritic(UInt8(x))) &* 16)
        }
        increments = UnsafePointer(inc)
    }

    @inline(__always) func groupIncrement(_ e: UInt8) -> UInt64 { increments[Int(e)] }
    @inline(__always) func diacriticIncrement(_ e: UInt8) -> UInt64 { increments[256 + Int(e)] }

    @inline(__always) func of(_ v: UInt32) -> UInt8 {
        v < UInt32(CharClassTable.size) ? entries[Int(v)] : Self.compute(v)
    }

    @inline(__always) static func group(_ e: UInt8) -> UInt8 { (e >> 2) & 3 }
    @inline(__always) static func diacritic(_ e: UInt8) -> UInt8 { (e >> 4) & 3 }

    static func compute(_ x: UInt32) -> UInt8 {
        let cls = CharClass.of(x)
        var e: UInt8 = cls & CharClass.wordChar != 0 ? word : 0
        guard cls & CharClass.letter != 0 else { return e | none << 2 }
        e |= letter
        if x < 0x80 { return e | latin << 2 }
        switch Script.of(x) {
        case .latin:
            let d: UInt8
            switch CharClass.lower(x) {
            case 0xE9, 0xE8, 0xEA, 0xE0, 0xE7, 0xF9, 0xE2, 0xEE, 0xF4, 0x153, 0xFB, 0xEB, 0xEF: d = french
            case 0xE4, 0xF6, 0xFC, 0xDF: d = german
            case 0xF1, 0xE1, 0xED, 0xF3, 0xFA, 0xBF: d = spanish
            default: d = 0
            }
            return e | latin << 2 | d << 4
        case .cyrillic:
            let uk = x == 0x456 || x == 0x457 || x == 0x454 || x == 0x491
            return e | cyrillic << 2 | (uk ? ukrainian : 0)
        default:
            return e | other << 2
        }
    }
}
