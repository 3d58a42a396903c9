/// A weight table the decoder can read: the quantised shipped model or the float weights of training.
protocol WeightTable {
    func add(row: Int, into scores: UnsafeMutablePointer<Float>)
    /// Adds all `rows` into one score vector (one pointer fetch for the whole set).
    func add(rows: UnsafeBufferPointer<Int>, into scores: UnsafeMutablePointer<Float>)
    /// Row `row` as Floats: tags 0–7 as one vector, then tag 8.
    func vector(row: Int) -> (SIMD8<Float>, Float)
}

extension WeightTable {
    func add(rows: UnsafeBufferPointer<Int>, into scores: UnsafeMutablePointer<Float>) {
        for r in rows { add(row: r, into: scores) }
    }
}

extension TaggerModel: WeightTable {
    @inline(__always) func add(row: Int, into scores: UnsafeMutablePointer<Float>) {
        weights.withUnsafeBufferPointer { w in
            let base = row &* TagSet.count
            for t in 0..<TagSet.count { scores[t] += Float(w[base &+ t]) }
        }
    }

    @inline(__always) func vector(row: Int) -> (SIMD8<Float>, Float) {
        weights.withUnsafeBufferPointer { w in
            let p = w.baseAddress! + row &* TagSet.count
            return (SIMD8<Float>(UnsafeRawPointer(p).loadUnaligned(as: SIMD8<Int16>.self)), Float(p[8]))
        }
    }

    @inline(__always) func add(rows: UnsafeBufferPointer<Int>, into scores: UnsafeMutablePointer<Float>) {
        weights.withUnsafeBufferPointer { w in
            // Integer sums, converted once: the weights are quantised anyway. Tags 0–7 are one
            // 8-lane vector per row (a 16-byte load, widened), tag 8 a scalar.
            var acc = SIMD8<Int32>(repeating: 0)
            var acc8 = Int32(0)
            for r in rows {
                let p = w.baseAddress! + r &* 9
                acc &+= SIMD8<Int32>(truncatingIfNeeded: UnsafeRawPointer(p).loadUnaligned(as: SIMD8<Int16>.self))
                acc8 &+= Int32(p[8])
            }
            let sums = SIMD8<Float>(acc)
            for t in 0..<8 { scores[t] += sums[t] }
            scores[8] += Float(acc8)
        }
    }
}

/// Viterbi decoding of BIO tags with a linear model over hashed features (averaged perceptron).
/// Tokens that are not candidates are O; each run of candidates is decoded on its own.
/// Buffers are reused across runs: no allocation per run once they have grown.
struct PerceptronTagger {
    let extractor: FeatureExtractor
    private var transition = [Float](repeating: 0, count: TagSet.count * TagSet.count)
    private var score: [Float] = []
    private var back: [Int32] = []   // the best previous tag, per token and tag
    private var emission = [Float](repeating: 0, count: TagSet.count)
    var featureBuffer = [Int](repeating: 0, count: FeatureExtractor.staticCount)

    init(extractor: FeatureExtractor) { self.extractor = extractor }

    /// The tag-alone transition weights [previous * T + tag], with −∞ where BIO forbids the pair
    /// (so the Viterbi loop needs no test); call again whenever the weights change.
    mutating func loadTransitions<W: WeightTable>(_ weights: W) {
        let T = TagSet.count
        for i in transition.indices { transition[i] = 0 }
        transition.withUnsafeMutableBufferPointer { tr in
            for p in 0..<T { weights.add(row: extractor.transitionRow(p), into: tr.baseAddress! + p * T) }
        }
        for p in 0..<T { for t in 0..<T where !TagSet.allowed(p, t) { transition[p * T + t] = -Float.infinity } }
    }

