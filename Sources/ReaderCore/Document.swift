import ArticleKit

/// An article open in the reader, with its analysis once that has arrived.
public struct Document: Sendable {
    public var article: Article
    public var analysis: Analysis?

    public init(article: Article, analysis: Analysis? = nil) {
        self.article = article
        self.analysis = analysis
    }
}
