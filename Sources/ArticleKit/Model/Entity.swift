/// A named-entity mention.
public struct Entity: Hashable, Sendable {
    public var span: TextSpan
    public var type: EntityType
    public var text: String

    public init(span: TextSpan, type: EntityType, text: String) {
        self.span = span
        self.type = type
        self.text = text
    }
}