    /// Best tags for one run `infos[range]` of candidate tokens, written into `tags[range]`.
    mutating func decode<W: WeightTable>(_ weights: W, _ infos: [FeatureExtractor.Info], _ range: Range<Int>,
                                         language: UInt64, into tags: inout [Int]) {
        let T = TagSet.count
        let n = range.count
        guard n > 0 else { return }
        precondition(range.lowerBound >= 0 && range.upperBound <= infos.count && range.upperBound <= tags.count)
        precondition(featureBuffer.count == FeatureExtractor.staticCount)
        if score.count < n * T {
            score = [Float](repeating: 0, count: n * T * 2)
            back = [Int32](repeating: 0, count: n * T * 2)
        }
        let extractor = extractor
        // All buffers through pointers, fetched once per run: as arrays, they checked their
        // uniqueness at every token.
        infos.withUnsafeBufferPointer { infos in
        score.withUnsafeMutableBufferPointer { score in
        back.withUnsafeMutableBufferPointer { back in
        featureBuffer.withUnsafeMutableBufferPointer { features in
        emission.withUnsafeMutableBufferPointer { emission in
        transition.withUnsafeBufferPointer { transition in
            let sc = score.baseAddress!, bk = back.baseAddress!, em = emission.baseAddress!, tr = transition.baseAddress!
            for k in 0..<n {
                let i = range.lowerBound + k
                for t in 0..<T { em[t] = 0 }
                extractor.features(infos, i, language: language, into: features.baseAddress!)
                weights.add(rows: UnsafeBufferPointer(features), into: em)
                if k == 0 {
                    // The run starts after an O (or the sentence start); forbidden starts are −∞ already.
                    for t in 0..<T { sc[t] = em[t] + tr[t] }
                    continue
                }
                let shape = infos[i].shape
                Self.step(previous: sc + (k - 1) * T, transition: tr, emission: em, scores: sc + k * T, back: bk + k * T) { p in
                    FeatureExtractor.shapeTransitions ? weights.vector(row: extractor.transitionShapeRow(p, shape: shape))
                                                      : (SIMD8<Float>(repeating: 0), 0)
                }
            }
            var best = -Float.infinity, arg = 0
            for t in 0..<T where sc[(n - 1) * T + t] > best { best = sc[(n - 1) * T + t]; arg = t }
            tags.withUnsafeMutableBufferPointer { tags in
                for k in stride(from: n - 1, through: 0, by: -1) {
                    tags[range.lowerBound + k] = arg
                    if k > 0 { arg = Int(bk[k * T + arg]) }
                }
            }
        }
        }
        }
        }
        }
        }
    }

    /// One Viterbi step: for each tag t, the best previous tag p (the first on ties) by
    /// previous[p] + (transition[p * T + t] + shapeRow(p)[t]), and that score plus the emission.
    /// Tags 0–7 are done as one 8-lane vector per previous tag (the same additions and comparisons,
    /// lane by lane, as the scalar code does for tag 8), instead of 81 scalar compare-and-branch steps.
    @inline(__always) private static func step(previous: UnsafePointer<Float>, transition: UnsafePointer<Float>,
                                               emission: UnsafePointer<Float>, scores: UnsafeMutablePointer<Float>,
                                               back: UnsafeMutablePointer<Int32>,
                                               shapeRow: (Int) -> (SIMD8<Float>, Float)) {
        let T = TagSet.count
        var best = SIMD8<Float>(repeating: -.infinity), arg = SIMD8<Int32>(repeating: 0)
        var best8 = -Float.infinity, arg8 = 0
        for p in 0..<T {
            let row = transition + p * T
            let (shape, shape8) = shapeRow(p)
            let pairwise = UnsafeRawPointer(row).loadUnaligned(as: SIMD8<Float>.self) + shape
            let s = SIMD8<Float>(repeating: previous[p]) + pairwise
            let better = s .> best
            best.replace(with: s, where: better)
            arg.replace(with: Int32(p), where: better)
            let s8 = previous[p] + (row[8] + shape8)
            // Selects rather than a branch: which previous tag wins is data, and mispredicted.
            let better8 = s8 > best8
            arg8 = better8 ? p : arg8
            best8 = better8 ? s8 : best8
        }
        let total = best + UnsafeRawPointer(emission).loadUnaligned(as: SIMD8<Float>.self)
        // Whole vectors stored, not lane by lane.
        UnsafeMutableRawPointer(scores).storeBytes(of: total, as: SIMD8<Float>.self)
        UnsafeMutableRawPointer(back).storeBytes(of: arg, as: SIMD8<Int32>.self)
        scores[8] = best8 + emission[8]
        back[8] = Int32(arg8)
    }
}
