import CUtf8proc

/// Where a long paragraph may be cut into pieces wrapped apart: only between two grapheme
/// clusters, so that each piece is segmented as the whole paragraph would be.
enum PieceBoundary {
    /// A letter that starts a cluster of its own after a space ("поезд", "東京" after " ").
    static func startsCluster(afterSpace v: UInt32) -> Bool {
        isLetter(v) && utf8proc_grapheme_break(0x20, Int32(bitPattern: v))
    }

    /// Two letters with a cluster boundary between them (for text without spaces).
    static func isBoundary(_ a: UInt32, _ b: UInt32) -> Bool {
        isLetter(a) && isLetter(b) && utf8proc_grapheme_break(Int32(bitPattern: a), Int32(bitPattern: b))
    }

    /// Two printable ASCII characters, always a cluster boundary.
    @inline(__always) static func isASCIIBoundary(_ a: UInt8, _ b: UInt8) -> Bool {
        a > 0x20 && a < 0x7F && b > 0x20 && b < 0x7F
    }

    private static func isLetter(_ v: UInt32) -> Bool {
        guard let scalar = Unicode.Scalar(v) else { return false }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .otherLetter: return true
        default: return false
        }
    }

    /// The scalar whose UTF-8 starts at `i`.
    static func scalar(_ base: UnsafePointer<UInt8>, _ n: Int, at i: Int) -> UInt32 {
        let b = base[i]
        let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
        guard length > 1 else { return UInt32(b) }
        var v = UInt32(b) & (0x7F >> UInt32(length))
        for k in 1..<length where i + k < n { v = v << 6 | UInt32(base[i + k] & 0x3F) }
        return v
    }

    /// The scalar whose UTF-8 ends just before `i`.
    static func scalar(_ base: UnsafePointer<UInt8>, _ n: Int, before i: Int) -> UInt32 {
        var start = i - 1
        while start > 0, i - start < 4, base[start] & 0xC0 == 0x80 { start -= 1 }
        return scalar(base, n, at: start)
    }
}
