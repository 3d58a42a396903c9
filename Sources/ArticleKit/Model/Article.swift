/// One article to read and analyse: where it came from and its text.
public struct Article: Sendable, Hashable, Identifiable {
    public var id: String
    public var title: String
    public var source: String?
    /// Language given by the caller (a record's `lang`); `nil` means: detect it.
    public var language: String?
    public var text: String

    public init(id: String, title: String, source: String? = nil, language: String? = nil, text: String) {
        self.id = id
        self.title = title
        self.source = source
        self.language = language
        self.text = text
    }
}
