/// One word of a parsed sentence: its universal part of speech, the index of its head word in the
/// sentence (nil for the root), and its relation to that head ("nsubj", "nsubj:pass", "obj"…).
public struct ParsedWord: Sendable, Equatable, CustomStringConvertible {
    public var upos: String
    public var head: Int?
    public var relation: String

    public init(upos: String, head: Int?, relation: String) {
        self.upos = upos; self.head = head; self.relation = relation
    }

    public var description: String { "\(upos) \(head.map(String.init) ?? "-") \(relation)" }
}
