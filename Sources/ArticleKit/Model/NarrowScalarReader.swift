/// The 16-bit values of a narrow `ScalarColumn`, read as scalars through a buffer.
struct NarrowScalarReader: ScalarReader {
    let values: UnsafeBufferPointer<UInt16>

    var count: Int { values.count }

    /// A narrow column holds only valid scalars of the BMP.
    @inline(__always) subscript(i: Int) -> Unicode.Scalar {
        unsafeBitCast(UInt32(values[i]), to: Unicode.Scalar.self)
    }
}
