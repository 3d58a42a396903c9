import Foundation

/// A quantised weight table (Int16, one scale factor): what the syntax model ships.
/// Serialised sparsely: a bitmap of the rows that hold a weight, then those rows only, so rows
/// no feature ever reached (or whose weights round to zero) cost one bit in the file.
struct WeightMatrix: ScoreTable, Sendable {
    let rowBits: Int
    let classes: Int
    let scale: Float
    let weights: [Int16]
    var rowMask: Int { (1 << rowBits) - 1 }

    init(rowBits: Int, classes: Int, scale: Float, weights: [Int16]) {
        precondition(weights.count == classes << rowBits)
        self.rowBits = rowBits; self.classes = classes; self.scale = scale; self.weights = weights
    }

    /// Quantises float weights: the largest magnitude maps to Int16.max; a row whose largest
    /// weight is below `dropBelow` of that is dropped (its features were seen too rarely to matter).
    init(rowBits: Int, classes: Int, floatWeights w: [Float], dropBelow: Float = 0) {
        let maxAbs = w.reduce(Float(0)) { max($0, abs($1)) }
        let scale = maxAbs > 0 ? maxAbs / 32767 : 1
        var q = w.map { Int16(clamping: Int(($0 / scale).rounded())) }
        let threshold = Int16(clamping: Int((dropBelow * 32767).rounded()))
        for r in 0..<(1 << rowBits) {
            let row = (r * classes)..<((r + 1) * classes)
            if q[row].allSatisfy({ abs(Int($0)) <= Int(threshold) }) { for k in row { q[k] = 0 } }
        }
        self.init(rowBits: rowBits, classes: classes, scale: scale, weights: q)
    }

    /// The scoring kernel: integer sums of the rows (weights are quantised anyway), converted once.
    func score(rows: UnsafeBufferPointer<Int>, into scores: UnsafeMutablePointer<Float>) {
        let c = classes
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: c) { acc in
            acc.initialize(repeating: 0)
            weights.withUnsafeBufferPointer { w in
                let base = w.baseAddress!
                for r in rows {
                    let p = base + r &* c
                    for k in 0..<c { acc[k] &+= Int32(p[k]) }
                }
            }
            for k in 0..<c { scores[k] = Float(acc[k]) }
        }
    }

    var nonzeroRows: Int {
        (0..<(1 << rowBits)).reduce(0) { n, r in n + (weights[(r * classes)..<((r + 1) * classes)].contains { $0 != 0 } ? 1 : 0) }
    }

    func write(to out: inout ModelWriter) {
        out.u32(UInt32(rowBits)); out.u32(UInt32(classes)); out.u32(scale.bitPattern)
        let rows = 1 << rowBits
        var bitmap = [UInt8](repeating: 0, count: (rows + 7) / 8)
        var kept: [Int16] = []
        for r in 0..<rows {
            let row = weights[(r * classes)..<((r + 1) * classes)]
            if row.contains(where: { $0 != 0 }) { bitmap[r >> 3] |= 1 << UInt8(r & 7); kept.append(contentsOf: row) }
        }
        out.bytes(bitmap)
        out.u32(UInt32(kept.count / max(classes, 1)))
        for x in kept { out.u16(UInt16(bitPattern: x)) }
    }

    init(from input: inout ModelReader) throws {
        let bits = Int(try input.u32()), classes = Int(try input.u32())
        let scale = Float(bitPattern: try input.u32())
        guard bits >= 4, bits <= 24, classes >= 1, classes <= 512, scale.isFinite else { throw ModelReader.FormatError.badHeader }
        let rows = 1 << bits
        let bitmap = Array(try input.bytes((rows + 7) / 8))
        let keptRows = Int(try input.u32())
        var w = [Int16](repeating: 0, count: rows * classes)
        var seen = 0
        for r in 0..<rows where bitmap[r >> 3] & (1 << UInt8(r & 7)) != 0 {
            guard seen < keptRows else { throw ModelReader.FormatError.truncated }
            for k in 0..<classes { w[r * classes + k] = Int16(bitPattern: try input.u16()) }
            seen += 1
        }
        guard seen == keptRows else { throw ModelReader.FormatError.badHeader }
        self.init(rowBits: bits, classes: classes, scale: scale, weights: w)
    }
}
