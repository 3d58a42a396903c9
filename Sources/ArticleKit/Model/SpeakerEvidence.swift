/// What named a quotation's speaker, from the surest to the weakest: the confidence of the
/// speaker is calibrated per kind of evidence (Resources/statements/speaker-confidence.tsv).
public enum SpeakerEvidence: String, Codable, Sendable, Hashable, CaseIterable {
    /// A name ("Anne Roux a déclaré").
    case name
    /// A pronoun or possessive resolved to an actor ("a-t-il ajouté", "по её словам").
    case pronoun
    /// A role or description resolved to an actor ("le ministre", "заявила актриса", "the report said").
    case role
    /// A group ("les deux ministres").
    case collective
    /// A noun phrase that names no actor ("habitants", "one docker", an unknown "le maire").
    case description
    /// Nothing of its own: the speaker of the quotation before goes on.
    case inherited
    /// "On affirme", "говорят": nobody in particular.
    case impersonal
    /// No speaker found, or a pronoun with no one to refer to.
    case none
}
