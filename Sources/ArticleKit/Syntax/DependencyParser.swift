/// Greedy arc-hybrid dependency parsing with two averaged-perceptron tables: one scores the
/// three transitions from Zhang & Nivre-style templates (words and tags of the top three stack
/// items and the next three buffer tokens, pairs and triples of them, distances, the leftmost
/// and rightmost children of the top two items and of the buffer front with their labels, and
/// valencies); the
/// other picks the relation of a new arc from the head, the dependent and its direction.
/// Factoring the label out keeps the transition table at three classes, which is what keeps the
/// model small: a joint table would need 2 × relations + 1 weights per row.
struct DependencyParser {
    static let actionFeatureCount = 47
    static let labelFeatureCount = 24
    let actionMask: Int
    let labelMask: Int

    init(actionMask: Int, labelMask: Int) { self.actionMask = actionMask; self.labelMask = labelMask }

    /// What the features read of each token: its hashes and its (predicted) tag.
    struct Token {
        var word: WordHashes
        var tag: Int
    }

    private func row(_ template: UInt64, _ value: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: WordHashes.combine(template, value)) & mask
    }

    /// Rows of the transition table for the state.
    func actionFeatures(_ s: ArcHybridState, _ tokens: [Token], into f: inout [Int]) {
        func w(_ i: Int) -> UInt64 { i < 0 ? 1 : tokens[i].word.lower }
        func t(_ i: Int) -> UInt64 { i < 0 ? 0 : UInt64(tokens[i].tag + 1) }
        func sfx(_ i: Int) -> UInt64 { i < 0 ? 1 : tokens[i].word.suffix3 }
        func lab(_ i: Int) -> UInt64 { i < 0 ? 0 : UInt64(s.labels[i] + 1) }
        func at(_ a: [Int], _ i: Int) -> Int { i < 0 ? -1 : a[i] }
        let s0 = s.stackItem(0), s1 = s.stackItem(1), s2 = s.stackItem(2)
        let b0 = s.bufferItem(0), b1 = s.bufferItem(1), b2 = s.bufferItem(2)
        let s0t = t(s0), s1t = t(s1), s2t = t(s2), b0t = t(b0), b1t = t(b1), b2t = t(b2)
        let s0w = w(s0), s1w = w(s1), b0w = w(b0)
        let s0l = at(s.leftmost, s0), s0r = at(s.rightmost, s0), s1l = at(s.leftmost, s1), s1r = at(s.rightmost, s1)
        let s0l2 = at(s.leftmost2, s0), s1r2 = at(s.rightmost2, s1)
        let dist = UInt64(s0 >= 0 && s1 >= 0 ? min(s0 - s1, 6) : 0)
        let distB = UInt64(s0 >= 0 && b0 >= 0 ? min(b0 - s0, 6) : 0)
        let m = actionMask
        func c(_ a: UInt64, _ b: UInt64) -> UInt64 { WordHashes.combine(a, b) }
        f[0] = row(0, 0, m)
        f[1] = row(1, s0w, m)
        f[2] = row(2, s0t, m)
        f[3] = row(3, c(s0w, s0t), m)
        f[4] = row(4, s1w, m)
        f[5] = row(5, s1t, m)
        f[6] = row(6, c(s1w, s1t), m)
        f[7] = row(7, b0w, m)
        f[8] = row(8, b0t, m)
        f[9] = row(9, c(b0w, b0t), m)
        f[10] = row(10, w(b1), m)
        f[11] = row(11, b1t, m)
        f[12] = row(12, b2t, m)
        f[13] = row(13, s2t, m)
        f[14] = row(14, c(s0w, s1w), m)
        f[15] = row(15, s0t << 8 | s1t, m)
        f[16] = row(16, c(c(s0w, s0t), s1t), m)
        f[17] = row(17, c(c(s1w, s1t), s0t), m)
        f[18] = row(18, c(c(s0w, s0t), c(s1w, s1t)), m)
        f[19] = row(19, s0t << 8 | b0t, m)
        f[20] = row(20, c(s0w, b0t), m)
        f[21] = row(21, s1t << 16 | s0t << 8 | b0t, m)
        f[22] = row(22, s2t << 16 | s1t << 8 | s0t, m)
        f[23] = row(23, s0t << 16 | b0t << 8 | b1t, m)
        f[24] = row(24, b0t << 16 | b1t << 8 | b2t, m)
        f[25] = row(25, dist << 16 | s1t << 8 | s0t, m)
        f[26] = row(26, distB << 16 | s0t << 8 | b0t, m)
        f[27] = row(27, s1t << 16 | s0t << 8 | t(s0l), m)
        f[28] = row(28, s1t << 16 | s0t << 8 | t(s0r), m)
        f[29] = row(29, s1t << 16 | s0t << 8 | t(s1l), m)
        f[30] = row(30, s1t << 16 | s0t << 8 | t(s1r), m)
        f[31] = row(31, s0t << 16 | lab(s0l) << 8 | lab(s0l2), m)
        f[32] = row(32, s1t << 16 | lab(s1r) << 8 | lab(s1r2), m)
        f[33] = row(33, s0t << 16 | lab(s0r) << 8 | lab(s1l), m)
        f[34] = row(34, c(s0w, UInt64(s0 < 0 ? 0 : min(s.leftCount[s0], 3) << 2 | min(s.rightCount[s0], 3))), m)
        f[35] = row(35, s1t << 8 | UInt64(s1 < 0 ? 0 : min(s.leftCount[s1], 3) << 2 | min(s.rightCount[s1], 3)), m)
        f[36] = row(36, c(sfx(s0), s1t), m)
        f[37] = row(37, c(sfx(s1), s0t), m)
        f[38] = row(38, c(s1w, b0t << 8 | s0t), m)
        f[39] = row(39, UInt64(min(s.stackCount, 4)) << 8 | UInt64(b0 < 0 ? 1 : 0), m)
        // The buffer front can hold left children already (LEFT attaches the stack top to it).
        let b0l = at(s.leftmost, b0)
        f[40] = row(40, s0t << 16 | b0t << 8 | t(b0l), m)
        f[41] = row(41, b0t << 16 | lab(b0l) << 8 | lab(at(s.leftmost2, b0)), m)
        f[42] = row(42, c(b0w, s0t << 8 | UInt64(b0 < 0 ? 0 : min(s.leftCount[b0], 3))), m)
        // The pair LEFT joins (stack top, buffer front), as the arc-standard pairs above join s1, s0.
        f[43] = row(43, c(s0w, b0w), m)
        f[44] = row(44, c(c(s0w, s0t), c(b0w, b0t)), m)
        f[45] = row(45, c(b0w, s0t), m)
        f[46] = row(46, c(c(s0w, s0t), b0t), m)
    }

    /// Rows of the relation table for a new arc `head` → `dependent`, before it is attached.
    func labelFeatures(_ s: ArcHybridState, head h: Int, dependent d: Int, _ tokens: [Token], into f: inout [Int]) {
        func t(_ i: Int) -> UInt64 { i < 0 ? 0 : UInt64(tokens[i].tag + 1) }
        func lab(_ i: Int) -> UInt64 { i < 0 ? 0 : UInt64(s.labels[i] + 1) }
        func c(_ a: UInt64, _ b: UInt64) -> UInt64 { WordHashes.combine(a, b) }
        let dir: UInt64 = d < h ? 1 : 2
        let dist = UInt64(min(abs(h - d), 6))
        let hw = tokens[h].word.lower, dw = tokens[d].word.lower, ht = t(h), dt = t(d)
        let b0 = s.bufferItem(0)
        let m = labelMask
        // The direction is part of every template: a left nsubj and a right obj share no weights.
        func r(_ template: UInt64, _ value: UInt64) -> Int { row(template << 2 | dir, value, m) }
        f[0] = r(0, 0)
        f[1] = r(1, hw)
        f[2] = r(2, ht)
        f[3] = r(3, dw)
        f[4] = r(4, dt)
        f[5] = r(5, c(dw, dt))
        f[6] = r(6, ht << 8 | dt)
        f[7] = r(7, c(hw, dt))
        f[8] = r(8, c(dw, ht))
        f[9] = r(9, c(hw, dw))
        f[10] = r(10, dist << 16 | ht << 8 | dt)
        f[11] = r(11, tokens[d].word.suffix3)
        f[12] = r(12, c(tokens[d].word.suffix3, ht))
        f[13] = r(13, dt << 16 | lab(s.leftmost[d]) << 8 | lab(s.rightmost[d]))
        f[14] = r(14, ht << 16 | lab(s.leftmost[h]) << 8 | lab(s.rightmost[h]))
        f[15] = r(15, ht << 16 | dt << 8 | t(b0))
        f[16] = r(16, ht << 16 | dt << 8 | t(d < h ? d - 1 : d + 1 < s.count ? d + 1 : -1))
        f[17] = r(17, c(tokens[d].word.shape, dt))
        f[18] = r(18, dt << 8 | UInt64(min(s.leftCount[d], 3) << 2 | min(s.rightCount[d], 3)))
        f[19] = r(19, c(hw, ht << 8 | dt))
        // The dependent's outer children: a case marker or auxiliary names the relation ("by" → obl:agent).
        func w(_ i: Int) -> UInt64 { i < 0 ? 1 : tokens[i].word.lower }
        f[20] = r(20, c(w(s.leftmost[d]), dt))
        f[21] = r(21, c(w(s.leftmost[d]), ht << 8 | dt))
        f[22] = r(22, c(w(s.rightmost[d]), dt))
        f[23] = r(23, c(w(s.leftmost2[d]), dt))
    }

    /// Parses one sentence: 0-based heads (−1 for the root) and label indices; `rootLabel` is given
    /// to the root, and never chosen for an arc.
    func parse<A: ScoreTable, L: ScoreTable>(_ tokens: [Token], actions: A, labels: L, rootLabel: Int)
        -> (heads: [Int], labels: [Int]) {
        var s = ArcHybridState(count: tokens.count)
        guard !tokens.isEmpty else { return ([], []) }
        let lc = labels.classes
        var f = [Int](repeating: 0, count: Self.actionFeatureCount)
        var g = [Int](repeating: 0, count: Self.labelFeatureCount)
        var scores = [Float](repeating: 0, count: max(lc, 3))
        while !s.isFinal {
            actionFeatures(s, tokens, into: &f)
            actions.score(rows: f, into: &scores)
            var best: ArcHybridState.Action? = nil, bestScore = -Float.infinity
            for raw in 0..<3 {
                let a = ArcHybridState.Action(rawValue: raw)!
                if s.isLegal(a), scores[raw] > bestScore { best = a; bestScore = scores[raw] }
            }
            guard let action = best else { break }
            var label = 0
            if action != .shift {
                let (h, d) = s.arc(action)
                labelFeatures(s, head: h, dependent: d, tokens, into: &g)
                labels.score(rows: g, into: &scores)
                var bestLabel = -Float.infinity
                for k in 0..<lc where k != rootLabel && scores[k] > bestLabel { bestLabel = scores[k]; label = k }
            }
            s.apply(action, label: label)
        }
        let root = s.stackItem(0)
        if root >= 0 { s.labels[root] = rootLabel }
        return (s.heads, s.labels)
    }
}
