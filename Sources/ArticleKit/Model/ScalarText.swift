/// An article's text as an array of Unicode scalars, so that model offsets index it in O(1).
public struct ScalarText: Sendable, Hashable {
    /// The scalars, decoded as the text is read; for a text read without them
    /// (`init(_:keepingScalars:)`), decoded again each time they are asked for (the statement
    /// passes read `column`, made once by `withColumn()`).
    public var scalars: [Unicode.Scalar] { scalarStorage ?? Self.decode(original!, Self.scalarsOnly).scalars }
    private var scalarStorage: [Unicode.Scalar]?
    /// The scalars as the statement passes read them, for a text read without its scalars
    /// (`withColumn()`): in 16 bits when they fit.
    private var columnStorage: ScalarColumn?
    public let count: Int
    /// The working copy every layer matches on (`TextNormalizer`), made with the scalars: one pass
    /// over the text instead of one per layer.
    var normalized: [UInt32] { normalizedStorage ?? Self.normalize(scalars) }
    /// nil once released (`releasingNormalized`): the copy is then made again if asked for.
    private var normalizedStorage: [UInt32]?
    /// The String the scalars were decoded from (nil for `init(scalars:)`) and its
    /// UTF-8 offset index (`ScalarString.block`): a span's String is then a copy of its bytes, neither encoded
    /// again nor validated.
    private let original: String?
    private let utf8Offsets: [Int32]

    /// Which arrays a decoding writes.
    private struct Outputs {
        var scalars: Bool, normalized: Bool
    }
    private static let both = Outputs(scalars: true, normalized: true)
    private static let scalarsOnly = Outputs(scalars: true, normalized: false)

    public init(_ text: String) {
        self.init(text, keepingScalars: true)
    }

    /// Without `keepingScalars`, only the normalised copy is made: the text layer and the
    /// entities read nothing else, and a long article then holds one copy of its text (besides
    /// the String) instead of two until `withColumn()`.
    init(_ text: String, keepingScalars: Bool) {
        let decoded = Self.decode(text, keepingScalars ? Self.both : Outputs(scalars: false, normalized: true))
        scalarStorage = keepingScalars ? decoded.scalars : nil
        normalizedStorage = decoded.normalized
        count = decoded.count
        original = decoded.text   // after `withUTF8`: native, contiguous UTF-8
        utf8Offsets = decoded.offsets
    }

    /// What `decode` makes: the arrays asked for (empty otherwise), the scalar count, the offset
    /// index, and the text as native UTF-8.
    private struct Decoded {
        var scalars: [Unicode.Scalar], normalized: [UInt32], offsets: [Int32]
        var count: Int
        var text: String
    }

    /// Decodes the (always valid) UTF-8 of a native String in one pass into the arrays `outputs`
    /// asks for; `Array(text.unicodeScalars)` walks the text twice (count, then copy).
    private static func decode(_ text: String, _ outputs: Outputs) -> Decoded {
        var text = text
        var scalars: [Unicode.Scalar] = [], normalized: [UInt32] = [], offsets: [Int32] = []
        var count = 0, marks = false
        text.withUTF8 { utf8 in
            // An array not asked for is written nowhere: `decode` is specialised for each case.
            func withScalars(_ body: (UnsafeMutableRawPointer?) -> Void) {
                guard outputs.scalars else { body(nil); return }
                scalars = [Unicode.Scalar](unsafeUninitializedCapacity: utf8.count) { out, initialized in
                    body(UnsafeMutableRawPointer(out.baseAddress!))
                    initialized = count
                }
            }
            func withNormalized(_ body: (UnsafeMutableRawPointer?) -> Void) {
                guard outputs.normalized else { body(nil); return }
                normalized = [UInt32](unsafeUninitializedCapacity: utf8.count) { out, initialized in
                    body(UnsafeMutableRawPointer(out.baseAddress!))
                    initialized = count
                }
            }
            offsets = [Int32](unsafeUninitializedCapacity: utf8.count / ScalarString.block + 1) { o, offsetCount in
                let o = o.baseAddress!
                withScalars { out in
                    withNormalized { norm in
                        switch (out, norm) {
                        case let (out?, norm?):
                            (count, marks, _) = decode(utf8, into: ScalarOutput(out), normalized: ScalarOutput(norm), offsets: o)
                        case let (out?, nil):
                            (count, marks, _) = decode(utf8, into: ScalarOutput(out), normalized: NoScalarOutput(), offsets: o)
                        case let (nil, norm?):
                            (count, marks, _) = decode(utf8, into: NoScalarOutput(), normalized: ScalarOutput(norm), offsets: o)
                        case (nil, nil):
                            preconditionFailure("a decoding makes the scalars, the normalised copy or both")
                        }
                    }
                }
                offsetCount = count / ScalarString.block + 1
            }
        }
        if marks && outputs.normalized { TextNormalizer().composeMarks(&normalized) }
        return Decoded(scalars: scalars, normalized: normalized, offsets: offsets, count: count, text: text)
    }

    /// The scalars in 16 bits each when all are in the BMP, else in 32.
    private static func decodeColumn(_ text: String) -> ScalarColumn {
        var text = text
        var astral = false
        let values = text.withUTF8 { utf8 in
            [UInt16](unsafeUninitializedCapacity: utf8.count) { out, initialized in
                // The offset index is made again and dropped: the text keeps the one it has.
                var offsets = [Int32](repeating: 0, count: utf8.count / ScalarString.block + 1)
                offsets.withUnsafeMutableBufferPointer { offsets in
                    let decoded = decode(utf8, into: NarrowScalarOutput(out.baseAddress!), normalized: NoScalarOutput(),
                                         offsets: offsets.baseAddress!)
                    initialized = decoded.count
                    astral = decoded.astral
                }
            }
        }
        return astral ? ScalarColumn(decode(text, scalarsOnly).scalars) : ScalarColumn(narrow: values)
    }

