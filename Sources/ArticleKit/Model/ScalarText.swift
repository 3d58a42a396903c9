/// An article's text as an array of Unicode scalars, so that model offsets index it in O(1).
public struct ScalarText: Sendable, Hashable {
    public let scalars: [Unicode.Scalar]
    /// The working copy every layer matches on (`TextNormalizer`), made with the scalars: one pass
    /// over the text instead of one per layer.
    let normalized: [UInt32]

    public init(_ text: String) {
        // Decodes the (always valid) UTF-8 of a native String in one pass; `Array(text.unicodeScalars)`
        // walks the text twice (count, then copy) and was a tenth of the text layer's time.
        var text = text
        var decoded: [Unicode.Scalar] = []
        var marks = false
        var normalized = text.withUTF8 { utf8 -> [UInt32] in
            [UInt32](unsafeUninitializedCapacity: utf8.count) { norm, normCount in
                decoded = [Unicode.Scalar](unsafeUninitializedCapacity: utf8.count) { out, count in
                    (count, marks) = Self.decode(utf8, into: out.baseAddress!, normalized: norm.baseAddress!)
                }
                normCount = decoded.count
            }
        }
        if marks { TextNormalizer().composeMarks(decoded, &normalized) }
        scalars = decoded
        self.normalized = normalized
    }

    /// Decodes `utf8` into scalars and their normalised values (`TextNormalizer.substitute`); also
    /// tells whether a combining mark follows the first scalar (then marks must be composed).
    /// A function of its own so that every running value stays in a register.
    private static func decode(_ utf8: UnsafeBufferPointer<UInt8>, into out: UnsafeMutablePointer<Unicode.Scalar>,
                               normalized norm: UnsafeMutablePointer<UInt32>) -> (count: Int, marks: Bool) {
        var i = 0, n = 0, marks = false
        let end = utf8.count
        while i < end {
            let b0 = UInt32(utf8[i])
            if b0 < 0x80 {
                out[n] = Unicode.Scalar(UInt8(b0))
                norm[n] = TextNormalizer.substitute(b0)
                i += 1; n += 1
                continue
            }
            var v: UInt32
            if b0 < 0xE0 { v = (b0 & 0x1F) << 6 | UInt32(utf8[i + 1] & 0x3F); i += 2 }
            else if b0 < 0xF0 {
                v = (b0 & 0x0F) << 12 | UInt32(utf8[i + 1] & 0x3F) << 6 | UInt32(utf8[i + 2] & 0x3F); i += 3
            } else {
                v = (b0 & 0x07) << 18 | UInt32(utf8[i + 1] & 0x3F) << 12 | UInt32(utf8[i + 2] & 0x3F) << 6
                    | UInt32(utf8[i + 3] & 0x3F); i += 4
            }
            let scalar = Unicode.Scalar(v) ?? "\u{FFFD}"
            out[n] = scalar
            norm[n] = TextNormalizer.substitute(scalar.value)
            if n > 0, TextNormalizer.isMark(scalar.value) { marks = true }
            n += 1
        }
        return (n, marks)
    }

    public init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
        normalized = TextNormalizer().normalize(scalars)
    }

    // The normalised copy follows from the scalars: equality and hashing need only them.
    public static func == (a: ScalarText, b: ScalarText) -> Bool { a.scalars == b.scalars }
    public func hash(into hasher: inout Hasher) { hasher.combine(scalars) }

    public var count: Int { scalars.count }

    public subscript(offset: Int) -> Unicode.Scalar { scalars[offset] }

    /// The text a span covers; offsets outside the text are clamped.
    public subscript(span: TextSpan) -> String {
        ScalarString.make(scalars, span)
    }

    public var string: String { self[TextSpan(0, scalars.count)] }
}
