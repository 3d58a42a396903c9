/// What the archive view asks the terminal layer to load, off the key loop; the answer comes
/// back as an `ArchiveAction`.
public enum ArchiveRequest: Hashable, Sendable {
    /// Every actor with statements, most quoted first.
    case actors
    /// One actor's statements, oldest first.
    case statements(actorID: Int64)
    /// An archived article not open in the session, to open at the statement starting at `start`.
    case article(hash: String, start: Int)
    /// For the actors panel: how many other archived articles quote each of a document's actors
    /// (the text, to know the article by, is hashed on the archive's thread, not the keys').
    case elsewhere(document: Int, text: String, names: [String])
}
