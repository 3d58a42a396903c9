/// An actor of the archive with how much of it there is: for the reader's archive view and `who`.
public struct ArchivedActor: Sendable, Hashable {
    public var id: Int64
    public var name: String
    /// "PER" or "ORG", as the first article that named it said.
    public var type: String
    public var aliases: [String]
    public var statementCount: Int
    public var articleCount: Int

    public init(id: Int64, name: String, type: String, aliases: [String], statementCount: Int, articleCount: Int) {
        self.id = id
        self.name = name
        self.type = type
        self.aliases = aliases
        self.statementCount = statementCount
        self.articleCount = articleCount
    }
}
