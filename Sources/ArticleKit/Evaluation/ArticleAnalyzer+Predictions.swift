/// What `evaluate` scores when no predictions are given: the gold texts analysed afresh.
extension ArticleAnalyzer {
    /// Each gold record's article analysed, its language detected rather than taken from the key.
    public func predictions(for gold: [GoldRecord]) -> [GoldRecord] {
        gold.map { record in
            var article = record.article
            article.language = nil
            return GoldRecord(article: article, analysis: analyze(article))
        }
    }
}
