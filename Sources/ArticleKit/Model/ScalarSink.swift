/// Where `ScalarText`'s decoder writes one array of the text (the scalars, or their normalised
/// values), or nothing when that array is not wanted: one decoder, specialised for each case.
protocol ScalarSink {
    func set(_ i: Int, _ value: UInt32)
}
