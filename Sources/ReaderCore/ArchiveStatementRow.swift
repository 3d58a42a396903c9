/// One statement of an archive actor as its view lists it, with what finds it in an open article.
public struct ArchiveStatementRow: Hashable, Sendable {
    /// The article's content hash (`ContentHash`).
    public var article: String
    public var title: String
    public var published: String?
    public var text: String
    /// Scalar offset of the statement in its article.
    public var start: Int

    public init(article: String, title: String, published: String?, text: String, start: Int) {
        self.article = article
        self.title = title
        self.published = published
        self.text = text
        self.start = start
    }
}
