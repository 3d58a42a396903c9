/// The sorted token indices of a text's capitalised words. Most rules only look at positions at
/// or shortly before a capital; walking this list skips the rest of the text without touching it.
struct CapitalIndex {
    let positions: [Int]

    /// Index into `positions` of the first capital at or after token `i`.
    func first(atOrAfter i: Int) -> Int {
        var lo = 0, hi = positions.count
        while lo < hi {
            let m = (lo + hi) / 2
            if positions[m] < i { lo = m + 1 } else { hi = m }
        }
        return lo
    }

    /// The same, walking forward from `hint` (an index into `positions` from an earlier, smaller
    /// token): sentence after sentence, no binary search. A hint past `i` falls back to the search.
    @inline(__always) func first(atOrAfter i: Int, from hint: Int) -> Int {
        var p = min(hint, positions.count)
        if p > 0, positions[p - 1] >= i { return first(atOrAfter: i) }
        while p < positions.count, positions[p] < i { p += 1 }
        return p
    }

    /// The first token j ≥ i whose next capital (at or after j) is at most `reach` tokens away,
    /// or nil; `cursor` (from `first(atOrAfter:)` of an index ≤ i) moves forward only.
    @inline(__always) func next(from i: Int, reach: Int, cursor: inout Int) -> Int? {
        while cursor < positions.count, positions[cursor] < i { cursor += 1 }
        guard cursor < positions.count else { return nil }
        return max(i, positions[cursor] - reach)
    }

    /// Each capital of each sentence, in text order, with its sentence, past the sentence's first
    /// `skip` tokens: one forward walk over the list, the cursor carried from sentence to sentence.
    @inline(__always) func forEach(in sentences: [Sentence], skippingFirst skip: Int = 0, _ body: (_ position: Int, _ sentence: Sentence) -> Void) {
        var hint = 0
        for s in sentences {
            var p = first(atOrAfter: s.tokens.lowerBound + skip, from: hint)
            while p < positions.count, positions[p] < s.tokens.upperBound {
                body(positions[p], s)
                p += 1
            }
            hint = p
        }
    }
}
