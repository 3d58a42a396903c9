/// Scalars read by offset: what the statement passes need of a text, whether it is held in
/// 16 or 32 bits (`ScalarColumn`) or read through a buffer in a hot loop.
protocol ScalarReader {
    var count: Int { get }
    subscript(_ i: Int) -> Unicode.Scalar { get }
}

extension Array: ScalarReader where Element == Unicode.Scalar {}
extension UnsafeBufferPointer: ScalarReader where Element == Unicode.Scalar {}
