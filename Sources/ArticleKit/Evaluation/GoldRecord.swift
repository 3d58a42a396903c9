import Foundation

/// One line of the gold / prediction JSON Lines format (shared/gold/README.md).
public struct GoldRecord: Codable, Sendable, Hashable {
    public struct EntityRecord: Codable, Sendable, Hashable {
        public var start: Int
        public var end: Int
        public var type: String
        public var text: String?
    }

    public struct QuoteRecord: Codable, Sendable, Hashable {
        public var start: Int
        public var end: Int
        public var type: String
        public var text: String?
        public var speaker: String?
        public var speakerMention: String?
        public var cue: String?
        public var speakerAlternatives: [String]?
        public var confidence: Double?

        enum CodingKeys: String, CodingKey {
            case start, end, type, text, speaker, cue, confidence
            case speakerMention = "speaker_mention"
            case speakerAlternatives = "speaker_alternatives"
        }
    }

    public struct ActorRecord: Codable, Sendable, Hashable {
        public var name: String
        public var type: String
        public var aliases: [String]?
        public var role: String?
    }

    public struct FragmentRecord: Codable, Sendable, Hashable {
        public var start: Int
        public var end: Int
        public var text: String?
        public var script: String?
        public var lang: String?
    }

    public var id: String
    public var lang: String?
    public var source: String?
    public var text: String
    public var entities: [EntityRecord]?
    public var quotes: [QuoteRecord]?
    public var actors: [ActorRecord]?
    public var foreignFragments: [FragmentRecord]?
    /// What the article was read from ("text", "markdown", "html", "rss", "atom", "json-feed")
    /// and in which encoding ("utf-8", "windows-1251", …); absent in older files.
    public var format: String?
    public var encoding: String?

    enum CodingKeys: String, CodingKey {
        case id, lang, source, text, entities, quotes, actors, format, encoding
        case foreignFragments = "foreign_fragments"
    }

    public init(id: String, lang: String? = nil, source: String? = nil, text: String,
                entities: [EntityRecord]? = nil, quotes: [QuoteRecord]? = nil,
                actors: [ActorRecord]? = nil, foreignFragments: [FragmentRecord]? = nil,
                format: String? = nil, encoding: String? = nil) {
        self.id = id
        self.format = format
        self.encoding = encoding
        self.lang = lang
        self.source = source
        self.text = text
        self.entities = entities
        self.quotes = quotes
        self.actors = actors
        self.foreignFragments = foreignFragments
    }

    /// The record `parse` writes for an analysed article.
    public init(article: Article, analysis: Analysis) {
        self.init(
            id: article.id,
            lang: analysis.language,
            source: article.source,
            text: article.text,
            entities: analysis.entities.map {
                EntityRecord(start: $0.span.start, end: $0.span.end, type: $0.type.rawValue, text: $0.text)
            },
            quotes: analysis.quotes.map {
                QuoteRecord(start: $0.span.start, end: $0.span.end, type: $0.kind.rawValue, text: $0.text,
                            speaker: $0.speaker, speakerMention: $0.speakerMentionText, cue: $0.cue,
                            speakerAlternatives: $0.speakerAlternatives, confidence: $0.confidence)
            },
            actors: analysis.actors.map {
                ActorRecord(name: $0.name, type: $0.type.rawValue, aliases: $0.aliases, role: $0.role)
            },
            foreignFragments: analysis.foreignFragments.map {
                FragmentRecord(start: $0.span.start, end: $0.span.end, text: $0.text, script: $0.script, lang: $0.lang)
            },
            format: article.format?.rawValue,
            encoding: article.encoding?.rawValue
        )
    }

    /// The article this record describes, for analysing a gold text afresh.
    public var article: Article {
        let firstLine = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: true).first.map(String.init) ?? id
        return Article(id: id, title: firstLine, source: source, language: lang, text: text)
    }
}
