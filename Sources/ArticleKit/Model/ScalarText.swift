/// An article's text as an array of Unicode scalars, so that model offsets index it in O(1).
public struct ScalarText: Sendable, Hashable {
    public let scalars: [Unicode.Scalar]
    /// The working copy every layer matches on (`TextNormalizer`), made with the scalars: one pass
    /// over the text instead of one per layer.
    var normalized: [UInt32] { normalizedStorage ?? TextNormalizer().normalize(scalars) }
    /// nil once released (`releasingNormalized`): the copy is then made again if asked for.
    private var normalizedStorage: [UInt32]?
    /// The String the scalars were decoded from (nil for `init(scalars:)`) and its
    /// UTF-8 offset index (`ScalarString.block`): a span's String is then a copy of its bytes, neither encoded
    /// again nor validated.
    private let original: String?
    private let utf8Offsets: [Int32]

    public init(_ text: String) {
        // Decodes the (always valid) UTF-8 of a native String in one pass; `Array(text.unicodeScalars)`
        // walks the text twice (count, then copy).
        var text = text
        var decoded: [Unicode.Scalar] = []
        var offsets: [Int32] = []
        var marks = false
        var normalized = text.withUTF8 { utf8 -> [UInt32] in
            [UInt32](unsafeUninitializedCapacity: utf8.count) { norm, normCount in
                offsets = [Int32](unsafeUninitializedCapacity: utf8.count / ScalarString.block + 1) { offsets, offsetCount in
                    decoded = [Unicode.Scalar](unsafeUninitializedCapacity: utf8.count) { out, count in
                        (count, marks) = Self.decode(utf8, into: out.baseAddress!, normalized: norm.baseAddress!,
                                                     offsets: offsets.baseAddress!)
                    }
                    offsetCount = decoded.count / ScalarString.block + 1
                }
                normCount = decoded.count
            }
        }
        if marks { TextNormalizer().composeMarks(decoded, &normalized) }
        scalars = decoded
        normalizedStorage = normalized
        original = text   // after `withUTF8`: native, contiguous UTF-8
        utf8Offsets = offsets
    }

    /// Decodes `utf8` into scalars and their normalised values (`TextNormalizer.substitute`); also
    /// tells whether a combining mark follows the first scalar (then marks must be composed).
    /// Also writes the UTF-8 offset of every 16th scalar (a pass of
    /// its own over the scalars cost six times more).
    /// A function of its own so that every running value stays in a register.
    private static func decode(_ utf8: UnsafeBufferPointer<UInt8>, into out: UnsafeMutablePointer<Unicode.Scalar>,
                               normalized norm: UnsafeMutablePointer<UInt32>,
                               offsets: UnsafeMutablePointer<Int32>) -> (count: Int, marks: Bool) {
        var i = 0, n = 0, marks = false
        var checkpoint = 0   // the next scalar whose offset is due: n never passes it unrecorded
        let end = utf8.count
        while i < end {
            if n == checkpoint {
                offsets[n / ScalarString.block] = Int32(i)
                checkpoint += ScalarString.block
            }
            let b0 = UInt32(utf8[i])
            if b0 < 0x80 {
                // Eight at once when the next byte is ASCII too; a lone one (the space between two
                // Cyrillic words) on its own, without the eight-lane work.
                if i + 8 <= end, utf8[i + 1] < 0x80 {
                    let ascii = decodeASCII8(utf8.baseAddress! + i, into: out + n, normalized: norm + n)
                    if checkpoint < n + ascii {   // one byte per ASCII scalar; ascii ≤ 8 < block
                        offsets[checkpoint / ScalarString.block] = Int32(i + (checkpoint - n))
                        checkpoint += ScalarString.block
                    }
                    i += ascii; n += ascii
                } else {
                    out[n] = Unicode.Scalar(UInt8(b0))
                    norm[n] = TextNormalizer.substitute(b0)
                    i += 1; n += 1
                }
                continue
            }
            if b0 < 0xE0 {
                // Two bytes (Latin accents, Cyrillic): below U+0800, so never a surrogate, never
                // above the normaliser's untouched range; only U+00A0–U+00BF, U+02BC and the
                // combining marks need a look.
                let v = (b0 & 0x1F) << 6 | UInt32(utf8[i + 1] & 0x3F)
                i += 2
                UnsafeMutableRawPointer(out + n).storeBytes(of: v, as: UInt32.self) // a Unicode.Scalar is its value
                norm[n] = v > 0xA0 && v != 0x2BC ? v : TextNormalizer.substitute(v)
                if v &- 0x300 < 0x70, n > 0 { marks = true }
                n += 1
                continue
            }
            var v: UInt32
            if b0 < 0xF0 {
                v = (b0 & 0x0F) << 12 | UInt32(utf8[i + 1] & 0x3F) << 6 | UInt32(utf8[i + 2] & 0x3F); i += 3
            } else {
                v = (b0 & 0x07) << 18 | UInt32(utf8[i + 1] & 0x3F) << 12 | UInt32(utf8[i + 2] & 0x3F) << 6
                    | UInt32(utf8[i + 3] & 0x3F); i += 4
            }
            let scalar = Unicode.Scalar(v) ?? "\u{FFFD}"
            out[n] = scalar
            // Letters of Latin-1 to Cyrillic and beyond up to U+1680 need no substitution: one
            // test instead of the switch for most non-ASCII scalars.
            norm[n] = v > 0xA0 && v < 0x1680 && v != 0x2BC ? v : TextNormalizer.substitute(scalar.value)
            if n > 0, TextNormalizer.isMark(scalar.value) { marks = true }
            n += 1
        }
        if n == checkpoint { offsets[n / ScalarString.block] = Int32(i) }
        return (n, marks)
    }

