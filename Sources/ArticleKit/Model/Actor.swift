/// One person or organisation, with every mention of it merged.
public struct Actor: Hashable, Sendable {
    /// The fullest name in the article ("Anne Dupont").
    public var name: String
    public var type: EntityType
    /// Other ways the article names it ("Dupont", "la ministre de la Culture", "Elle").
    public var aliases: [String]
    /// Role descriptions from the text ("ministre de la Culture").
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
