/// What a key does in the library.
public enum LibraryAction: Hashable, Sendable {
    case move(Int)
    case movePage(Int)
    case open
    /// Back to the library from an article.
    case show
    case cycleSort
    case startFilter
    case filterInsert(Character)
    case filterBackspace
    case filterDone
    case clearFilter
}
