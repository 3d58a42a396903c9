/// A statement someone made: its content span, how it was reported, and by whom.
public struct Quote: Hashable, Sendable {
    public enum Kind: String, Codable, Sendable, Hashable {
        case direct, indirect
    }

    /// The content only: inside the marks (direct) or the reported clause (indirect).
    public var span: TextSpan
    public var kind: Kind
    public var text: String
    /// The cue as written ("a déclaré", "selon", "said"); empty when a quote continues without one.
    public var cue: String
    public var cueSpan: TextSpan?
    /// The mention that introduced the quote ("Il", "La porte-parole", "le site du ministère").
    public var speakerMention: TextSpan?
    public var speakerMentionText: String?
    /// Index into `Analysis.actors` of the resolved speaker.
    public var actor: Int?
    /// Canonical name of the speaker (the actor's name), or the mention when unresolved.
    public var speaker: String?
    /// Other actors that can equally be the speaker ("les deux ministres").
    public var speakerAlternatives: [String]
    /// The probability that the speaker is right, calibrated on the development sets' tuning
    /// parts by what named the speaker (`evidence`) and whether it resolved to an actor.
    public var confidence: Double
    /// What named the speaker.
    public var evidence: SpeakerEvidence = .none

    public init(span: TextSpan, kind: Kind, text: String, cue: String, cueSpan: TextSpan? = nil,
                speakerMention: TextSpan? = nil, speakerMentionText: String? = nil, actor: Int? = nil,
                speaker: String? = nil, speakerAlternatives: [String] = [], confidence: Double = 0.5) {
        self.span = span
        self.kind = kind
        self.text = text
        self.cue = cue
        self.cueSpan = cueSpan
        self.speakerMention = speakerMention
        self.speakerMentionText = speakerMentionText
        self.actor = actor
        self.speaker = speaker
        self.speakerAlternatives = speakerAlternatives
        self.confidence = confidence
    }
}
