/// The kind of document an article was read from.
public enum DocumentFormat: String, Sendable, Hashable, CaseIterable {
    case text
    case markdown
    case html
    case rss
    case atom
    case jsonFeed = "json-feed"
}
