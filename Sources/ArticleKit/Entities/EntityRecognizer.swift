/// Finds named entities: the trained tagger proposes spans, then `EntityRules` applies the
/// gazetteers and news conventions where statistics fail.
public final class EntityRecognizer: Sendable {
    public static let shared = EntityRecognizer(model: TaggerModel.shipped)

    let model: TaggerModel?
    let extractor: FeatureExtractor
    let rules = EntityRules()
    let gazetteer = Gazetteer.shared

    public init(model: TaggerModel?) {
        self.model = model
        extractor = FeatureExtractor(rowBits: model?.rowBits ?? 4)
    }

    public func recognize(in analysis: Analysis) -> [Entity] {
        recognize(in: analysis, normalized: analysis.text.normalized)
    }

    func recognize(in analysis: Analysis, normalized v: [UInt32]) -> [Entity] {
        let tokens = analysis.tokens
        var tags = [Int](repeating: 0, count: tokens.count)
        let wordCase = WordCase(v, tokens)
        if let model {
            var tagger = PerceptronTagger(extractor: extractor)
            tagger.loadTransitions(model)
            var infos: [FeatureExtractor.Info] = []
            var candidates: [Bool] = []
            var sentenceTags: [Int] = []
            for s in analysis.sentences where !s.tokens.isEmpty {
                let lang = analysis.paragraphs.indices.contains(s.paragraph) ? analysis.paragraphs[s.paragraph].language : analysis.language
                extractor.describe(v, tokens, s.tokens, gazetteer: gazetteer, wordCase: wordCase, into: &infos, candidates: &candidates)
                let runs = Self.runs(candidates)
                if runs.isEmpty { continue }
                sentenceTags = [Int](repeating: 0, count: s.tokens.count)
                for run in runs {
                    tagger.decode(model, infos, run, language: FeatureExtractor.languageCode(lang), into: &sentenceTags)
                }
                for k in sentenceTags.indices where sentenceTags[k] != 0 { tags[s.tokens.lowerBound + k] = sentenceTags[k] }
            }
        }
        return rules.apply(v, analysis: analysis, tags: tags, lowercaseSeen: wordCase.lowercaseSeen)
    }

    /// Maximal runs of `true`.
    static func runs(_ candidates: [Bool]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start: Int? = nil
        for (k, c) in candidates.enumerated() {
            if c { if start == nil { start = k } } else if let s = start { result.append(s..<k); start = nil }
        }
        if let s = start { result.append(s..<candidates.count) }
        return result
    }
}
