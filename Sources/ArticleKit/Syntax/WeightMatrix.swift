import Foundation

/// A quantised weight table (Int16, one scale factor): what the syntax model ships.
/// Serialised sparsely: a bitmap of the nonzero weights, then their values, so a weight no update
/// ever reached (most of a row: an update touches two classes) costs one bit in the file.
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

    /// Quantises float weights: the largest magnitude maps to Int16.max; weights below `dropBelow`
    /// of that become zero (features seen too rarely to matter), which the sparse file does not store.
    init(rowBits: Int, classes: Int, floatWeights w: [Float], dropBelow: Float = 0) {
        let maxAbs = w.reduce(Float(0)) { max($0, abs($1)) }
        let scale = maxAbs > 0 ? maxAbs / 32767 : 1
        let threshold = Int((dropBelow * 32767).rounded())
        let q = w.map { x -> Int16 in
            let v = Int((x / scale).rounded())
            return abs(v) <= threshold ? 0 : Int16(clamping: v)
        }
        self.init(rowBits: rowBits, classes: classes, scale: scale, weights: q)
    }

    /// The scoring kernel, where tagging and parsing spend their time: integer sums of the rows
    /// (weights are quantised anyway), converted once. Through buffer pointers: every row index is
    /// masked to the table (`rowMask`), so the reads stay inside it.
    func score(rows: [Int], into scores: inout [Float]) {
        let c = classes
        precondition(scores.count >= c)
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: c) { acc in
            acc.initialize(repeating: 0)
            weights.withUnsafeBufferPointer { w in
                rows.withUnsafeBufferPointer { rows in
                    let base = w.baseAddress!
                    for r in rows {
                        let p = base + (r & rowMask) &* c
                        for k in 0..<c { acc[k] &+= Int32(p[k]) }
                    }
                }
            }
            scores.withUnsafeMutableBufferPointer { scores in
                for k in 0..<c { scores[k] = Float(acc[k]) }
            }
        }
    }

    var nonzeroWeights: Int { weights.reduce(0) { $0 + ($1 != 0 ? 1 : 0) } }

    func write(to out: inout ModelWriter) {
        out.u32(UInt32(rowBits)); out.u32(UInt32(classes)); out.u32(scale.bitPattern)
        var bitmap = [UInt8](repeating: 0, count: (weights.count + 7) / 8)
        var kept: [Int16] = []
        for (i, x) in weights.enumerated() where x != 0 { bitmap[i >> 3] |= 1 << UInt8(i & 7); kept.append(x) }
        out.bytes(bitmap)
        out.u32(UInt32(kept.count))
        for x in kept { out.u16(UInt16(bitPattern: x)) }
    }

    init(from input: inout ModelReader) throws {
        let bits = Int(try input.u32()), classes = Int(try input.u32())
        let scale = Float(bitPattern: try input.u32())
        guard bits >= 4, bits <= 24, classes >= 1, classes <= 512, scale.isFinite else { throw ModelReader.FormatError.badHeader }
        let count = classes << bits
        let bitmap = Array(try input.bytes((count + 7) / 8))
        let kept = Int(try input.u32())
        guard kept <= count else { throw ModelReader.FormatError.badHeader }
        let values = Array(try input.bytes(2 * kept))
        var w = [Int16](repeating: 0, count: count)
        var k = 0
        for byte in 0..<bitmap.count where bitmap[byte] != 0 {
            var bits8 = bitmap[byte]
            while bits8 != 0 {
                let i = byte << 3 | bits8.trailingZeroBitCount
                guard i < count, k < kept else { throw ModelReader.FormatError.badHeader }
                w[i] = Int16(bitPattern: UInt16(values[2 * k]) | UInt16(values[2 * k + 1]) << 8)
                k += 1
                bits8 &= bits8 - 1
            }
        }
        guard k == kept else { throw ModelReader.FormatError.badHeader }
        self.init(rowBits: bits, classes: classes, scale: scale, weights: w)
    }
}
