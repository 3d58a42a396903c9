import Foundation

/// Turns raw bytes into article text: UTF-8 (with or without BOM), invalid sequences replaced
/// by U+FFFD so nothing crashes and nothing else is lost; binary data refused.
public enum TextDecoder {
    public static func decode(_ data: Data) -> String? {
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if looksBinary(bytes) { return nil }
        // Line endings: CRLF and lone CR become LF, so offsets match what the reader shows.
        let text = String(decoding: bytes, as: UTF8.self)
        guard text.contains("\r") else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
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
