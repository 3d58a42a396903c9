import Foundation

/// Turns raw bytes into article text: UTF-8 (with or without BOM), invalid sequences replaced
/// by U+FFFD so nothing crashes and nothing else is lost; binary data refused.
public enum TextDecoder {
    public static func decode(_ data: Data) -> String? {
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if looksBinary(bytes) { return nil }
        // Line endings: CRLF and lone CR become LF, so offsets match what the reader shows.
        // Done on the bytes (a CR byte is never part of a longer UTF-8 sequence), in one pass.
        return bytes.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> String in
            let input = raw.bindMemory(to: UInt8.self)
            guard !input.isEmpty, memchr(input.baseAddress!, 0x0D, input.count) != nil else {
                return String(decoding: input, as: UTF8.self)
            }
            var unified: [UInt8] = []
            unified.reserveCapacity(input.count)
            var previousWasCR = false
            for byte in input {
                if byte == 0x0D {
                    unified.append(0x0A)
                    previousWasCR = true
                } else {
                    if !(byte == 0x0A && previousWasCR) { unified.append(byte) }
                    previousWasCR = false
                }
            }
            return String(decoding: unified, as: UTF8.self)
        }
    }

    /// NUL bytes, or many control bytes, in any of three 64 KiB windows (start, middle, end):
    /// cheap on a large file, and junk appended to a text, or a text glued before junk, is caught.
    static func looksBinary(_ bytes: Data.SubSequence) -> Bool {
        let window = 65_536
        guard !bytes.isEmpty else { return false }
        if bytes.count <= 3 * window { return looksBinarySample(bytes) }
        let middle = bytes.startIndex + bytes.count / 2 - window / 2
        return looksBinarySample(bytes.prefix(window))
            || looksBinarySample(bytes[middle..<(middle + window)])
            || looksBinarySample(bytes.suffix(window))
    }

    /// Whether decoded text (a JSON Lines record's `text`) would have been refused as a file.
    public static func looksBinary(text: String) -> Bool {
        looksBinary(Data(text.utf8)[...])
    }

    private static func looksBinarySample(_ sample: Data.SubSequence) -> Bool {
        sample.withUnsafeBytes { raw in
            var controls = 0
            for byte in raw {
                if byte == 0 { return true }
                if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C && byte != 0x1B { controls += 1 }
            }
            return controls * 20 > raw.count
        }
    }
}
