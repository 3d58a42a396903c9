/// An actor of the archive as its view lists it.
public struct ArchiveActorRow: Hashable, Sendable {
    public var id: Int64
    public var name: String
    public var type: String
    public var statements: Int
    public var articles: Int

    public init(id: Int64, name: String, type: String, statements: Int, articles: Int) {
        self.id = id
        self.name = name
        self.type = type
        self.statements = statements
        self.articles = articles
    }
}
