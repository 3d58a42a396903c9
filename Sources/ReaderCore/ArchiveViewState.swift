/// The archive view: the archive's actors with their counts, or one actor's statements.
public struct ArchiveViewState: Hashable, Sendable {
    public enum Listing: Hashable, Sendable {
        case loading
        case actors
        case statements(ArchiveActorRow)
        case unavailable(String)
    }

    public internal(set) var listing: Listing = .loading
    public internal(set) var actors: [ArchiveActorRow] = []
    public internal(set) var statements: [ArchiveStatementRow] = []
    public internal(set) var cursor = 0
    public internal(set) var top = 0
    /// The actors' cursor, kept while one actor's statements are shown.
    var actorCursor = 0
    /// Loads asked for and not yet taken by the terminal layer (`Reader.takeArchiveRequests`).
    var requests: [ArchiveRequest] = []

    /// Rows in the current listing.
    var rowCount: Int {
        switch listing {
        case .actors: actors.count
        case .statements: statements.count
        case .loading, .unavailable: 0
        }
    }
}
