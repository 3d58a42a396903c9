/// A weight table the decoder can read: the quantised shipped model or the float weights of training.
protocol WeightTable {
    func add(row: Int, into scores: UnsafeMutablePointer<Float>)
}

extension TaggerModel: WeightTable {
    @inline(__always) func add(row: Int, into scores: UnsafeMutablePointer<Float>) {
        weights.withUnsafeBufferPointer { w in
            let base = row &* TagSet.count
            for t in 0..<TagSet.count { scores[t] += Float(w[base &+ t]) }
        }
    }
}

/// Viterbi decoding of BIO tags with a linear model over hashed features (averaged perceptron).
/// Tokens that are not candidates are O; each run of candidates is decoded on its own.
struct PerceptronTagger {
    let extractor: FeatureExtractor

    /// Best tags for one run `infos[range]` of candidate tokens.
    func decode<W: WeightTable>(_ weights: W, _ infos: [FeatureExtractor.Info], _ range: Range<Int>, language: UInt64,
                                featureBuffer: inout [Int], into tags: inout [Int]) {
        let T = TagSet.count
        let n = range.count
        guard n > 0 else { return }
        var transition = [Float](repeating: 0, count: T * T) // [previous * T + tag], tag-alone part
        transition.withUnsafeMutableBufferPointer { tr in
            for p in 0..<T { weights.add(row: extractor.transitionRow(p), into: tr.baseAddress! + p * T) }
        }
        var score = [Float](repeating: 0, count: n * T)
        var back = [Int](repeating: 0, count: n * T)
        var emission = [Float](repeating: 0, count: T)
        var pairwise = [Float](repeating: 0, count: T * T)
        for k in 0..<n {
            let i = range.lowerBound + k
            for t in 0..<T { emission[t] = 0 }
            extractor.features(infos, i, language: language, into: &featureBuffer)
            emission.withUnsafeMutableBufferPointer { e in
                for r in featureBuffer { weights.add(row: r, into: e.baseAddress!) }
            }
            if k == 0 {
                // The run starts after an O (or the sentence start).
                for t in 0..<T {
                    score[t] = TagSet.allowed(0, t) ? emission[t] + transition[t] : -Float.infinity
                }
                continue
            }
            for t in 0..<(T * T) { pairwise[t] = transition[t] }
            pairwise.withUnsafeMutableBufferPointer { pw in
                for p in 0..<T { weights.add(row: extractor.transitionShapeRow(p, infos[i]), into: pw.baseAddress! + p * T) }
            }
            let prevBase = (k - 1) * T
            for t in 0..<T {
                var best = -Float.infinity, arg = 0
                for p in 0..<T where TagSet.allowed(p, t) {
                    let s = score[prevBase + p] + pairwise[p * T + t]
                    if s > best { best = s; arg = p }
                }
                score[k * T + t] = best + emission[t]
                back[k * T + t] = arg
            }
        }
        var best = -Float.infinity, arg = 0
        for t in 0..<T where score[(n - 1) * T + t] > best { best = score[(n - 1) * T + t]; arg = t }
        for k in stride(from: n - 1, through: 0, by: -1) {
            tags[range.lowerBound + k] = arg
            if k > 0 { arg = back[k * T + arg] }
        }
    }
}
