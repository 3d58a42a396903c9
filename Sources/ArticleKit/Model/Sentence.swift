/// A sentence: its span, the range of its tokens in `Analysis.tokens`, and its paragraph.
public struct Sentence: Hashable, Sendable {
    public var span: TextSpan
    public var tokens: Range<Int>
    public var paragraph: Int

    public init(span: TextSpan, tokens: Range<Int>, paragraph: Int) {
        self.span = span
        self.tokens = tokens
        self.paragraph = paragraph
    }
}
