/// A word, mark or line break as the statement finders see it. The finders scan the scalars
/// themselves (rather than `Analysis.tokens`) so that they only depend on the text: quote marks,
/// elisions ("qu'il") and inverted subjects ("explique-t-il") are split the way they need.
/// Kept to 32 bytes: every finder walks the token array, so its size is their cache footprint
/// and, on a long article, much of its memory (the mark, the kind and the three flags share one word).
struct StatementToken: Sendable {
    enum Kind: UInt8, Sendable { case word, number, punctuation, quote, dash, lineBreak }

    private var startOffset: Int32
    private var endOffset: Int32
    var key: CueWordKey
    /// Key of the inverted subject's pronoun, when `hasInversion`.
    private var inversion: UInt64 = 0
    /// The mark's scalar (21 bits), then the kind (3 bits), `capitalized`, `blank`, `hasInversion`.
    private var bits: UInt32
    /// What the lexicon knows about the word.
    var flags: CueWordFlags = []

    private static let markMask: UInt32 = 0x1F_FFFF
    private static let kindShift: UInt32 = 21
    private static let capitalizedBit: UInt32 = 1 << 24
    private static let blankBit: UInt32 = 1 << 25
    private static let inversionBit: UInt32 = 1 << 26

    init(start: Int, end: Int, kind: Kind, key: CueWordKey, capitalized: Bool, mark: Unicode.Scalar) {
        startOffset = Int32(start)
        endOffset = Int32(end)
        self.key = key
        bits = mark.value | UInt32(kind.rawValue) << Self.kindShift | (capitalized ? Self.capitalizedBit : 0)
    }

    var start: Int { Int(startOffset) }
    var end: Int { Int(endOffset) }

    /// The scalar of a one-scalar punctuation, quote or dash token (a word's first scalar).
    var mark: Unicode.Scalar {
        get { unsafeBitCast(bits & Self.markMask, to: Unicode.Scalar.self) }
        set { bits = bits & ~Self.markMask | newValue.value }
    }

    var kind: Kind {
        get { Kind(rawValue: UInt8(truncatingIfNeeded: bits >> Self.kindShift) & 7)! }
        set { bits = bits & ~(7 << Self.kindShift) | UInt32(newValue.rawValue) << Self.kindShift }
    }

    var capitalized: Bool {
        get { bits & Self.capitalizedBit != 0 }
        set { bits = newValue ? bits | Self.capitalizedBit : bits & ~Self.capitalizedBit }
    }

    /// For a line break: whether it ends a paragraph (a blank line follows).
    var blank: Bool {
        get { bits & Self.blankBit != 0 }
        set { bits = newValue ? bits | Self.blankBit : bits & ~Self.blankBit }
    }

    /// For a word ending in an inverted subject ("-t-il"): the pronoun's key.
    var invertedPronoun: CueWordKey? {
        get { bits & Self.inversionBit != 0 ? CueWordKey(value: inversion) : nil }
        set {
            bits = newValue != nil ? bits | Self.inversionBit : bits & ~Self.inversionBit
            inversion = newValue?.value ?? 0
        }
    }

    var span: TextSpan { TextSpan(start, end) }
    var isWord: Bool { kind == .word || kind == .number }
}
