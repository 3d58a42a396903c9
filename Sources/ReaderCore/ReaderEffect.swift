/// Something the reducer asks the terminal layer to do outside the screen; it reports back
/// with `.notify`.
public enum ReaderEffect: Hashable, Sendable {
    /// Put this (already sanitised) text on the clipboard.
    case copy(String)
    /// Write a file of this name with these contents.
    case write(fileName: String, contents: String)
}
