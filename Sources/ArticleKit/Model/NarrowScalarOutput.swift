/// A buffer of 16-bit values, for a text whose scalars are all in the BMP (`ScalarColumn`): a
/// scalar above it is cut, and the decoder, which notices it, decodes the text again in 32 bits.
struct NarrowScalarOutput: ScalarSink {
    private let base: UnsafeMutablePointer<UInt16>

    init(_ base: UnsafeMutablePointer<UInt16>) { self.base = base }

    @inline(__always) func set(_ i: Int, _ value: UInt32) {
        base[i] = UInt16(truncatingIfNeeded: value)
    }
}
