/// A hashed weight table the tagger and parser score with: `rows` feature rows of `classes`
/// weights each. Implemented by the quantised shipped weights and by the float weights of training.
protocol ScoreTable {
    var classes: Int { get }
    var rowMask: Int { get }
    /// Sets `scores[0..<classes]` to the sum of the given rows.
    func score(rows: [Int], into scores: inout [Float])
}
