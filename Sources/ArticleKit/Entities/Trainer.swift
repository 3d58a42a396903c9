import Foundation

/// One annotated text for training: the corpora's JSONL record shape.
public struct TrainingRecord: Codable, Sendable {
    public struct Span: Codable, Sendable {
        public var start: Int
        public var end: Int
        public var type: String
        public init(start: Int, end: Int, type: String) { self.start = start; self.end = end; self.type = type }
    }
    public var id: String
    public var lang: String?
    public var text: String
    public var entities: [Span]
    public init(id: String, lang: String?, text: String, entities: [Span]) {
        self.id = id; self.lang = lang; self.text = text; self.entities = entities
    }
}

/// Float weights with the running sums that averaging needs.
final class TrainingWeights: WeightTable {
    var w: [Float]
    var u: [Float]
    init(count: Int) { w = [Float](repeating: 0, count: count); u = w }
    @inline(__always) func add(row: Int, into scores: UnsafeMutablePointer<Float>) {
        let base = row * TagSet.count
        for t in 0..<TagSet.count { scores[t] += w[base + t] }
    }
    @inline(__always) func vector(row: Int) -> (SIMD8<Float>, Float) {
        w.withUnsafeBufferPointer { w in
            let p = w.baseAddress! + row * TagSet.count
            return (UnsafeRawPointer(p).loadUnaligned(as: SIMD8<Float>.self), p[8])
        }
    }
    @inline(__always) func update(row: Int, tag: Int, by d: Float, step: Float) {
        w[row * TagSet.count + tag] += d
        u[row * TagSet.count + tag] += step * d
    }
}

/// Trains the tagger: a structured averaged perceptron over BIO tags with Viterbi decoding,
/// deterministic (fixed seed, fixed order of records, single thread).
public struct Trainer {
    public struct Options: Sendable {
        public var rowBits = 16
        public var epochs = 6
        public var seed: UInt64 = 1
        /// Drop leading titles, determiners and other lowercase words from gold spans (for corpora
        /// whose guideline puts "madame de Rênal" / "le cardinal" inside the mention).
        public var trimLeadingLowercase = false
        public init() {}
    }

    struct Sentence {
        var infos: [FeatureExtractor.Info]
        var runs: [Range<Int>]
        var gold: [Int]
        var language: UInt64
    }

    public var options: Options
    let extractor: FeatureExtractor
    var sentences: [Sentence] = []
    public private(set) var tokenCount = 0
    public private(set) var entityCount = 0
    public private(set) var misaligned = 0

    public init(options: Options = Options()) {
        self.options = options
        extractor = FeatureExtractor(rowBits: options.rowBits)
    }

    public var sentenceCount: Int { sentences.count }

    /// Adds a record: tokenises it as articles are, maps its entity spans to BIO tags of tokens.
    public mutating func add(_ record: TrainingRecord, trimLeadingLowercase: Bool? = nil) {
        let trim = trimLeadingLowercase ?? options.trimLeadingLowercase
        let text = ScalarText(record.text)
        let v = text.normalized
        let analysis = TextAnalyzer().analyze(text, normalized: v, languageHint: record.lang)
        let tokens = analysis.tokens
        var tags = [Int](repeating: 0, count: tokens.count)
        let starts = tokens.map(\.span.start)
        for e in record.entities {
            guard let type = EntityType(rawValue: e.type) else { continue }
            let typeIndex = TagSet.typeIndex(of: type)
            // Tokens overlapping the entity.
            var lo = lowerBound(starts, e.start)
            if lo > 0, tokens[lo - 1].span.end > e.start { lo -= 1 }
            var hi = lo
            while hi < tokens.count, tokens[hi].span.start < e.end { hi += 1 }
            guard hi > lo else { continue }
            if tokens[lo].span.start != e.start || tokens[hi - 1].span.end != e.end { misaligned += 1 }
            if trim {
                while lo < hi, Self.isTrimmable(v, tokens[lo]) { lo += 1 }
                guard lo < hi else { continue }
            }
            entityCount += 1
            tags[lo] = TagSet.begin(typeIndex)
            for k in (lo + 1)..<hi { tags[k] = TagSet.inside(typeIndex) }
        }
        let wordCase = WordCase(v, tokens)
        let language = FeatureExtractor.languageCode(analysis.language)
        for s in analysis.sentences {
            var infos: [FeatureExtractor.Info] = []
            var candidates: [Bool] = []
            var runs: [Range<Int>] = []
            extractor.describe(v, tokens, s.tokens, gazetteer: .shared, wordCase: wordCase,
                               clusters: WordClusters.shipped(languageCode: language), into: &infos,
                               candidates: &candidates, runs: &runs)
            guard !runs.isEmpty else { continue }
            var gold = Array(tags[s.tokens])
            for run in runs where TagSet.isInside(gold[run.lowerBound]) {
                gold[run.lowerBound] = TagSet.begin(TagSet.typeIndex(gold[run.lowerBound]))
            }
            for k in gold.indices where !candidates[k] { gold[k] = 0 }
            sentences.append(Sentence(infos: infos, runs: runs, gold: gold, language: language))
            tokenCount += s.tokens.count
        }
    }

