import ArticleKit

/// What a key, or an answer from the archive, does in the archive view (`A`).
public enum ArchiveAction: Hashable, Sendable {
    case show
    case move(Int)
    case movePage(Int)
    /// Enter: an actor's statements, or a statement in its article (from the archive when not open).
    case open
    /// Esc, q, Backspace: from the statements to the actors, from the actors to where the reader was.
    case back
    case actorsLoaded([ArchiveActorRow])
    case statementsLoaded(actorID: Int64, [ArchiveStatementRow])
    /// The archive cannot be read (none yet, --no-archive, damaged): said in the view.
    case unavailable(String)
    /// An archived article asked for with Enter, to open at the statement starting at `start`.
    case articleLoaded(Article, start: Int)
    /// How many other archived articles quote each actor of a document (by actor index).
    case elsewhereLoaded(document: Int, [Int])
}
