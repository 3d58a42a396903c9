#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// The 256 scalars of a single-byte encoding, built once from glibc's iconv (one byte at a time,
/// so a byte the encoding leaves undefined becomes U+FFFD instead of stopping the conversion).
struct SingleByteTable: Sendable {
    let scalars: [Unicode.Scalar]

    static let windows1251 = SingleByteTable(.windows1251)
    static let koi8R = SingleByteTable(.koi8R)
    static let windows1252 = SingleByteTable(.windows1252)
    static let latin1 = SingleByteTable(.latin1)

    static func table(for encoding: TextEncoding) -> SingleByteTable? {
        switch encoding {
        case .windows1251: windows1251
        case .koi8R: koi8R
        case .windows1252: windows1252
        case .latin1: latin1
        default: nil
        }
    }

    private init(_ encoding: TextEncoding) {
        var scalars = (0..<128).map { Unicode.Scalar(UInt8($0)) }
        if encoding == .latin1 {
            scalars += (128..<256).map { Unicode.Scalar(UInt8($0)) }
        } else {
            scalars += (128..<256).map { Self.convert(UInt8($0), from: encoding.iconvName) ?? "\u{FFFD}" }
        }
        self.scalars = scalars
    }

    private static func convert(_ byte: UInt8, from name: String) -> Unicode.Scalar? {
        let converter = iconv_open("UTF-32LE", name)
        guard let converter, converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var input: [CChar] = [CChar(bitPattern: byte)]
        var output = [UInt8](repeating: 0, count: 8)
        let produced: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? = inBuffer.baseAddress
                var inLeft = 1
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress!)
                    .assumingMemoryBound(to: CChar.self)
                var outLeft = 8
                guard iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) != -1 else { return nil }
                return 8 - outLeft
            }
        }
        guard produced == 4 else { return nil }
        let value = UInt32(output[0]) | UInt32(output[1]) << 8 | UInt32(output[2]) << 16 | UInt32(output[3]) << 24
        return Unicode.Scalar(value)
    }

    func decode(_ bytes: some Sequence<UInt8>) -> String {
        var text = String.UnicodeScalarView()
        for byte in bytes { text.append(scalars[Int(byte)]) }
        return String(text)
    }
}
