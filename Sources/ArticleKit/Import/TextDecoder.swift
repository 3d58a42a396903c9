import Foundation

/// Turns raw bytes into article text: UTF-8 (with or without BOM), invalid sequences replaced
/// by U+FFFD so nothing crashes and nothing else is lost; binary data refused.
public enum TextDecoder {
    public static func decode(_ data: Data) -> String? {
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if looksBinary(bytes) { return nil }
        // Line endings: CRLF and lone CR become LF, so offsets match what the reader shows.
        guard bytes.contains(0x0D) else { return String(decoding: bytes, as: UTF8.self) }
        return String(decoding: unixLineEnds(bytes), as: UTF8.self)
    }

    /// CRLF and lone CR as LF, on the bytes: a CR byte is never inside a UTF-8 sequence, and
    /// String's search (`replacingOccurrences`) skips a CR that a combining mark follows.
    static func unixLineEnds(_ bytes: Data.SubSequence) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var afterCR = false
        for byte in bytes {
            if byte == 0x0A, afterCR { afterCR = false; continue }
            afterCR = byte == 0x0D
            out.append(afterCR ? 0x0A : byte)
        }
        return out
    }

    /// NUL bytes, or many control bytes in the first 64 KiB, mean this is not text.
    static func looksBinary(_ bytes: Data.SubSequence) -> Bool {
        let sample = bytes.prefix(65_536)
        guard !sample.isEmpty else { return false }
        var controls = 0
        for byte in sample {
            if byte == 0 { return true }
            if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C && byte != 0x1B { controls += 1 }
        }
        return controls * 20 > sample.count
    }
}
