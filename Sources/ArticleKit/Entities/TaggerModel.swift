import Foundation

/// The weights of the tagger: a feature-hashed table of `rows × TagSet.count` weights, quantised
/// to Int16 with one scale factor. Binary format (little endian), read with one `Data` load:
///   "VBTAGGR1" · UInt32 rowBits · UInt32 tagCount · Float32 scale · UInt32 flags · Int16[rows × tags]
public struct TaggerModel: Sendable {
    public static let magic = Array("VBTAGGR1".utf8)
    public let rowBits: Int
    public let scale: Float
    public let weights: [Int16]

    public init(rowBits: Int, scale: Float, weights: [Int16]) {
        self.rowBits = rowBits
        self.scale = scale
        self.weights = weights
    }

    /// Quantises float weights: the largest magnitude maps to Int16.max.
    public init(rowBits: Int, floatWeights: [Float]) {
        let maxAbs = floatWeights.reduce(Float(0)) { max($0, abs($1)) }
        let scale = maxAbs > 0 ? maxAbs / 32767 : 1
        self.rowBits = rowBits
        self.scale = scale
        weights = floatWeights.map { Int16(clamping: Int(($0 / scale).rounded())) }
    }

    public enum FormatError: Error, CustomStringConvertible {
        case badHeader, badSize
        public var description: String {
            switch self {
            case .badHeader: "not a Verbatim tagger model (bad header)"
            case .badSize: "truncated or oversized tagger model"
            }
        }
    }

    public init(data: Data) throws {
        guard data.count >= 24, Array(data.prefix(8)) == Self.magic else { throw FormatError.badHeader }
        func u32(_ offset: Int) -> UInt32 {
            data.withUnsafeBytes { UInt32(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: UInt32.self)) }
        }
        let bits = Int(u32(8)), tags = Int(u32(12))
        guard bits >= 4, bits <= 26, tags == TagSet.count else { throw FormatError.badHeader }
        let scale = Float(bitPattern: u32(16))
        let count = (1 << bits) * tags
        guard data.count == 24 + 2 * count else { throw FormatError.badSize }
        var w = [Int16](repeating: 0, count: count)
        w.withUnsafeMutableBytes { dst in
            data.withUnsafeBytes { src in dst.copyMemory(from: UnsafeRawBufferPointer(rebasing: src[24..<(24 + 2 * count)])) }
        }
        #if _endian(big)
        w = w.map { Int16(littleEndian: $0) }
        #endif
        self.init(rowBits: bits, scale: scale, weights: w)
    }

    public func data() -> Data {
        var d = Data(Self.magic)
        func put(_ x: UInt32) { withUnsafeBytes(of: x.littleEndian) { d.append(contentsOf: $0) } }
        put(UInt32(rowBits)); put(UInt32(TagSet.count)); put(scale.bitPattern); put(0)
        weights.withUnsafeBytes { raw in
            if Int16(1).littleEndian == 1 { d.append(contentsOf: raw) }
            else { for x in weights { withUnsafeBytes(of: x.littleEndian) { d.append(contentsOf: $0) } } }
        }
        return d
    }

    /// The model shipped in the package (Resources/ner/tagger.bin), or nil if it is missing.
    public static let shipped: TaggerModel? = try? loadShipped()

    /// Reads the shipped model afresh (the benchmark times this).
    public static func loadShipped() throws -> TaggerModel {
        guard let url = Bundle.module.url(forResource: "tagger", withExtension: "bin", subdirectory: "Resources/ner") else {
            throw FormatError.badHeader
        }
        return try TaggerModel(data: Data(contentsOf: url))
    }
}
