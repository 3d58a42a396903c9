/// What adding one analysed article did to the archive.
public enum AddOutcome: String, Sendable, Hashable {
    /// A text not seen before.
    case added
    /// Seen before, analysed by an older model: its rows were replaced.
    case replaced
    /// Seen before with this model version or a newer one: nothing changed.
    case skipped
}
