/// One number per token (a token, pair, sentence, entity or paragraph index, or -1), stored in
/// 32 bits, as token offsets are (`StatementToken`), and read as `Int`: half the memory of an
/// `[Int]` on a long article.
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

/// Disjoint runs of tokens in order (the outermost quotations, the entities), found from a token
/// in constant time: a bit per token marks where each run starts, with the number of runs
/// starting before every 64 tokens. A few bits per token instead of a column of 32-bit values.
struct TokenRuns: Sendable {
    private let starts: [UInt64]
    private let before: [Int32]
    /// Each run's end (exclusive).
    private let ends: [Int32]

    /// `runs` in order, disjoint and not empty, within `0..<count`.
    init(count: Int, runs: [Range<Int>]) {
        var starts = [UInt64](repeating: 0, count: count / 64 + 1)
        for run in runs { starts[run.lowerBound >> 6] |= 1 << UInt64(run.lowerBound & 63) }
        var before = [Int32](repeating: 0, count: starts.count)
        var total: Int32 = 0
        for w in starts.indices {
            before[w] = total
            total += Int32(starts[w].nonzeroBitCount)
        }
        self.starts = starts
        self.before = before
        ends = runs.map { Int32($0.upperBound) }
    }

    /// Whether `runs` suit `init`: in order, disjoint, none empty.
    static func areDisjoint(_ runs: [Range<Int>]) -> Bool {
        var end = Int.min
        for run in runs {
            if run.isEmpty || run.lowerBound < end { return false }
            end = run.upperBound
        }
        return true
    }

    /// The number of runs starting at or before token `t`.
    @inline(__always) private func startsThrough(_ t: Int) -> Int {
        let w = t >> 6
        let below: UInt64 = (2 << UInt64(t & 63)) &- 1   // bits 0 through t & 63 (all when 63)
        return Int(before[w]) + (starts[w] & below).nonzeroBitCount
    }

    /// The run holding token `t` (its place in order), or -1.
    func run(containing t: Int) -> Int {
        let r = startsThrough(t) - 1
        return r >= 0 && t < Int(ends[r]) ? r : -1
    }

    /// The run starting at token `t`, or -1.
    func run(startingAt t: Int) -> Int {
        starts[t >> 6] >> UInt64(t & 63) & 1 != 0 ? startsThrough(t) - 1 : -1
    }
}

/// A number for each token inside a run (its run's value), -1 elsewhere; or, for runs that
/// overlap, a plain column.
struct RunColumn: Sendable {
    private let runs: TokenRuns
    private let values: [Int32]
    private let plain: TokenColumn?

    init(runs: TokenRuns, values: [Int32]) {
        self.runs = runs
        self.values = values
        plain = nil
    }

    init(_ plain: TokenColumn) {
        runs = TokenRuns(count: 0, runs: [])
        values = []
        self.plain = plain
    }

    subscript(t: Int) -> Int {
        if let plain { return plain[t] }
        let r = runs.run(containing: t)
        return r < 0 ? -1 : Int(values[r])
    }
}

/// A number for each token that starts a run (its run's value), -1 elsewhere.
struct RunStartColumn: Sendable {
    let runs: TokenRuns
    let values: [Int32]

    subscript(t: Int) -> Int {
        let r = runs.run(startingAt: t)
        return r < 0 ? -1 : Int(values[r])
    }
}
