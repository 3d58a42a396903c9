/// One article to read and analyse: where it came from and its text.
public struct Article: Sendable, Hashable, Identifiable {
    public var id: String
    public var title: String
    public var source: String?
    /// Language given by the caller (a record's `lang`); `nil` means: detect it.
    public var language: String?
    public var text: String
    /// What the text was read from and in which encoding; nil when it did not come from bytes.
    public var format: DocumentFormat?
    public var encoding: TextEncoding?
    /// When the feed or page says it was published (ISO 8601, UTC), for sorting a library.
    public var published: String?

    public init(id: String, title: String, source: String? = nil, language: String? = nil, text: String,
                format: DocumentFormat? = nil, encoding: TextEncoding? = nil) {
        self.id = id
        self.format = format
        self.encoding = encoding
        self.title = title
        self.source = source
        self.language = language
        self.text = text
    }
}