    /// A leading word that is lowercase (determiner, "cardinal") or a title ("M.", "Mme").
    static func isTrimmable(_ v: [UInt32], _ token: Token) -> Bool {
        let c = v[token.span.start]
        if token.kind != .word { return true }
        if CharClass.of(c) & CharClass.lower != 0 { return true }
        var h = Gazetteer.seed
        h = Gazetteer.extend(h, v, token.span)
        return Gazetteer.shared.classes(ofSequenceHash: h).contains(.title)
    }

    private func lowerBound(_ a: [Int], _ x: Int) -> Int {
        var lo = 0, hi = a.count
        while lo < hi { let m = (lo + hi) / 2; if a[m] < x { lo = m + 1 } else { hi = m } }
        return lo
    }

    /// Runs the epochs; `progress` gets (epoch, errors) after each.
    public func train(progress: (Int, Int) -> Void = { _, _ in }) -> TaggerModel {
        TaggerModel(rowBits: options.rowBits, floatWeights: averagedWeights(seed: options.seed, progress: progress))
    }

    /// Trains one model per seed (each a different shuffle of the same data) and averages their
    /// weights: the mixture is steadier than any single run and costs nothing at tagging time.
    public func trainMixture(seeds: [UInt64], progress: (Int, Int) -> Void = { _, _ in }) -> TaggerModel {
        var sum = [Float](repeating: 0, count: (1 << options.rowBits) * TagSet.count)
        for seed in seeds {
            let w = averagedWeights(seed: seed, progress: progress)
            for i in sum.indices { sum[i] += w[i] }
        }
        let k = Float(max(seeds.count, 1))
        for i in sum.indices { sum[i] /= k }
        return TaggerModel(rowBits: options.rowBits, floatWeights: sum)
    }

    func averagedWeights(seed: UInt64, progress: (Int, Int) -> Void) -> [Float] {
        let T = TagSet.count
        let weights = TrainingWeights(count: (1 << options.rowBits) * T)
        var tagger = PerceptronTagger(extractor: extractor)
        var order = Array(sentences.indices)
        // Each seed its own xorshift state (nonzero): `seed | 1` gave seeds 2 and 3 the same shuffle.
        var rng = (seed &+ 1) &* 0x9E37_79B9_7F4A_7C15 | 1
        var step: Float = 1
        var features = [Int](repeating: 0, count: FeatureExtractor.staticCount)
        var predicted: [Int] = []
        for epoch in 0..<options.epochs {
            // Deterministic Fisher–Yates shuffle (xorshift64).
            for i in stride(from: order.count - 1, to: 0, by: -1) {
                rng ^= rng << 13; rng ^= rng >> 7; rng ^= rng << 17
                order.swapAt(i, Int(rng % UInt64(i + 1)))
            }
            var errors = 0
            for index in order {
                let s = sentences[index]
                predicted = [Int](repeating: 0, count: s.gold.count)
                for run in s.runs {
                    tagger.loadTransitions(weights)
                    tagger.decode(weights, s.infos, run, language: s.language, into: &predicted)
                    if predicted[run] == s.gold[run] { continue }
                    errors += 1
                    for k in run {
                        let g = s.gold[k], p = predicted[k]
                        let gp = k == run.lowerBound ? 0 : s.gold[k - 1]
                        let pp = k == run.lowerBound ? 0 : predicted[k - 1]
                        if g != p {
                            extractor.features(s.infos, k, language: s.language, into: &features)
                            for r in features {
                                weights.update(row: r, tag: g, by: 1, step: step)
                                weights.update(row: r, tag: p, by: -1, step: step)
                            }
                        }
                        if g != p || gp != pp {
                            weights.update(row: extractor.transitionRow(gp), tag: g, by: 1, step: step)
                            weights.update(row: extractor.transitionRow(pp), tag: p, by: -1, step: step)
                            if k > run.lowerBound, FeatureExtractor.shapeTransitions {
                                weights.update(row: extractor.transitionShapeRow(gp, s.infos[k]), tag: g, by: 1, step: step)
                                weights.update(row: extractor.transitionShapeRow(pp, s.infos[k]), tag: p, by: -1, step: step)
                            }
                        }
                    }
                }
                step += 1
            }
            progress(epoch + 1, errors)
        }
        var averaged = weights.w
        for i in averaged.indices { averaged[i] -= weights.u[i] / step }
        return averaged
    }
}
