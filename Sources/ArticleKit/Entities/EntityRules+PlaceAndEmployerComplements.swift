/// Names typed by what they complete: the name an office or the people of a place complete is
/// that place ("le maire de Lunel", "the mayor of Eastport", "мэр Лунеля"), however much a town the
/// gazetteer lacks reads like a surname; the name after "chez" is an employer.
extension EntityRules {
    /// Offices and people of a place (lang/*.txt, [jurisdiction-nouns]).
    static let jurisdictionNouns = lookup(WordLists.words("jurisdiction-nouns", in: [.french, .english, .russian]).map { hashOf($0) })
    /// The prepositions that join them to the place ([jurisdiction-links]); Russian needs none.
    static let jurisdictionLinks = lookup(WordLists.words("jurisdiction-links", in: [.french, .english]).map { hashOf($0) })

    /// "analyste chez Oddo" (lang/fr.txt, [employer-prepositions]).
    static let employerPrepositions = lookup(WordLists.words("employer-prepositions", in: [.french]).map { hashOf($0) })

    /// A one- or two-word person without a first name after an employer preposition is the employer.
    func employerAfterPreposition(_ s: Span, _ v: [UInt32], _ tokens: [Token]) -> Span {
        guard !s.forced, s.type == .person, s.range.count <= 2, s.range.lowerBound > 0,
              Self.employerPrepositions.contains(lowerHash(v, tokens[s.range.lowerBound - 1])),
              !isFirstName(v, tokens[s.range.lowerBound]) else { return s }
        var out = s
        out.type = .organisation
        return out
    }

    /// A person span after such a noun: one or two words without a first name are the place; a
    /// word then a first name ("Мэр Лунеля Пётр Гайяр") are the place, then the office holder.
    func splitJurisdictionPlace(_ s: Span, _ v: [UInt32], _ tokens: [Token]) -> (Span, Span?) {
        guard !s.forced, s.type == .person, s.range.lowerBound > 0,
              !isFirstName(v, tokens[s.range.lowerBound]) else { return (s, nil) }
        var noun = s.range.lowerBound - 1
        if Self.jurisdictionLinks.contains(lowerHash(v, tokens[noun])) { noun -= 1 }
        guard noun >= 0, tokens[noun].kind == .word, Self.jurisdictionNouns.contains(lowerHash(v, tokens[noun])) else { return (s, nil) }
        let second = s.range.lowerBound + 1
        if s.range.count >= 3, isFirstName(v, tokens[second]), hasCapital(v, tokens[second]) {
            return (Span(range: s.range.lowerBound..<second, type: .location), Span(range: second..<s.range.upperBound, type: .person))
        }
        guard s.range.count <= 2 else { return (s, nil) }
        var out = s
        out.type = .location
        return (out, nil)
    }
}
