/// An array's buffer of 32-bit values (`Unicode.Scalar` is its value, `UInt32` is itself).
struct ScalarOutput: ScalarSink {
    private let base: UnsafeMutableRawPointer

    init(_ base: UnsafeMutableRawPointer) { self.base = base }

    @inline(__always) func set(_ i: Int, _ value: UInt32) {
        base.storeBytes(of: value, toByteOffset: i &* 4, as: UInt32.self)
    }
}
