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

/// A per-token number that grows by at most one from a token to the next (the sentence or the
/// paragraph of each token): the value at the start of each block of 128 tokens, and one byte per
/// token above it, instead of four bytes per token. Values that grow otherwise are kept as they are.
struct StepColumn: Sendable {
    private static let blockShift = 7
    private let bases: [Int32]
    private let steps: [UInt8]
    private let plain: TokenColumn?

    init(_ column: TokenColumn) {
        let blocks = (column.count + (1 << Self.blockShift) - 1) >> Self.blockShift
        var bases = [Int32](repeating: 0, count: blocks)
        var steps = [UInt8](repeating: 0, count: column.count)
        var fits = true
        for i in 0..<column.count {
            let block = i >> Self.blockShift
            if i & ((1 << Self.blockShift) - 1) == 0 { bases[block] = Int32(column[i]) }
            let step = column[i] - Int(bases[block])
            guard (0...255).contains(step) else { fits = false; break }
            steps[i] = UInt8(step)
        }
        if fits {
            self.bases = bases
            self.steps = steps
            plain = nil
        } else {
            self.bases = []
            self.steps = []
            plain = column
        }
    }

    var count: Int { plain?.count ?? steps.count }

    subscript(i: Int) -> Int {
        if let plain { return plain[i] }
        return Int(bases[i >> Self.blockShift]) + Int(steps[i])
    }
}
