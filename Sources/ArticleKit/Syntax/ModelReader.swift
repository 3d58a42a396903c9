import Foundation

/// Reads the little-endian fields of a syntax model file, failing on truncation.
struct ModelReader {
    enum FormatError: Error, CustomStringConvertible {
        case badHeader, truncated, unsupportedVersion(UInt32)
        var description: String {
            switch self {
            case .badHeader: "not a Verbatim syntax model (bad header or field)"
            case .truncated: "truncated syntax model"
            case .unsupportedVersion(let v): "syntax model version \(v) is not supported"
            }
        }
    }

    let bytes: [UInt8]
    var offset = 0
    init(_ data: Data) { bytes = [UInt8](data) }

    mutating func bytes(_ n: Int) throws -> ArraySlice<UInt8> {
        guard n >= 0, offset + n <= bytes.count else { throw FormatError.truncated }
        defer { offset += n }
        return bytes[offset..<(offset + n)]
    }
    mutating func u32() throws -> UInt32 {
        let b = try bytes(4)
        return b.reversed().reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
    }
    mutating func u16() throws -> UInt16 {
        let b = try bytes(2)
        return UInt16(b[b.startIndex]) | UInt16(b[b.startIndex + 1]) << 8
    }
    mutating func string() throws -> String {
        let n = Int(try u32())
        guard n <= 1 << 20 else { throw FormatError.badHeader }
        return String(decoding: try bytes(n), as: UTF8.self)
    }
    var atEnd: Bool { offset == bytes.count }
}
