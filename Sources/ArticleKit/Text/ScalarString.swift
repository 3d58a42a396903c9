/// Builds a String from a run of scalars by encoding UTF-8 directly: several times faster than
/// appending to a `String.UnicodeScalarView`, which matters for the text of every entity.
enum ScalarString {
    /// Scalars per entry of a UTF-8 offset index (`utf8Offsets`: the UTF-8 offset of every
    /// `block`th scalar, written by `ScalarText` as it decodes): a look-up walks under `block` scalars.
    static let block = 16

    @inline(__always) static func utf8Length(_ v: UInt32) -> Int {
        1 &+ (v >= 0x80 ? 1 : 0) &+ (v >= 0x800 ? 1 : 0) &+ (v >= 0x1_0000 ? 1 : 0)
    }

    /// `make(scalars, span)` when `original` is the String the scalars were decoded from and
    /// `offsets` its `utf8Offsets`: a copy of the original's bytes (String(Substring) on scalar
    /// boundaries neither encodes nor re-validates).
    static func copy(_ original: String, _ offsets: [Int32], _ scalars: [Unicode.Scalar], _ span: TextSpan) -> String {
        let lo = max(0, min(span.start, scalars.count))
        let hi = max(lo, min(span.end, scalars.count))
        let (a, b) = scalars.withUnsafeBufferPointer { s in
            offsets.withUnsafeBufferPointer { o in (utf8Offset(lo, s, o), utf8Offset(hi, s, o)) }
        }
        let utf8 = original.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: a)
        return String(original[start..<utf8.index(start, offsetBy: b - a)])
    }

    @inline(__always) private static func utf8Offset(_ i: Int, _ s: UnsafeBufferPointer<Unicode.Scalar>,
                                                     _ offsets: UnsafeBufferPointer<Int32>) -> Int {
        var offset = Int(offsets[i / block])
        var k = i - i % block
        while k < i { offset &+= utf8Length(s[k].value); k += 1 }
        return offset
    }

    static func make(_ scalars: [Unicode.Scalar], _ span: TextSpan) -> String {
        let lo = max(0, min(span.start, scalars.count))
        let hi = max(lo, min(span.end, scalars.count))
        // The exact UTF-8 length: a String of up to 15 bytes is then built in place, without the
        // heap buffer that a 4-bytes-per-scalar capacity asked for.
        var bytes = 0
        for i in lo..<hi {
            let v = scalars[i].value
            bytes += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
        }
        return String(unsafeUninitializedCapacity: bytes) { buffer in
            var n = 0
            for i in lo..<hi {
                let v = scalars[i].value
                if v < 0x80 {
                    buffer[n] = UInt8(v); n += 1
                } else if v < 0x800 {
                    buffer[n] = UInt8(0xC0 | (v >> 6)); buffer[n + 1] = UInt8(0x80 | (v & 0x3F)); n += 2
                } else if v < 0x10000 {
                    buffer[n] = UInt8(0xE0 | (v >> 12)); buffer[n + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
                    buffer[n + 2] = UInt8(0x80 | (v & 0x3F)); n += 3
                } else {
                    buffer[n] = UInt8(0xF0 | (v >> 18)); buffer[n + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
                    buffer[n + 2] = UInt8(0x80 | ((v >> 6) & 0x3F)); buffer[n + 3] = UInt8(0x80 | (v & 0x3F)); n += 4
                }
            }
            return n
        }
    }
}
