/// The hashed strings of one token that the tagger and parser build their features from, computed
/// once per token: lowercase form, prefixes, suffixes, a compressed shape. Hashes come from the
/// scalars (FNV-1a, then a 64-bit mixer), so no String is built per feature. Curly and modifier
/// apostrophes count as "'": treebanks and articles mix them.
struct WordHashes: Sendable {
    var lower: UInt64 = 0
    var prefix2: UInt64 = 0, prefix3: UInt64 = 0
    var suffix1: UInt64 = 0, suffix2: UInt64 = 0, suffix3: UInt64 = 0, suffix4: UInt64 = 0
    var shape: UInt64 = 0
    /// 0 lowercase or caseless, 1 capitalised, 2 all caps, 3 has a digit, 4 no letter or digit.
    var caseClass: UInt64 = 0

    static let fnvOffset: UInt64 = 0xcbf29ce484222325
    static let fnvPrime: UInt64 = 0x100000001b3

    /// The hashes of the sentence start and end paddings (no token has them).
    static let start = WordHashes(padding: 1)
    static let end = WordHashes(padding: 2)

    private init(padding: UInt64) {
        lower = padding; prefix2 = padding; prefix3 = padding; suffix1 = padding
        suffix2 = padding; suffix3 = padding; suffix4 = padding; shape = padding; caseClass = 5 + padding
    }

    init(_ word: String, classes: CharClassTable = CharClass.table) {
        var scalars: [UInt32] = []
        scalars.reserveCapacity(16)
        var shape = Self.fnvOffset, lastShape: UInt32 = 0
        var uppers = 0, letters = 0, digits = 0, firstUpper = false
        for s in word.unicodeScalars {
            var c = s.value
            if c == 0x2019 || c == 0x02BC { c = 0x27 }
            let cls = classes.of(c)
            let sh: UInt32
            if cls & CharClass.upper != 0 { sh = 0x58; uppers += 1; letters += 1; if scalars.isEmpty { firstUpper = true } }
            else if cls & CharClass.letter != 0 { sh = 0x78; letters += 1 }
            else if cls & CharClass.digit != 0 { sh = 0x64; digits += 1 }
            else { sh = c }
            if sh != lastShape { shape = (shape ^ UInt64(sh)) &* Self.fnvPrime; lastShape = sh }
            scalars.append(classes.lower(c))
        }
        func hash(_ part: ArraySlice<UInt32>, _ kind: UInt64) -> UInt64 {
            var h = Self.fnvOffset ^ kind
            for c in part { h = (h ^ UInt64(c)) &* Self.fnvPrime }
            return Self.mix(h)
        }
        let n = scalars.count
        lower = hash(scalars[...], 0)
        prefix2 = hash(scalars.prefix(2), 1); prefix3 = hash(scalars.prefix(3), 2)
        suffix1 = hash(scalars.suffix(1), 3); suffix2 = hash(scalars.suffix(2), 4)
        suffix3 = hash(scalars.suffix(3), 5); suffix4 = hash(scalars.suffix(4), 6)
        self.shape = Self.mix(shape ^ UInt64(min(n, 6)) << 56)
        caseClass = digits > 0 ? 3 : letters == 0 ? 4 : uppers == letters && letters > 1 ? 2 : firstUpper ? 1 : 0
    }

    static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9E3779B97F4A7C15
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }

    /// Combines feature parts (order matters).
    static func combine(_ a: UInt64, _ b: UInt64) -> UInt64 { mix(a &* 0x2545F4914F6CDD1D ^ b) }
}
