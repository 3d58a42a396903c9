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
        // One byte per token (TagSet has nine tags): a long article has millions of tokens.
        var tags = [UInt8](repeating: 0, count: tokens.count)
        let wordCase = WordCase(v, tokens)
        if let model {
            var tagger = PerceptronTagger(extractor: extractor)
            tagger.loadTransitions(model)
            let languages = analysis.paragraphs.map { FeatureExtractor.languageCode($0.language) }
            let textLanguage = FeatureExtractor.languageCode(analysis.language)
            // Buffers reused by every sentence.
            var infos: [FeatureExtractor.Info] = []
            var candidates: [Bool] = []
            var runs: [Range<Int>] = []
            var sentenceTags: [Int] = []
            for s in analysis.sentences where !s.tokens.isEmpty {
                let language = languages.indices.contains(s.paragraph) ? languages[s.paragraph] : textLanguage
                extractor.describe(v, tokens, s.tokens, gazetteer: gazetteer, wordCase: wordCase,
                                   clusters: WordClusters.shipped(languageCode: language), into: &infos,
                                   candidates: &candidates, runs: &runs)
                if runs.isEmpty { continue }
                if sentenceTags.count < s.tokens.count { sentenceTags = [Int](repeating: 0, count: 2 * s.tokens.count) }
                // Tokens outside the runs are O already; decoding writes every tag of its run.
                for run in runs {
                    tagger.decode(model, infos, run, language: language, into: &sentenceTags)
                    for k in run where sentenceTags[k] != 0 { tags[s.tokens.lowerBound + k] = UInt8(sentenceTags[k]) }
                }
            }
        }
        return rules.apply(v, analysis: analysis, tags: tags, wordCase: wordCase)
    }

    /// Maximal runs of `true`.
    static func runs(_ candidates: [Bool]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        runs(candidates, into: &result)
        return result
    }

    /// The same, into a reused array.
    static func runs(_ candidates: [Bool], into result: inout [Range<Int>]) {
        result.removeAll(keepingCapacity: true)
        var start: Int? = nil
        for (k, c) in candidates.enumerated() {
            if c { if start == nil { start = k } } else if let s = start { result.append(s..<k); start = nil }
        }
        if let s = start { result.append(s..<candidates.count) }
    }
}
