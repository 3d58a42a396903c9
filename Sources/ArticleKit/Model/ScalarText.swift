/// An article's text as an array of Unicode scalars, so that model offsets index it in O(1).
public struct ScalarText: Sendable, Hashable {
    public let scalars: [Unicode.Scalar]

    public init(_ text: String) {
        // Decodes the (always valid) UTF-8 of a native String in one pass; `Array(text.unicodeScalars)`
        // walks the text twice (count, then copy) and was a tenth of the text layer's time.
        var text = text
        scalars = text.withUTF8 { utf8 -> [Unicode.Scalar] in
            [Unicode.Scalar](unsafeUninitializedCapacity: utf8.count) { out, count in
                var i = 0, n = 0
                let end = utf8.count
                while i < end {
                    let b0 = UInt32(utf8[i])
                    var v: UInt32
                    if b0 < 0x80 { v = b0; i += 1 }
                    else if b0 < 0xE0 { v = (b0 & 0x1F) << 6 | UInt32(utf8[i + 1] & 0x3F); i += 2 }
                    else if b0 < 0xF0 {
                        v = (b0 & 0x0F) << 12 | UInt32(utf8[i + 1] & 0x3F) << 6 | UInt32(utf8[i + 2] & 0x3F); i += 3
                    } else {
                        v = (b0 & 0x07) << 18 | UInt32(utf8[i + 1] & 0x3F) << 12 | UInt32(utf8[i + 2] & 0x3F) << 6
                            | UInt32(utf8[i + 3] & 0x3F); i += 4
                    }
                    out[n] = Unicode.Scalar(v) ?? "\u{FFFD}"
                    n += 1
                }
                count = n
            }
        }
    }

    public init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    public var count: Int { scalars.count }

    public subscript(offset: Int) -> Unicode.Scalar { scalars[offset] }

    /// The text a span covers; offsets outside the text are clamped.
    public subscript(span: TextSpan) -> String {
        ScalarString.make(scalars, span)
    }

    public var string: String { self[TextSpan(0, scalars.count)] }
}
