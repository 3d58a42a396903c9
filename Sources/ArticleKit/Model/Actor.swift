/// One person or organisation, with every mention of it merged.
public struct Actor: Hashable, Sendable {
    /// The fullest name in the article ("Vladimir Poutine").
    public var name: String
    public var type: EntityType
    /// Other ways the article names it ("Poutine", "le président de la Russie", "Il").
    public var aliases: [String]
    /// Role descriptions from the text ("président de la Russie").
    public var role: String?
    public var mentions: [TextSpan]
    /// Indices into `Analysis.quotes` of its statements.
    public var quotes: [Int]

    public init(name: String, type: EntityType, aliases: [String] = [], role: String? = nil,
                mentions: [TextSpan] = [], quotes: [Int] = []) {
        self.name = name
        self.type = type
        self.aliases = aliases
        self.role = role
        self.mentions = mentions
        self.quotes = quotes
    }
}
