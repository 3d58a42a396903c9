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
        /// Offsets of the speaker mention in the text, when the mention is in it.
        public var speakerStart: Int?
        public var speakerEnd: Int?
        /// The pieces of a quotation split by its cue ("“…,” he said. “…”"), as [start, end]
        /// pairs inside start..<end; absent when it is one piece (PolNeAR gives them).
        public var parts: [[Int]]?
        /// What named the speaker ("name", "pronoun", "role", …: `SpeakerEvidence`), which the
        /// confidence is calibrated on; written by `parse`.
        public var speakerEvidence: String?

        public init(start: Int, end: Int, type: String, text: String? = nil, speaker: String? = nil,
                    speakerMention: String? = nil, cue: String? = nil, speakerAlternatives: [String]? = nil,
                    confidence: Double? = nil, speakerStart: Int? = nil, speakerEnd: Int? = nil,
                    speakerEvidence: String? = nil) {
            self.start = start
            self.end = end
            self.type = type
            self.text = text
            self.speaker = speaker
            self.speakerMention = speakerMention
            self.cue = cue
            self.speakerAlternatives = speakerAlternatives
            self.confidence = confidence
            self.speakerStart = speakerStart
            self.speakerEnd = speakerEnd
            self.speakerEvidence = speakerEvidence
        }

        enum CodingKeys: String, CodingKey {
            case start, end, type, text, speaker, cue, confidence, parts
            case speakerMention = "speaker_mention"
            case speakerAlternatives = "speaker_alternatives"
            case speakerStart = "speaker_start"
            case speakerEnd = "speaker_end"
            case speakerEvidence = "speaker_evidence"
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
    /// True when the line carried no `text`: an answer key kept apart from a third-party text,
    /// which the reader joins to the file its `source` names before anything reads offsets.
    public var textIsAbsent = false

    enum CodingKeys: String, CodingKey {
        case id, lang, source, text, entities, quotes, actors, format, encoding
        case foreignFragments = "foreign_fragments"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        lang = try c.decodeIfPresent(String.self, forKey: .lang)
        source = try c.decodeIfPresent(String.self, forKey: .source)
        // An answer key without its text must say where the text is.
        let decodedText = try source == nil ? c.decode(String.self, forKey: .text) : c.decodeIfPresent(String.self, forKey: .text)
        text = decodedText ?? ""
        textIsAbsent = decodedText == nil
        entities = try c.decodeIfPresent([EntityRecord].self, forKey: .entities)
        quotes = try c.decodeIfPresent([QuoteRecord].self, forKey: .quotes)
        actors = try c.decodeIfPresent([ActorRecord].self, forKey: .actors)
        foreignFragments = try c.decodeIfPresent([FragmentRecord].self, forKey: .foreignFragments)
        format = try c.decodeIfPresent(String.self, forKey: .format)
        encoding = try c.decodeIfPresent(String.self, forKey: .encoding)
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
                            speakerAlternatives: $0.speakerAlternatives, confidence: $0.confidence,
                            speakerStart: $0.speakerMention?.start, speakerEnd: $0.speakerMention?.end,
                            speakerEvidence: $0.evidence.rawValue)
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
