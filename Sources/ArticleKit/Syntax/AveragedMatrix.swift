/// Float weights of a hashed table during training, with the running sums that averaging needs
/// (the averaged perceptron's w − u/c trick: no copy of the weights per step).
final class AveragedMatrix: ScoreTable {
    let rowBits: Int
    let classes: Int
    var w: [Float]
    var u: [Float]
    /// Updates so far plus one: the "c" of w − u/c.
    var step: Float = 1
    var rowMask: Int { (1 << rowBits) - 1 }

    init(rowBits: Int, classes: Int) {
        self.rowBits = rowBits; self.classes = classes
        w = [Float](repeating: 0, count: classes << rowBits); u = w
    }

    func score(rows: [Int], into scores: inout [Float]) {
        for k in 0..<classes { scores[k] = 0 }
        for r in rows { let base = r * classes; for k in 0..<classes { scores[k] += w[base + k] } }
    }

    /// Rewards class `good` and penalises class `bad` on every row: the training kernel, through
    /// buffer pointers (as arrays, w and u checked their uniqueness at every write).
    func update(rows: [Int], good: Int, bad: Int) {
        let c = classes, s = step
        w.withUnsafeMutableBufferPointer { w in
            u.withUnsafeMutableBufferPointer { u in
                for r in rows {
                    w[r * c + good] += 1; u[r * c + good] += s
                    w[r * c + bad] -= 1; u[r * c + bad] -= s
                }
            }
        }
    }

    func tick() { step += 1 }

    /// The averaged weights.
    func averaged() -> [Float] { zip(w, u).map { $0 - $1 / step } }
}
