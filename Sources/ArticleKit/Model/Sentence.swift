/// A sentence: its span, the range of its tokens in `Analysis.tokens`, and its paragraph.
/// Kept in 32-bit numbers, as a `Token`'s span is: 20 bytes instead of 40, and a long article has
/// hundreds of thousands of sentences alive with its normalised text and tokens.
public struct Sentence: Hashable, Sendable {
    private var start32: Int32
    private var end32: Int32
    private var firstToken: Int32
    private var endToken: Int32
    private var paragraph32: Int32

    public var span: TextSpan {
        get { TextSpan(Int(start32), Int(end32)) }
        set { start32 = Int32(newValue.start); end32 = Int32(newValue.end) }
    }

    public var tokens: Range<Int> {
        get { Int(firstToken)..<Int(endToken) }
        set { firstToken = Int32(newValue.lowerBound); endToken = Int32(newValue.upperBound) }
    }

    public var paragraph: Int {
        get { Int(paragraph32) }
        set { paragraph32 = Int32(newValue) }
    }

    public init(span: TextSpan, tokens: Range<Int>, paragraph: Int) {
        start32 = Int32(span.start)
        end32 = Int32(span.end)
        firstToken = Int32(tokens.lowerBound)
        endToken = Int32(tokens.upperBound)
        paragraph32 = Int32(paragraph)
    }
}

extension Sentence: CustomReflectable {
    /// The three public fields, as the sentence is written and compared.
    public var customMirror: Mirror {
        Mirror(self, children: ["span": span, "tokens": tokens, "paragraph": paragraph], displayStyle: .struct)
    }
}
