/// A token of the text, by span and by what kind of thing it is.
public struct Token: Hashable, Sendable {
    public enum Kind: String, Sendable, Hashable {
        case word, number, punctuation, quote, dash, ellipsis, url, email, symbol
    }

    public var span: TextSpan
    public var kind: Kind

    public init(span: TextSpan, kind: Kind) {
        self.span = span
        self.kind = kind
    }
}
