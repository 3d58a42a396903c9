/// "Адвокат Смирнова Наталья Белова": a surname in the genitive (whose lawyer, adviser, wife) right
/// before a full name is another person; the tagger reads the three words as one name.
extension EntityRules {
    static let russianPatronymic = WordEndings(WordLists.russian.words("patronymic-endings"))

    /// [possessor][person] when the span is a surname in an oblique case, then a first name and a
    /// word that is no patronymic ("Белова Наталья Ивановна" is one name, surname first).
    func splitPossessorBeforeName(_ s: Span, _ v: [UInt32], _ tokens: [Token]) -> (Span, Span?) {
        // (A fourth word before them is a role noun the trimming step removes: "Адвокат Смирнова …".)
        guard !s.forced, s.type == .person, s.range.count == 3 || s.range.count == 4 else { return (s, nil) }
        let cut = s.range.upperBound - 2
        let possessor = tokens[cut - 1], first = tokens[cut], last = tokens[cut + 1]
        guard Script.of(v[possessor.span.start]) == .cyrillic, Self.russianObliqueSurname.matchesEnd(of: v, possessor.span, classes),
              // Exact forms: by stem "Петрова" would be a form of "Пётр".
              !gaz.classes(ofSequenceHash: lowerHash(v, possessor)).contains(.firstName), isPlainFirstName(v, first),
              !Self.russianPatronymic.matchesEnd(of: v, last.span, classes) else { return (s, nil) }
        return (Span(range: s.range.lowerBound..<cut, type: .person), Span(range: cut..<s.range.upperBound, type: .person))
    }
}
