/// Who a quotation is attributed to: the words that name the speaker and what they resolve to.
struct SpeakerMention: Sendable {
    /// `impersonal`: "on affirme", nobody in particular: the quote stays without a speaker.
    enum Kind: Sendable { case name, pronoun, role, collective, phrase, inherited, impersonal }

    var span: TextSpan
    var text: String
    var kind: Kind
    /// Resolved actor, if any.
    var actor: Int?
    /// Speaker name when there is no actor: a place ("Washington") or a description ("habitants").
    var name: String?
    var alternatives: [Int] = []
    /// 0...1: how sure the resolution is.
    var confidence: Double
    /// A pronoun standing for a described speaker before it ("a spokesman … he added").
    var continuesDescription = false
    /// The grammatical gender a described speaker was given (by its verb, noun or determiner),
    /// which a pronoun continuing it must share.
    var gender: CueLexicon.Pronoun.Gender = .unknown

    /// The same speaker carried over to another statement (a chain, a report going on), with
    /// its confidence scaled by `factor`.
    func inherited(scaledBy factor: Double) -> SpeakerMention {
        var mention = self
        mention.kind = .inherited
        mention.confidence *= factor
        return mention
    }

    /// The same speaker, as named by other words of the text (a pronoun, an epithet, a document).
    func restated(at span: TextSpan, as text: String) -> SpeakerMention {
        var mention = self
        mention.span = span
        mention.text = text
        return mention
    }
}