    /// Decodes the next 8 bytes as if all were ASCII and returns how many leading ones are (≥ 1
    /// when the first is): the caller keeps that many and decodes the rest again. Most text is
    /// ASCII between accents, and one 8-byte test replaces eight byte-by-byte branches. The
    /// stores past the kept ones stay within the buffers (`n ≤ i`, `i + 8 ≤ count`) and are
    /// overwritten later.
    @inline(__always) private static func decodeASCII8(_ p: UnsafePointer<UInt8>, into out: UnsafeMutablePointer<Unicode.Scalar>,
                                                      normalized norm: UnsafeMutablePointer<UInt32>) -> Int {
        let w = UInt64(littleEndian: UnsafeRawPointer(p).loadUnaligned(as: UInt64.self)) // byte k at bits 8k
        for k in 0..<8 {
            let b = UInt32(truncatingIfNeeded: w >> UInt64(k * 8)) & 0xFF
            out[k] = Unicode.Scalar(UInt8(b)) // lanes ≥ 0x80 are overwritten
            // `TextNormalizer.substitute` for ASCII, without a branch: controls but newline become spaces.
            norm[k] = b < 0x20 && b != 10 ? 0x20 : b
        }
        let high = w & 0x8080_8080_8080_8080
        return high == 0 ? 8 : high.trailingZeroBitCount / 8
    }

    public init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
        normalizedStorage = TextNormalizer().normalize(scalars)
        original = nil
        utf8Offsets = []
    }

    /// The same text without its normalised copy, for the passes that read only the scalars: a
    /// long article then holds one copy of the text instead of two.
    func releasingNormalized() -> ScalarText {
        var copy = self
        copy.normalizedStorage = nil
        return copy
    }

    // The normalised copy follows from the scalars: equality and hashing need only them.
    public static func == (a: ScalarText, b: ScalarText) -> Bool { a.scalars == b.scalars }
    public func hash(into hasher: inout Hasher) { hasher.combine(scalars) }

    public var count: Int { scalars.count }

    public subscript(offset: Int) -> Unicode.Scalar { scalars[offset] }

    /// The text a span covers; offsets outside the text are clamped.
    public subscript(span: TextSpan) -> String {
        if let original { return ScalarString.copy(original, utf8Offsets, scalars, span) }
        return ScalarString.make(scalars, span)
    }

    public var string: String { self[TextSpan(0, scalars.count)] }
}