    /// Decodes `utf8` into scalars and their normalised values (`TextNormalizer.substitute`), each
    /// written to its sink (`NoScalarOutput` for an array not wanted); also
    /// tells whether a combining mark follows the first scalar (then marks must be composed).
    /// Also writes the UTF-8 offset of every 16th scalar (a pass of
    /// its own over the scalars cost six times more).
    /// A function of its own so that every running value stays in a register.
    private static func decode<Scalars: ScalarSink, Normalized: ScalarSink>(
        _ utf8: UnsafeBufferPointer<UInt8>, into out: Scalars, normalized norm: Normalized,
        offsets: UnsafeMutablePointer<Int32>
    ) -> (count: Int, marks: Bool, astral: Bool) {
        var i = 0, n = 0, marks = false, astral = false
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
                    let ascii = decodeASCII8(utf8.baseAddress! + i, into: out, normalized: norm, at: n)
                    if checkpoint < n + ascii {   // one byte per ASCII scalar; ascii ≤ 8 < block
                        offsets[checkpoint / ScalarString.block] = Int32(i + (checkpoint - n))
                        checkpoint += ScalarString.block
                    }
                    i += ascii; n += ascii
                } else {
                    out.set(n, b0)
                    norm.set(n, TextNormalizer.substitute(b0))
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
                out.set(n, v)   // a Unicode.Scalar is its value
                norm.set(n, v > 0xA0 && v != 0x2BC ? v : TextNormalizer.substitute(v))
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
                astral = true
            }
            let scalar = Unicode.Scalar(v) ?? "\u{FFFD}"
            out.set(n, scalar.value)
            // Letters of Latin-1 to Cyrillic and beyond up to U+1680 need no substitution: one
            // test instead of the switch for most non-ASCII scalars.
            norm.set(n, v > 0xA0 && v < 0x1680 && v != 0x2BC ? v : TextNormalizer.substitute(scalar.value))
            if n > 0, TextNormalizer.isMark(scalar.value) { marks = true }
            n += 1
        }
        if n == checkpoint { offsets[n / ScalarString.block] = Int32(i) }
        return (n, marks, astral)
    }

    /// Decodes the next 8 bytes as if all were ASCII and returns how many leading ones are (≥ 1
    /// when the first is): the caller keeps that many and decodes the rest again. Most text is
    /// ASCII between accents, and one 8-byte test replaces eight byte-by-byte branches. The
    /// stores past the kept ones stay within the buffers (`n ≤ i`, `i + 8 ≤ count`) and are
    /// overwritten later.
    @inline(__always) private static func decodeASCII8<Scalars: ScalarSink, Normalized: ScalarSink>(
        _ p: UnsafePointer<UInt8>, into out: Scalars, normalized norm: Normalized, at n: Int
    ) -> Int {
        let w = UInt64(littleEndian: UnsafeRawPointer(p).loadUnaligned(as: UInt64.self)) // byte k at bits 8k
        for k in 0..<8 {
            let b = UInt32(truncatingIfNeeded: w >> UInt64(k * 8)) & 0xFF
            out.set(n + k, b) // lanes ≥ 0x80 are overwritten
            // `TextNormalizer.substitute` for ASCII, without a branch: controls but newline become spaces.
            norm.set(n + k, b < 0x20 && b != 10 ? 0x20 : b)
        }
        let high = w & 0x8080_8080_8080_8080
        return high == 0 ? 8 : high.trailingZeroBitCount / 8
    }

    public init(scalars: [Unicode.Scalar]) {
        scalarStorage = scalars
        count = scalars.count
        normalizedStorage = Self.normalize(scalars)
        original = nil
        utf8Offsets = []
    }

    private static func normalize(_ scalars: [Unicode.Scalar]) -> [UInt32] { TextNormalizer().normalize(scalars) }

    /// The same text without its normalised copy, for the passes that read only the scalars: a
    /// long article then holds one copy of the text instead of two.
    func releasingNormalized() -> ScalarText {
        var copy = self
        copy.normalizedStorage = nil
        return copy
    }

    /// The scalars as the statement passes read them: in 16 bits when the text was read without
    /// its scalars and `withColumn()` found them all in the BMP.
    var column: ScalarColumn { columnStorage ?? ScalarColumn(scalars) }

    /// The same text with its scalars in a column of their own (`column`), decoded now if it was
    /// read without them: two bytes a scalar instead of four for nearly every article.
    func withColumn() -> ScalarText {
        guard scalarStorage == nil, columnStorage == nil, let original else { return self }
        var copy = self
        copy.columnStorage = Self.decodeColumn(original)
        return copy
    }

    // The normalised copy follows from the scalars: equality and hashing need only them.
    public static func == (a: ScalarText, b: ScalarText) -> Bool { a.scalars == b.scalars }
    public func hash(into hasher: inout Hasher) { hasher.combine(scalars) }

    public subscript(offset: Int) -> Unicode.Scalar {
        if let scalarStorage { return scalarStorage[offset] }
        if let columnStorage { return columnStorage[offset] }
        precondition(offset >= 0 && offset < count, "scalar offset out of range")
        return original!.unicodeScalars[ScalarString.index(original!, utf8Offsets, offset)]
    }

    /// The text a span covers; offsets outside the text are clamped.
    public subscript(span: TextSpan) -> String {
        if let original { return ScalarString.copy(original, utf8Offsets, count, span) }
        return ScalarString.make(scalarStorage!, span)
    }

    public var string: String { self[TextSpan(0, count)] }
}
