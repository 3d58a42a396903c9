/// A few lowercase word endings of up to four scalars (the Russian name endings), each packed
/// with its length into one integer: a word is tested against all of them without an array per
/// ending (the grouper tests the names of every Russian article).
struct LowercaseEndings: Sendable {
    /// Each ending: its length in the top bits, its scalars 16 bits each below, the last lowest.
    private let packed: [UInt64]
    private let longest: Int

    init(_ endings: [String]) {
        var packed: [UInt64] = [], longest = 0
        for ending in endings {
            let values = ending.unicodeScalars.map(\.value)
            precondition(!values.isEmpty && values.count <= 4 && values.allSatisfy { $0 < 0x10000 }, "an ending of one to four BMP scalars")
            var value: UInt64 = 0
            for v in values { value = value << 16 | UInt64(v) }
            packed.append(Self.tag(values.count) | value)
            longest = max(longest, values.count)
        }
        self.packed = packed
        self.longest = longest
    }

    @inline(__always) private static func tag(_ length: Int) -> UInt64 { UInt64(length) << 60 }

    /// Whether the lowercased word at `scalars[start..<start+length]` ends with one of the
    /// endings, when every scalar of the word is in the `ActorGrouper.fastLowercased` set (then
    /// the same answer as its lowercased String's `hasSuffix`); else nil.
    func match(_ scalars: some ScalarReader, _ start: Int, _ length: Int) -> Bool? {
        guard start >= 0, length >= 0, start + length <= scalars.count else { return nil }
        for k in start..<(start + length) where ActorGrouper.lowercasedFast(scalars[k].value) == nil { return nil }
        // The word's last 1, 2, … scalars lowercased, packed as the endings are.
        var value: UInt64 = 0
        var n = 1
        while n <= min(longest, length) {
            value |= UInt64(ActorGrouper.lowercasedFast(scalars[start + length - n].value)!) << UInt64(16 * (n - 1))
            if packed.contains(Self.tag(n) | value) { return true }
            n += 1
        }
        return false
    }
}
