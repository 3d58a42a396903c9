/// No array: the values are dropped, and the optimiser drops the work that made them.
struct NoScalarOutput: ScalarSink {
    @inline(__always) func set(_ i: Int, _ value: UInt32) {}
}
