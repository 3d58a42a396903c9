import Foundation

/// Turns raw bytes into article text: UTF-8 (with or without BOM), invalid sequences replaced
/// by U+FFFD so nothing crashes and nothing else is lost; binary data refused.
public enum TextDecoder {
    /// Bytes in any encoding Verbatim reads: `forced` when given, else a BOM, else UTF-8 unless
    /// the bytes are not UTF-8 and read clearly better in a legacy single-byte encoding.
    public static func decode(_ data: Data, encoding forced: TextEncoding?) -> DecodedText? {
        let bytes = data[...]
        let utf16 = forced.flatMap { [.utf16LE, .utf16BE].contains($0) ? $0 : nil }
            ?? (forced == nil && bytes.starts(with: [0xFF, 0xFE]) ? .utf16LE
                : forced == nil && bytes.starts(with: [0xFE, 0xFF]) ? .utf16BE : nil)
        if let utf16 {
            let text = decodeUTF16(bytes, bigEndian: utf16 == .utf16BE)
            return looksBinary(text: text) ? nil : DecodedText(text: text, encoding: utf16)
        }
        let legacy: TextEncoding?
        if let forced {
            legacy = forced.isSingleByte ? forced : nil
        } else {
            legacy = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? nil : EncodingDetector.legacyEncoding(of: bytes)
        }
        guard let legacy, let table = SingleByteTable.table(for: legacy) else {
            return decode(data).map { DecodedText(text: $0, encoding: .utf8) }
        }
        if looksBinary(bytes) { return nil }
        // CR and LF are the same bytes in every single-byte encoding read here.
        return DecodedText(text: table.decode(unifiedLineEnds(bytes)), encoding: legacy)
    }

    /// UTF-16 without its BOM; unpaired surrogates and an odd last byte become U+FFFD.
    static func decodeUTF16(_ bytes: Data.SubSequence, bigEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let first = UInt16(bytes[index]), second = UInt16(bytes[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        if units.first == 0xFEFF { units.removeFirst() }
        var text = String(decoding: units, as: UTF16.self)
        if bytes.count % 2 == 1 { text.append("\u{FFFD}") }
        return unifiedLineEnds(text)
    }

    /// CRLF and lone CR as LF in decoded text (a page's `&#13;`, a feed's JSON "\r"), so offsets
    /// match the lines the reader shows.
    static func unifiedLineEnds(_ text: String) -> String {
        guard text.unicodeScalars.contains("\r") else { return text }
        var scalars = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\r" {
                scalars.append("\n")
                previousWasCR = true
            } else {
                if !(scalar == "\n" && previousWasCR) { scalars.append(scalar) }
                previousWasCR = false
            }
        }
        return String(scalars)
    }

    /// CRLF and lone CR as LF, on bytes of an encoding where CR and LF are single bytes.
    static func unifiedLineEnds(_ input: Data.SubSequence) -> [UInt8] {
        input.withUnsafeBytes { raw in
            var unified: [UInt8] = []
            unified.reserveCapacity(raw.count)
            var previousWasCR = false
            for byte in raw {
                if byte == 0x0D {
                    unified.append(0x0A)
                    previousWasCR = true
                } else {
                    if !(byte == 0x0A && previousWasCR) { unified.append(byte) }
                    previousWasCR = false
                }
            }
            return unified
        }
    }

    public static func decode(_ data: Data) -> String? {
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if looksBinary(bytes) { return nil }
        // Line endings: CRLF and lone CR become LF, so offsets match what the reader shows.
        // Done on the bytes (a CR byte is never part of a longer UTF-8 sequence), in one pass.
        let hasCR = bytes.withUnsafeBytes { raw in
            raw.count > 0 && memchr(raw.baseAddress!, 0x0D, raw.count) != nil
        }
        return hasCR ? String(decoding: unifiedLineEnds(bytes), as: UTF8.self) : String(decoding: bytes, as: UTF8.self)
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
