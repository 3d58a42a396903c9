/// A text's scalars as the statement passes read them: two bytes each when every scalar of the
/// text is in the Basic Multilingual Plane (news text almost always is), four otherwise. Half the
/// memory of `[Unicode.Scalar]` on a long article, read the same way.
struct ScalarColumn: RandomAccessCollection, Sendable {
    /// The scalars' values when all fit in 16 bits (`isNarrow`), else empty.
    private let narrow: [UInt16]
    /// The scalars when one does not fit, else empty.
    private let wide: [Unicode.Scalar]
    private let isNarrow: Bool

    /// `values` must be the values of valid scalars of the BMP (so never a surrogate).
    init(narrow values: [UInt16]) {
        narrow = values
        wide = []
        isNarrow = true
    }

    init(_ scalars: [Unicode.Scalar]) {
        narrow = []
        wide = scalars
        isNarrow = false
    }

    var startIndex: Int { 0 }
    var endIndex: Int { isNarrow ? narrow.count : wide.count }

    @inline(__always) subscript(i: Int) -> Unicode.Scalar {
        // A narrow value is a valid scalar's (`init(narrow:)`).
        isNarrow ? unsafeBitCast(UInt32(narrow[i]), to: Unicode.Scalar.self) : wide[i]
    }

    /// Calls `narrow` with the values or `wide` with the scalars, whichever the column holds: the
    /// tokenizer's hot loop reads them through a buffer (`ScalarReader`), specialised for each.
    func withBuffer<R>(narrow: (UnsafeBufferPointer<UInt16>) -> R, wide: (UnsafeBufferPointer<Unicode.Scalar>) -> R) -> R {
        isNarrow ? self.narrow.withUnsafeBufferPointer(narrow) : self.wide.withUnsafeBufferPointer(wide)
    }
}

extension ScalarColumn: ScalarReader {}
