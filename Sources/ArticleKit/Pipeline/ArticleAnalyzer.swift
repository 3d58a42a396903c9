/// The whole analysis: text in, `Analysis` out. Pure and deterministic.
///
/// The passes, in order (ARCHITECTURE.md lists what each reads and writes):
/// 1. normalise — `TextNormalizer` (through `ScalarText.normalized`)
/// 2–6. paragraphs, language, tokens, sentences, foreign fragments — `TextAnalyzer`
///    (`ParagraphSplitter`, `LanguageIdentifier`, `Tokenizer`, `SentenceSplitter`, `ForeignFragmentFinder`)
/// 7. entities — `EntityRecognizer` (`FeatureExtractor`, `PerceptronTagger`, `EntityRules`)
/// 8–12. statement document, actors, quotes and cues, speakers, assembly — `StatementAnalyzer`
///    (`StatementDocument`, `ActorGrouper`, `QuoteFinder`, `SpeakerResolver`, `QuoteAssembler`)
public struct ArticleAnalyzer: Sendable {
    /// Raised whenever a change to the passes or their resources changes what an analysis says,
    /// so stores of analyses (the archive) know to replace what an older version found.
    public static let modelVersion = 1

    public init() {}

    public func analyze(_ article: Article) -> Analysis {
        var analysis = textAndEntities(article)
        StatementAnalyzer().analyze(&analysis)
        return analysis
    }

    /// The analysis as the record `parse --format jsonl` writes. The earlier passes read the text
    /// without its scalars, which only the statement passes read; what only the earlier passes
    /// read (the token stream, the sentences, the normalised copy of the text) is released before
    /// the scalars are decoded (in 16 bits each when they fit, `ScalarColumn`), and the analysis
    /// as soon as the record holds what it needs: a long article is never in memory in all its
    /// forms at once.
    public func record(for article: Article) -> GoldRecord {
        var analysis = textAndEntities(article, keepingScalars: false)
        analysis.tokens = []
        analysis.sentences = []
        analysis.text = analysis.text.releasingNormalized()
        // Decoded once the normalised copy is gone, so the two are never held together.
        analysis.text = analysis.text.withColumn()
        StatementAnalyzer().analyze(&analysis)
        return GoldRecord(article: article, analysis: analysis)
    }

    /// Passes 1–7.
    private func textAndEntities(_ article: Article, keepingScalars: Bool = true) -> Analysis {
        let text = ScalarText(article.text, keepingScalars: keepingScalars)
        // Normalised once, for both the text layer and the entities.
        let normalized = text.normalized
        var analysis = TextAnalyzer().analyze(text, normalized: normalized, languageHint: article.language)
        analysis.entities = EntityRecognizer.shared.recognize(in: analysis, normalized: normalized)
        return analysis
    }
}
