import ArticleKit

/// An article open in the reader, with its analysis and search index once they have arrived.
public struct Document: Sendable {
    public var article: Article
    public var analysis: Analysis?
    /// Built in the background (`.searchIndexReady`); searches read the whole text until then.
    public var searchIndex: SearchIndex?

    public init(article: Article, analysis: Analysis? = nil) {
        self.article = article
        self.analysis = analysis
    }
}
