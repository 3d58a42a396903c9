/// A paragraph (text between blank lines) and the language detected for it.
public struct Paragraph: Hashable, Sendable {
    public var span: TextSpan
    public var language: String

    public init(span: TextSpan, language: String) {
        self.span = span
        self.language = language
    }
}
