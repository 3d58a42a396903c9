import Foundation

/// A word, mark or line break as the statement finders see it. The finders scan the scalars
/// themselves (rather than `Analysis.tokens`) so that they only depend on the text: quote marks,
/// elisions ("qu'il") and inverted subjects ("explique-t-il") are split the way they need.
/// Kept to 20 bytes: every finder walks the token array, so its size is their cache footprint
/// and, on a long article, much of its memory. A mark, dash or line break is one scalar long,
/// so its end need not be kept and its scalar takes the end's place; a word keeps its end and
/// has no mark. The key is kept as two 32-bit halves, so that nothing in the token needs more
/// than 4-byte alignment; the lexicon flags, the kind, two flags and the inverted subject's
/// pronoun share one word.
struct StatementToken: Sendable {
    enum Kind: UInt8, Sendable { case word, number, punctuation, quote, dash, lineBreak }

    private let startOffset: Int32
    /// A word's or number's end offset; the scalar of any other token.
    private let endOrMark: UInt32
    private var keyLow: UInt32
    private var keyHigh: UInt32
    /// The lexicon flags (21 bits), the kind (3 bits), `capitalized`, `blank`, then the number of
    /// the inverted subject's pronoun in `InvertedPronouns` (6 bits, 0 for none).
    private var bits: UInt32

    private static let flagsMask: UInt32 = 0x1F_FFFF
    private static let kindShift: UInt32 = 21
    private static let capitalizedBit: UInt32 = 1 << 24
    private static let blankBit: UInt32 = 1 << 25
    private static let pronounShift: UInt32 = 26

    /// `end` must be `start + 1` for any kind but a word or a number; `mark` is kept only for them.
    init(start: Int, end: Int, kind: Kind, key: CueWordKey, capitalized: Bool, mark: Unicode.Scalar) {
        startOffset = Int32(start)
        let wordLike = kind == .word || kind == .number
        precondition(wordLike || end == start + 1, "a mark, dash or line break is one scalar long")
        endOrMark = wordLike ? UInt32(truncatingIfNeeded: end) : mark.value
        keyLow = UInt32(truncatingIfNeeded: key.value)
        keyHigh = UInt32(truncatingIfNeeded: key.value >> 32)
        bits = UInt32(kind.rawValue) << Self.kindShift | (capitalized ? Self.capitalizedBit : 0)
    }

    var start: Int { Int(startOffset) }
    var end: Int { isWord ? Int(Int32(bitPattern: endOrMark)) : Int(startOffset) + 1 }

    var key: CueWordKey {
        get { CueWordKey(value: UInt64(keyHigh) << 32 | UInt64(keyLow)) }
        set {
            keyLow = UInt32(truncatingIfNeeded: newValue.value)
            keyHigh = UInt32(truncatingIfNeeded: newValue.value >> 32)
        }
    }

    /// What the lexicon knows about the word (`CueWordFlags` fits in the 21 bits kept for it).
    var flags: CueWordFlags {
        get { CueWordFlags(rawValue: bits & Self.flagsMask) }
        set {
            precondition(newValue.rawValue & ~Self.flagsMask == 0, "StatementToken keeps 21 bits of CueWordFlags")
            bits = bits & ~Self.flagsMask | newValue.rawValue
        }
    }

    /// The scalar of a one-scalar punctuation, quote or dash token, or of a line break; a word or
    /// number has none (U+0000): the finders read it only after checking the kind.
    var mark: Unicode.Scalar { isWord ? "\u{0}" : Unicode.Scalar(endOrMark) ?? "\u{0}" }

    var kind: Kind { Kind(rawValue: UInt8(truncatingIfNeeded: bits >> Self.kindShift) & 7)! }

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
        get {
            let number = bits >> Self.pronounShift
            return number == 0 ? nil : CueWordKey(value: InvertedPronouns.shared.key(number))
        }
        set {
            let number = newValue.map { InvertedPronouns.shared.number(of: $0.value) } ?? 0
            bits = bits & ~(0x3F << Self.pronounShift) | number << Self.pronounShift
        }
    }

    var span: TextSpan { TextSpan(start, end) }
    /// A word or a number (kinds 0 and 1).
    var isWord: Bool { (bits >> Self.kindShift) & 7 < 2 }
}

/// The pronouns of inverted subjects ("-t-il": il), numbered as they are first met in any
/// lexicon, so that a token holds a number of 6 bits instead of a key of 64 (the lexicons name
/// five such pronouns). Only tokens that have one ever ask.
final class InvertedPronouns: @unchecked Sendable {
    static let shared = InvertedPronouns()
    private let lock = NSLock()
    private var keys: [UInt64] = []   // number n is keys[n - 1]; 0 means none

    func number(of key: UInt64) -> UInt32 {
        lock.lock()
        defer { lock.unlock() }
        if let index = keys.firstIndex(of: key) { return UInt32(index + 1) }
        precondition(keys.count < 63, "more than 63 inverted-subject pronouns in the statement lexicons: StatementToken holds 6 bits")
        keys.append(key)
        return UInt32(keys.count)
    }

    func key(_ number: UInt32) -> UInt64 {
        lock.lock()
        defer { lock.unlock() }
        return keys[Int(number) - 1]
    }
}
