/// Russian: a foreign first name the gazetteer lacks ("Уэнтуорт Миллер", "Бриджит Бардо") is cut
/// off the surname the tagger found. An unknown capitalised word right before a one- or two-word
/// person that does not open with a known first name, inside its sentence, belongs to the name;
/// so does the first name before a patronymic.
extension EntityRules {
    func joinUnknownFirstNames(_ spans: inout [Span], _ v: [UInt32], _ tokens: [Token], _ sentences: [Sentence],
                               _ lowercaseSeen: HashTable<Bool>) {
        for i in spans.indices {
            let s = spans[i]
            // A patronymic always follows its first name, even one that is also a town's
            // ("Владимир Львович Машков"), at a sentence's start too.
            if s.type == .person, !s.forced, s.range.lowerBound > 0, Self.russianPatronymic.matchesEnd(of: v, tokens[s.range.lowerBound].span, classes),
               case let b = s.range.lowerBound - 1, i == 0 || spans[i - 1].range.upperBound <= b,
               tokens[b].kind == .word, classes.isUpper(v[tokens[b].span.start]), sameSentence(b, s.range.lowerBound, sentences),
               gaz.classes(ofToken: v, tokens[b].span).contains(.firstName) || isUnknownName(v, tokens[b], script: .cyrillic, lowercaseSeen) {
                spans[i].range = b..<s.range.upperBound
                spans[i].hash = 0
                continue
            }
            // (A span that opens with a known first name is whole already.)
            guard s.type == .person, !s.forced, s.range.count <= 2, s.range.lowerBound > 0,
                  !isFirstName(v, tokens[s.range.lowerBound]) else { continue }
            let b = s.range.lowerBound - 1
            if i > 0, spans[i - 1].range.upperBound > b { continue }
            guard isUnknownName(v, tokens[b], script: Script.of(v[tokens[s.range.lowerBound].span.start]), lowercaseSeen),
                  sameSentence(b, s.range.lowerBound, sentences), !isSentenceStart(b, sentences) else { continue }
            spans[i].range = b..<s.range.upperBound
            spans[i].hash = 0
        }
    }

    /// A capitalised word of the script, in lowercase after its first letter, that no gazetteer,
    /// word list or lowercase use in the text knows.
    private func isUnknownName(_ v: [UInt32], _ t: Token, script: Script, _ lowercaseSeen: HashTable<Bool>) -> Bool {
        guard t.kind == .word, t.span.length >= 3, classes.isUpper(v[t.span.start]), !classes.isUpper(v[t.span.start + 1]),
              Script.of(v[t.span.start]) == script, gaz.classes(ofToken: v, t.span).isEmpty else { return false }
        // An adjective is a place's or an institution's ("Свердловской", "Верховного").
        if Self.russianAdjectiveEndings.matchesEnd(of: v, t.span, classes) { return false }
        let h = lowerHash(v, t)
        return !lowercaseSeen.contains(h) && !Self.functionWords.contains(h) && !Self.notAcronyms.contains(h)
    }

    private func isSentenceStart(_ i: Int, _ sentences: [Sentence]) -> Bool {
        let s = sentenceIndex(of: i, sentences)
        return s < sentences.count && sentences[s].tokens.lowerBound == i
    }
}
