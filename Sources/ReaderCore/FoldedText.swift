import CUtf8proc

/// Text folded for searching: case-folded, decomposed, marks stripped, so that "etat" finds
/// "État". Each folded scalar remembers the source scalar offset it came from.
public struct FoldedText: Sendable {
    public let scalars: [UInt32]
    public let origins: [Int]

    public init(_ text: String) {
        var scalars: [UInt32] = []
        var origins: [Int] = []
        scalars.reserveCapacity(text.unicodeScalars.count)
        origins.reserveCapacity(text.unicodeScalars.count)
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            if scalar.value < 0x80 { // ASCII fast path: only letters change
                let v = scalar.value
                scalars.append(v >= 0x41 && v <= 0x5A ? v + 0x20 : v)
                origins.append(offset)
                continue
            }
            for folded in Self.fold(scalar) {
                scalars.append(folded)
                origins.append(offset)
            }
        }
        self.scalars = scalars
        self.origins = origins
    }

    /// A scalar case-folded with its marks removed (may be empty, or several scalars).
    public static func fold(_ scalar: Unicode.Scalar) -> [UInt32] {
        if scalar.value < 0x80 {
            let v = scalar.value
            return [v >= 0x41 && v <= 0x5A ? v + 0x20 : v]
        }
        var buffer = [Int32](repeating: 0, count: 8)
        var boundClass: Int32 = 0
        let options = utf8proc_option_t(rawValue: UTF8PROC_DECOMPOSE.rawValue | UTF8PROC_CASEFOLD.rawValue
                                        | UTF8PROC_STRIPMARK.rawValue | UTF8PROC_COMPAT.rawValue)
        let n = buffer.withUnsafeMutableBufferPointer { pointer in
            utf8proc_decompose_char(Int32(bitPattern: scalar.value), pointer.baseAddress, 8, options, &boundClass)
        }
        if n < 0 || n > 8 { return [scalar.value] }
        return buffer.prefix(Int(n)).map { UInt32(bitPattern: $0) }
    }

    /// A query folded the same way.
    public static func fold(query: String) -> [UInt32] {
        query.unicodeScalars.flatMap { fold($0) }
    }

    /// Source spans (scalar offsets, end exclusive) of every non-overlapping match of `query`.
    public func matches(of query: String) -> [Range<Int>] {
        let needle = Self.fold(query: query)
        guard !needle.isEmpty, needle.count <= scalars.count else { return [] }
        var result: [Range<Int>] = []
        var i = 0
        let last = scalars.count - needle.count
        while i <= last {
            if scalars[i] == needle[0] {
                var j = 1
                while j < needle.count, scalars[i + j] == needle[j] { j += 1 }
                if j == needle.count {
                    result.append(origins[i]..<(origins[i + needle.count - 1] + 1))
                    i += needle.count
                    continue
                }
            }
            i += 1
        }
        return result
    }

    /// Source spans of every non-overlapping match of `query` in `text`, found in one streaming
    /// pass (the same matches as `FoldedText(text).matches(of: query)`, without keeping a folded
    /// copy of the whole text: memory follows the query, not the article).
    public static func matches(of query: String, in text: String) -> [Range<Int>] {
        FoldScan.allMatches(FoldedNeedle(query), in: text)
    }
}
