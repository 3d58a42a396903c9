/// Builds a String from a run of scalars by encoding UTF-8 directly: several times faster than
/// appending to a `String.UnicodeScalarView`, which matters for the text of every entity.
enum ScalarString {
    /// Scalars per entry of a UTF-8 offset index (`utf8Offsets`: the UTF-8 offset of every
    /// `block`th scalar, written by `ScalarText` as it decodes): a look-up walks under `block` scalars.
    static let block = 16

    /// `make(scalars, span)` when `original` is the String the scalars were decoded from, `count`
    /// its scalar count and `offsets` its `utf8Offsets`: a copy of the original's bytes
    /// (String(Substring) on scalar boundaries neither encodes nor re-validates).
    static func copy(_ original: String, _ offsets: [Int32], _ count: Int, _ span: TextSpan) -> String {
        let lo = max(0, min(span.start, count))
        let hi = max(lo, min(span.end, count))
        let (a, b) = utf8Offsets(original, offsets, lo, hi)
        let utf8 = original.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: a)
        return String(original[start..<utf8.index(start, offsetBy: b - a)])
    }

    /// The index in `original` of scalar `i` (`0 ≤ i < count`).
    static func index(_ original: String, _ offsets: [Int32], _ i: Int) -> String.Index {
        let utf8 = original.utf8
        return utf8.index(utf8.startIndex, offsetBy: utf8Offsets(original, offsets, i, i).0)
    }

    /// The UTF-8 offsets of scalars `lo` and `hi`: from the offset of their block, the lead bytes
    /// of the scalars before them in it tell their lengths.
    @inline(__always) private static func utf8Offsets(_ original: String, _ offsets: [Int32], _ lo: Int, _ hi: Int) -> (Int, Int) {
        let read = { (utf8: UnsafeBufferPointer<UInt8>) in
            offsets.withUnsafeBufferPointer { o in (utf8Offset(lo, utf8, o), utf8Offset(hi, utf8, o)) }
        }
        // A String made by `ScalarText` is native UTF-8: the bytes are there to read.
        return original.utf8.withContiguousStorageIfAvailable(read) ?? Array(original.utf8).withUnsafeBufferPointer(read)
    }

    @inline(__always) private static func utf8Offset(_ i: Int, _ utf8: UnsafeBufferPointer<UInt8>,
                                                     _ offsets: UnsafeBufferPointer<Int32>) -> Int {
        var offset = Int(offsets[i / block])
        var k = i - i % block
        while k < i { offset &+= leadLength(utf8[offset]); k += 1 }
        return offset
    }

    /// The length of the UTF-8 sequence a lead byte opens.
    @inline(__always) static func leadLength(_ b: UInt8) -> Int {
        1 &+ (b >= 0xC0 ? 1 : 0) &+ (b >= 0xE0 ? 1 : 0) &+ (b >= 0xF0 ? 1 : 0)
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
