/// A token of the text, by span and by what kind of thing it is.
public struct Token: Hashable, Sendable {
    public enum Kind: String, Sendable, Hashable {
        case word, number, punctuation, quote, dash, ellipsis, url, email, symbol
    }

    /// Changing the span forgets what the tokenizer knew about the scalars under it.
    public var span: TextSpan {
        get { TextSpan(Int(start32), Int(end32)) }
        set {
            start32 = Int32(newValue.start)
            end32 = Int32(newValue.end)
            holdsUppercase = nil
        }
    }
    // The span in 32 bits, as `StatementToken` holds it: a token is 12 bytes instead of 24, and a
    // long article has millions.
    private var start32: Int32
    private var end32: Int32
    public var kind: Kind
    /// For words from the `Tokenizer`: whether a scalar of the span is uppercase
    /// (`CharClass.upper`), found while it read them; nil when not known (other tokens, tokens
    /// made elsewhere). The recogniser's `WordCase` then need not classify every scalar again.
    /// Not part of the token's value (equality, hash, description): it only caches a fact of the text.
    var holdsUppercase: Bool?

    public init(span: TextSpan, kind: Kind) {
        start32 = Int32(span.start)
        end32 = Int32(span.end)
        self.kind = kind
    }

    init(span: TextSpan, kind: Kind, holdsUppercase: Bool?) {
        start32 = Int32(span.start)
        end32 = Int32(span.end)
        self.kind = kind
        self.holdsUppercase = holdsUppercase
    }

    public static func == (a: Token, b: Token) -> Bool { a.span == b.span && a.kind == b.kind }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(span)
        hasher.combine(kind)
    }
}

extension Token: CustomReflectable {
    /// The two public fields only: `holdsUppercase` is a cached fact of the text, not of the token.
    public var customMirror: Mirror { Mirror(self, children: ["span": span, "kind": kind], displayStyle: .struct) }
}
