/// One number per token (a token, pair, sentence, entity or paragraph index, or -1), stored in
/// 32 bits and read as `Int`: a document holds several of these, and on a long article `[Int]`
/// doubled their memory for no value a token offset (`StatementToken`, 32 bits too) can reach.
struct TokenColumn: Sendable {
    private var values: [Int32]

    init(repeating value: Int, count: Int) {
        values = [Int32](repeating: Int32(value), count: count)
    }

    /// A column written value by value through `body`, which must set all `count` of them.
    init(count: Int, _ body: (UnsafeMutableBufferPointer<Int32>) -> Void) {
        values = [Int32](unsafeUninitializedCapacity: count) { buffer, initialized in
            body(buffer)
            initialized = count
        }
    }

    var count: Int { values.count }

    subscript(i: Int) -> Int {
        get { Int(values[i]) }
        set { values[i] = Int32(truncatingIfNeeded: newValue) }
    }

    mutating func withUnsafeMutableBufferPointer<R>(_ body: (inout UnsafeMutableBufferPointer<Int32>) -> R) -> R {
        values.withUnsafeMutableBufferPointer(body)
    }
}

/// For each token, the closing token of the outermost quotation it opens, or -1: read from the
/// pairs through `pairAt` instead of a column of its own.
struct QuoteEnds: Sendable {
    let pairAt: TokenColumn
    let pairs: [QuotePair]

    subscript(i: Int) -> Int {
        let p = pairAt[i]
        return p < 0 ? -1 : pairs[p].close
    }
}
