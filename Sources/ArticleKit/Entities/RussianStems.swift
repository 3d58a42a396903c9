/// Lowercase Russian noun stems, bucketed by first letter: "клуб" matches "клубом", "клубы"
/// (the stem, then up to three case-ending letters), not "клубника". Asked at many capitalised
/// Cyrillic words, so a word is compared only with the stems of its first letter.
struct RussianStems: Sendable {
    private let buckets: [[[UInt32]]]   // by first letter, а (0x430) to я (0x44F)
    /// Letters a Russian noun ending is made of (-а, -ом, -ами, -ях…).
    static let endingLetters: Set<UInt32> = Set("аяоеёиыуюйьмхв".unicodeScalars.map(\.value))

    init(_ stems: [String]) {
        var buckets = [[[UInt32]]](repeating: [], count: 32)
        for stem in stems {
            let v = stem.unicodeScalars.map(\.value)
            guard let first = v.first, (0x430...0x44F).contains(first) else { continue }
            buckets[Int(first - 0x430)].append(v)
        }
        self.buckets = buckets
    }

    func matches(_ v: [UInt32], _ span: TextSpan, _ classes: CharClassTable) -> Bool {
        let first = classes.lower(v[span.start])
        guard (0x430...0x44F).contains(first) else { return false }
        for stem in buckets[Int(first - 0x430)] where stem.count <= span.length && span.length <= stem.count + 3 {
            var ok = true
            for (k, c) in stem.enumerated().dropFirst() where classes.lower(v[span.start + k]) != c { ok = false; break }
            guard ok else { continue }
            for k in (span.start + stem.count)..<span.end where !Self.endingLetters.contains(v[k]) { ok = false; break }
            if ok { return true }
        }
        return false
    }
}
