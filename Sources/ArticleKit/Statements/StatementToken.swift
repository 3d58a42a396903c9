/// A word, mark or line break as the statement finders see it. The finders scan the scalars
/// themselves (rather than `Analysis.tokens`) so that they only depend on the text: quote marks,
/// elisions ("qu'il") and inverted subjects ("explique-t-il") are split the way they need.
struct StatementToken: Sendable {
    enum Kind: Sendable { case word, number, punctuation, quote, dash, lineBreak }

    var start: Int
    var end: Int
    var kind: Kind
    var key: CueWordKey
    var capitalized: Bool
    /// For hyphenated words: the part before the first hyphen ("explique" of "explique-t-il").
    var headKey: CueWordKey?
    /// For a word ending in an inverted subject ("-t-il"): the pronoun's key.
    var invertedPronoun: CueWordKey?
    /// The scalar of a one-scalar punctuation, quote or dash token.
    var mark: Unicode.Scalar
    /// What the lexicon knows about the word.
    var flags: CueWordFlags = []
    /// For a line break: whether it ends a paragraph (a blank line follows).
    var blank = false

    var span: TextSpan { TextSpan(start, end) }
    var isWord: Bool { kind == .word || kind == .number }
}
