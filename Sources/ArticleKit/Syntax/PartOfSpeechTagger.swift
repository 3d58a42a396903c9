/// Greedy left-to-right UPOS tagging with an averaged perceptron over hashed features: the word,
/// its affixes and shape, two words either side, and the two tags already chosen. Greedy rather
/// than Viterbi: within a fraction of a point for POS, and several times cheaper.
struct PartOfSpeechTagger {
    static let featureCount = 22
    let rowMask: Int

    init(rowMask: Int) { self.rowMask = rowMask }

    private func row(_ template: UInt64, _ value: UInt64) -> Int {
        Int(truncatingIfNeeded: WordHashes.combine(template, value)) & rowMask
    }

    /// The feature rows of token `i` after the tags `p1` (previous) and `p2` (the one before).
    func features(_ words: [WordHashes], _ i: Int, _ p1: Int, _ p2: Int, into f: inout [Int]) {
        let n = words.count
        func at(_ k: Int) -> WordHashes { k < 0 ? .start : k >= n ? .end : words[k] }
        let w = words[i], l1 = at(i - 1), l2 = at(i - 2), r1 = at(i + 1), r2 = at(i + 2)
        let t1 = UInt64(p1 + 1), t2 = UInt64(p2 + 1)
        f[0] = row(0, 0)
        f[1] = row(1, w.lower)
        f[2] = row(2, w.prefix3)
        f[3] = row(3, w.suffix1)
        f[4] = row(4, w.suffix2)
        f[5] = row(5, w.suffix3)
        f[6] = row(6, w.suffix4)
        f[7] = row(7, w.shape)
        f[8] = row(8, l1.lower)
        f[9] = row(9, r1.lower)
        f[10] = row(10, l2.lower)
        f[11] = row(11, r2.lower)
        f[12] = row(12, l1.suffix3)
        f[13] = row(13, r1.suffix3)
        f[14] = row(14, t1)
        f[15] = row(15, t1 << 8 | t2)
        f[16] = row(16, WordHashes.combine(t1, w.lower))
        f[17] = row(17, WordHashes.combine(w.shape, r1.shape))
        f[18] = row(18, WordHashes.combine(w.lower, r1.lower))
        f[19] = row(19, WordHashes.combine(l1.lower, w.lower))
        f[20] = row(20, w.caseClass << 1 | (i == 0 ? 1 : 0))
        f[21] = row(21, WordHashes.combine(t1, w.suffix3))
    }

    /// Tags of the words (indices into the model's tag list), each chosen after the previous.
    func tag<T: ScoreTable>(_ words: [WordHashes], table: T, into tags: inout [Int]) {
        tags.removeAll(keepingCapacity: true)
        let c = table.classes
        var f = [Int](repeating: 0, count: Self.featureCount)
        var scores = [Float](repeating: 0, count: c)
        var p1 = -1, p2 = -1
        for i in 0..<words.count {
            features(words, i, p1, p2, into: &f)
            table.score(rows: f, into: &scores)
            var best = 0
            for k in 1..<c where scores[k] > scores[best] { best = k }
            tags.append(best)
            p2 = p1; p1 = best
        }
    }
}
