/// A word, mark or line break as the statement finders see it. The finders scan the scalars
/// themselves (rather than `Analysis.tokens`) so that they only depend on the text: quote marks,
/// elisions ("qu'il") and inverted subjects ("explique-t-il") are split the way they need.
/// Kept to 40 bytes: every finder walks the token array, so its size is their cache footprint.
struct StatementToken: Sendable {
    enum Kind: Sendable { case word, number, punctuation, quote, dash, lineBreak }

    private var startOffset: Int32
    private var endOffset: Int32
    var key: CueWordKey
    /// Key of the inverted subject's pronoun, when `hasInversion`.
    private var inversion: UInt64 = 0
    /// The scalar of a one-scalar punctuation, quote or dash token.
    var mark: Unicode.Scalar
    /// What the lexicon knows about the word.
    var flags: CueWordFlags = []
    var kind: Kind
    var capitalized: Bool
    /// For a line break: whether it ends a paragraph (a blank line follows).
    var blank = false
    private var hasInversion = false

    init(start: Int, end: Int, kind: Kind, key: CueWordKey, capitalized: Bool, mark: Unicode.Scalar) {
        startOffset = Int32(start)
        endOffset = Int32(end)
        self.kind = kind
        self.key = key
        self.capitalized = capitalized
        self.mark = mark
    }

    var start: Int { Int(startOffset) }
    var end: Int { Int(endOffset) }

    /// For a word ending in an inverted subject ("-t-il"): the pronoun's key.
    var invertedPronoun: CueWordKey? {
        get { hasInversion ? CueWordKey(value: inversion) : nil }
        set {
            hasInversion = newValue != nil
            inversion = newValue?.value ?? 0
        }
    }

    var span: TextSpan { TextSpan(start, end) }
    var isWord: Bool { kind == .word || kind == .number }
}
