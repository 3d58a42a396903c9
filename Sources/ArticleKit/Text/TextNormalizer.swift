import Foundation

/// A working copy of the text for matching, with only 1:1 scalar substitutions so that every
/// offset in it is an offset in the original: no-break and other spaces become U+0020,
/// typographic apostrophes (’ ʼ) become ', controls become spaces, and a letter followed by
/// combining marks that compose (NFC) becomes the composed letter followed by U+034F COMBINING
/// GRAPHEME JOINER in place of each absorbed mark — same length, and every hash skips U+034F, so
/// "e\u{301}" and "é" look alike to the tokeniser, the gazetteers and the tagger.
public struct TextNormalizer: Sendable {
    /// The placeholder left where a combining mark was absorbed into its letter.
    public static let absorbed: UInt32 = 0x34F

    public init() {}

    public func normalize(_ scalars: [Unicode.Scalar]) -> [UInt32] {
        // One pass through raw buffers (no uniqueness check per write, no zero fill first); marks
        // to compose are rare and done in a second pass, in order, so each sees its final letter.
        var marks = false
        var out = [UInt32](unsafeUninitializedCapacity: scalars.count) { o, initialized in
            scalars.withUnsafeBufferPointer { s in
                for i in 0..<s.count {
                    let v = s[i].value
                    o[i] = Self.substitute(v)
                    if i > 0, Self.isMark(v) { marks = true }
                }
            }
            initialized = scalars.count
        }
        if marks { composeMarks(&out) }
        return out
    }

    /// The 1:1 substitution of one scalar; combining marks are composed afterwards (`composeMarks`).
    @inline(__always) static func substitute(_ v: UInt32) -> UInt32 {
        if v < 0x80 { return (v < 0x20 && v != 10) ? 0x20 : v }
        switch v {
        case 0xA0, 0x2007, 0x202F, 0x2000...0x200A, 0x3000, 0x1680, 0x85: return 0x20
        case 0x2028, 0x2029: return 10
        case 0x2019, 0x02BC: return 0x27
        default: return v
        }
    }

    /// A combining mark that may compose into the letter before it.
    @inline(__always) static func isMark(_ v: UInt32) -> Bool { v >= 0x300 && v <= 0x36F }

    /// The second pass of `normalize`, for texts with a combining mark after their first scalar.
    /// It reads `out` alone: a mark's value is its own substitute, and composing the mark at `i`
    /// writes only at `i` and before it, so each mark is still as decoded when its turn comes
    /// (the text need not be kept as scalars for this pass).
    func composeMarks(_ out: inout [UInt32]) {
        var i = 1
        while i < out.count {
            if Self.isMark(out[i]) { composeMark(at: i, &out) }
            i += 1
        }
    }

    /// Composes the mark at `i` into the letter before it (itself possibly composed already).
    private func composeMark(at i: Int, _ out: inout [UInt32]) {
        let mark = Unicode.Scalar(out[i])!   // a combining mark, as decoded
        var base = i - 1
        while base > 0, out[base] == Self.absorbed { base -= 1 }
        guard let letter = Unicode.Scalar(out[base]), CharClass.isLetter(letter.value) else { return }
        var pair = String.UnicodeScalarView()
        pair.append(letter)
        pair.append(mark)
        let composed = String(pair).precomposedStringWithCanonicalMapping.unicodeScalars
        if composed.count == 1, let c = composed.first {
            out[base] = c.value
            out[i] = Self.absorbed
        }
    }
}
