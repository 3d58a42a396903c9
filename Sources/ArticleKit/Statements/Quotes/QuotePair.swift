/// A pair of quotation marks: the tokens of the marks and the content between them.
struct QuotePair: Sendable {
    var open: Int
    var close: Int
    /// Scalar span of the content, marks excluded (with the repeated opening marks of a
    /// quote running over several paragraphs inside it).
    var content: TextSpan
    /// 0 for an outermost pair.
    var depth: Int
}
