/// One statement as the archive answers it: what was said, by whom, and the article it is in.
/// Encoded as one JSON object per line by `who`, `said` and `archive export`.
public struct ArchivedStatement: Codable, Sendable, Hashable {
    /// The article's content hash (`ContentHash`), its identity in the archive.
    public var article: String
    public var title: String
    public var source: String?
    /// Publication date (ISO 8601) when the article gave one.
    public var published: String?
    public var language: String
    /// The speaker: the actor's name merged across articles, else the name as this article gave it.
    public var speaker: String?
    /// The words that introduced it ("Il", "la porte-parole").
    public var speakerMention: String?
    /// "direct" or "indirect".
    public var kind: String
    public var cue: String
    public var text: String
    /// Scalar offsets of the statement in the article's text (end exclusive).
    public var start: Int
    public var end: Int
    public var confidence: Double

    enum CodingKeys: String, CodingKey {
        case article, title, source, published, language, speaker
        case speakerMention = "speaker_mention"
        case kind, cue, text, start, end, confidence
    }

    public init(article: String, title: String, source: String?, published: String?, language: String,
                speaker: String?, speakerMention: String?, kind: String, cue: String, text: String,
                start: Int, end: Int, confidence: Double) {
        self.article = article
        self.title = title
        self.source = source
        self.published = published
        self.language = language
        self.speaker = speaker
        self.speakerMention = speakerMention
        self.kind = kind
        self.cue = cue
        self.text = text
        self.start = start
        self.end = end
        self.confidence = confidence
    }
}
