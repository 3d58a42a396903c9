/// A list of word endings ("-ique", "-ienne"; "-ого", "-ая") tested together. Each ending is packed
/// into one integer, 12 bits a scalar from the last; the word's last scalars, lowercased, are packed
/// the same way once, so each ending costs one masked comparison (an array per ending cost a
/// retain, bounds checks and a lowercase lookup per scalar and ending).
struct WordEndings: Sendable {
    static let maxLength = 5
    /// Scalars from the last, 12 bits each, in the low bits; the length in the top 4 bits.
    private let packed: [UInt64]

    init(_ endings: [String]) {
        packed = endings.map { ending in
            let scalars = ending.unicodeScalars.map(\.value)
            precondition(scalars.count <= Self.maxLength && scalars.allSatisfy { $0 < 0x1000 }) // fits 12 bits a scalar
            var p: UInt64 = 0
            for (k, c) in scalars.reversed().enumerated() { p |= UInt64(c) << UInt64(12 * k) }
            return p | UInt64(scalars.count) << 60
        }
    }

    /// Whether the word at `span`, lowercased, ends in one of the endings and is longer than it
    /// (scalars compared as they are in `v`, absorbed marks included).
    func matchesEnd(of v: [UInt32], _ span: TextSpan, _ classes: CharClassTable) -> Bool {
        // The last `depth` scalars, packed; a scalar past 12 bits ends no ending, nor any longer one.
        var tail: UInt64 = 0, depth = 0
        while depth < min(Self.maxLength, span.length - 1) {
            let c = classes.lower(v[span.end - 1 - depth])
            guard c < 0x1000 else { break }
            tail |= UInt64(c) << UInt64(12 * depth)
            depth += 1
        }
        guard depth > 0 else { return false }
        for p in packed {
            let length = Int(p >> 60)
            if length <= depth, tail & ((1 << UInt64(12 * length)) - 1) == p & ((1 << 60) - 1) { return true }
        }
        return false
    }
}
