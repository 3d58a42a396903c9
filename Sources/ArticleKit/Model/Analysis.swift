/// Everything ArticleKit finds in one article; all spans are offsets into `text`.
public struct Analysis: Sendable, Hashable {
    public var text: ScalarText
    /// Article language ("fr", "en", "ru", or "und").
    public var language: String
    public var paragraphs: [Paragraph]
    public var tokens: [Token]
    public var sentences: [Sentence]
    public var entities: [Entity]
    public var quotes: [Quote]
    public var actors: [Actor]
    public var foreignFragments: [ForeignFragment]

    public init(text: ScalarText, language: String = "und", paragraphs: [Paragraph] = [], tokens: [Token] = [],
                sentences: [Sentence] = [], entities: [Entity] = [], quotes: [Quote] = [],
                actors: [Actor] = [], foreignFragments: [ForeignFragment] = []) {
        self.text = text
        self.language = language
        self.paragraphs = paragraphs
        self.tokens = tokens
        self.sentences = sentences
        self.entities = entities
        self.quotes = quotes
        self.actors = actors
        self.foreignFragments = foreignFragments
    }
}
