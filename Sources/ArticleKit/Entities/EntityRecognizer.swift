/// Finds named entities: the trained tagger proposes spans, then `EntityRules` applies the
/// gazetteers and news conventions where statistics fail.
public final class EntityRecognizer: Sendable {
    public static let shared = EntityRecognizer(model: TaggerModel.shipped)

    let model: TaggerModel?
    let extractor: FeatureExtractor
    let rules = EntityRules()

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
        let seen = Self.lowercaseSeen(v, tokens)
        if let model {
            var tagger = PerceptronTagger(extractor: extractor)
            tagger.loadTransitions(model)
            var infos: [FeatureExtractor.Info] = []
            var candidates: [Bool] = []
            var sentenceTags: [Int] = []
            for s in analysis.sentences where !s.tokens.isEmpty {
                let lang = analysis.paragraphs.indices.contains(s.paragraph) ? analysis.paragraphs[s.paragraph].language : analysis.language
                extractor.describe(v, tokens, s.tokens, gazetteer: .shared, lowercaseSeen: seen, into: &infos, candidates: &candidates)
                let runs = Self.runs(candidates)
                if runs.isEmpty { continue }
                sentenceTags = [Int](repeating: 0, count: s.tokens.count)
                for run in runs {
                    tagger.decode(model, infos, run, language: FeatureExtractor.languageCode(lang), into: &sentenceTags)
                }
                for k in sentenceTags.indices where sentenceTags[k] != 0 { tags[s.tokens.lowerBound + k] = sentenceTags[k] }
            }
        }
        return rules.apply(v, analysis: analysis, tags: tags, lowercaseSeen: seen)
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

    /// Lowercase hashes of words written in lowercase somewhere in the text: a capitalised
    /// sentence-initial word also seen lowercase is probably not a name.
    static func lowercaseSeen(_ v: [UInt32], _ tokens: [Token]) -> HashTable<Bool> {
        // Only capitalised words are ever looked up: a filter on (first letter, length) of those
        // spares hashing most lowercase words.
        let classes = CharClass.table
        var filter = [Bool](repeating: false, count: 64 * 16)
        @inline(__always) func key(_ t: Token) -> Int {
            Int(classes.lower(v[t.span.start]) & 63) * 16 + min(t.span.length, 15)
        }
        var capitals = 0
        for t in tokens where t.kind == .word && t.span.length >= 3 {
            // Any capital, as the tagger's "capitalised" test counts ("iPhone" too).
            var i = t.span.start
            while i < t.span.end, !classes.isUpper(v[i]) { i += 1 }
            guard i < t.span.end else { continue }
            filter[key(t)] = true
            capitals += 1
        }
        var seen = HashTable<Bool>(capacity: min(capitals, 1 << 16) + 16, empty: false)
        guard capitals > 0 else { return seen }
        for t in tokens where t.kind == .word && t.span.length >= 3 {
            let c = v[t.span.start]
            guard classes.of(c) & CharClass.lower != 0, filter[key(t)] else { continue }
            var h = Gazetteer.seed
            for i in t.span.start..<t.span.end where v[i] != TextNormalizer.absorbed { h = (h ^ UInt64(classes.lower(v[i]))) &* 0x100000001b3 }
            seen.set(h, true)
        }
        return seen
    }
}
