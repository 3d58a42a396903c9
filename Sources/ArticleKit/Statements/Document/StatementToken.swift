import Foundation

/// A word, mark or line break as the statement finders see it. The finders scan the scalars
/// themselves (rather than `Analysis.tokens`) so that they only depend on the text: quote marks,
/// elisions ("qu'il") and inverted subjects ("explique-t-il") are split the way they need.
/// Kept to 24 bytes: every finder walks the token array, so its size is their cache footprint
/// and, on a long article, much of its memory (the mark, the kind, two flags and the inverted
/// subject's pronoun share one word).
struct StatementToken: Sendable {
    enum Kind: UInt8, Sendable { case word, number, punctuation, quote, dash, lineBreak }

    private var startOffset: Int32
    private var endOffset: Int32
    var key: CueWordKey
    /// The mark's scalar (21 bits), the kind (3 bits), `capitalized`, `blank`, then the number of
    /// the inverted subject's pronoun in `InvertedPronouns` (6 bits, 0 for none).
    private var bits: UInt32
    /// What the lexicon knows about the word.
    var flags: CueWordFlags = []

    private static let markMask: UInt32 = 0x1F_FFFF
    private static let kindShift: UInt32 = 21
    private static let capitalizedBit: UInt32 = 1 << 24
    private static let blankBit: UInt32 = 1 << 25
    private static let pronounShift: UInt32 = 26

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
    var isWord: Bool { kind == .word || kind == .number }
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
