/// The whole model pipeline: text in, `Analysis` out. Pure and deterministic.
public struct ArticleAnalyzer: Sendable {
    public init() {}

    public func analyze(_ article: Article) -> Analysis {
        var analysis = TextAnalyzer().analyze(ScalarText(article.text), languageHint: article.language)
        analysis.entities = EntityRecognizer.shared.recognize(in: analysis)
        StatementAnalyzer().analyze(&analysis)
        return analysis
    }
}
