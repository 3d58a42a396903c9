/// The whole model pipeline: text in, `Analysis` out. Pure and deterministic.
public struct ArticleAnalyzer: Sendable {
    public init() {}

    public func analyze(_ article: Article) -> Analysis {
        // The text is normalised once for both layers, as it is decoded.
        let text = ScalarText(article.text)
        let normalized = text.normalized
        var analysis = TextAnalyzer().analyze(text, normalized: normalized, languageHint: article.language)
        analysis.entities = EntityRecognizer.shared.recognize(in: analysis, normalized: normalized)
        StatementAnalyzer().analyze(&analysis)
        return analysis
    }
}
