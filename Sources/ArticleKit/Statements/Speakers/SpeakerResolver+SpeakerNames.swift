/// The name a described speaker is shown by: the phrase without its determiners, a missed name
/// at its end, a complement kept with its head, and the nominative of a Russian head.
extension SpeakerResolver {
    /// A description as a speaker name: without leading determiners ("Plusieurs témoins" →
    /// "témoins"); a name the recogniser missed at its end stands alone ("председатель совета
    /// Иван Петров" → "Иван Петров", "le quotidien La Voix" → "La Voix").
    func strippedName(_ range: Range<Int>) -> String {
        var tail = range.upperBound
        // (A place or an institution the recogniser found is a complement, not a missed name.)
        // (A common noun written in capitals, "СМИ", "NGO", is no name.)
        while tail > range.lowerBound, doc.tokens[tail - 1].kind == .word, doc.tokens[tail - 1].capitalized,
              doc.tokens[tail - 1].flags.isEmpty, !Self.commonAbbreviations.contains(doc.tokens[tail - 1].key),
              doc.entityAt[tail - 1] < 0 || doc.entities[doc.entityAt[tail - 1]].type == .person { tail -= 1 }
        let sentenceInitial = tail == doc.sentenceStart(tail)
        // "conseiller de la ministre des Transports": capitalised words after a preposition
        // name an institution in the complement, not a missed name of the speaker.
        // So does a person completing a common noun ("partisans de Paul Girard", "Supporters of
        // Ruth Vale"): the group speaks, not the person.
        let commonHead = (range.lowerBound..<tail).contains { t in
            doc.isPlainNounWord(t) && !doc.isDeterminer(t) && !doc.isAnyPreposition(t)
        }
        if tail < range.upperBound, tail > range.lowerBound, doc.isAnyPreposition(tail - 1) || doc.isPunct(tail - 1, .apostrophes) && doc.isAnyPreposition(tail - 2),
           commonHead || (tail..<range.upperBound).allSatisfy({ doc.entityAt[$0] < 0 }) { tail = range.upperBound }
        // "Дети убитой журналистки Анны Котовой": a person named in another case completes
        // the phrase; the phrase is the speaker.
        if doc.lexicon.language == .russian, (tail..<range.upperBound).contains(where: { t in
            doc.entityAt[t] >= 0 && (finder.isObliqueMention(doc.entityAt[t]) || finder.isInflected(doc.entityAt[t]) && commonHead)
        }) {
            tail = range.upperBound
        }
        // "un conseiller du ministre Paul Girard": the name holds the role of the complement;
        // the speaker is the head before it ("conseiller").
        let title = tail < range.upperBound ? finder.abbreviatedTitle(before: tail) : nil
        if tail < range.upperBound, tail - 1 > range.lowerBound, doc.has(tail - 1, .roleNoun) || title.map({ $0 > range.lowerBound }) == true {
            var p = (title ?? tail - 1) - 1
            while p > range.lowerBound, doc.isDeterminer(p) && !doc.isAnyPreposition(p) || doc.isPunct(p, .apostrophes) { p -= 1 }
            if p > range.lowerBound, doc.isAnyPreposition(p) {
                var lower = range.lowerBound
                while lower < p - 1, doc.isDeterminer(lower) || doc.isPunct(lower, .apostrophe) { lower += 1 }
                return doc.text(tokens: lower..<p)
            }
        }
        if tail < range.upperBound, tail > range.lowerBound || range.upperBound - tail >= 2, !sentenceInitial || range.upperBound - tail >= 2 {
            return doc.text(tokens: tail..<range.upperBound)
        }
        var lower = range.lowerBound
        while lower < range.upperBound - 1, doc.isDeterminer(lower) || doc.isPunct(lower, .apostrophe), !doc.isPartitiveHead(lower) { lower += 1 }
        return nominativeHead(lower..<range.upperBound)
    }

    /// A description's text with its head role noun in the dictionary form when it opens it in
    /// another case ("представителя полиции" → "представитель полиции"; complements keep their case).
    func nominativeHead(_ range: Range<Int>) -> String {
        let text = doc.text(tokens: range)
        guard !doc.lexicon.roleLemmas.isEmpty, let first = range.first, doc.isWord(first),
              doc.has(first, .roleNoun) || doc.lexicon.institutionNouns.contains(doc.tokens[first].key) else { return text }
        let word = doc.text(doc.tokens[first].span)
        guard let lemma = doc.lexicon.nominative(ofRoleNoun: word), text.hasPrefix(word) else { return text }
        return lemma + text.dropFirst(word.count)
    }

    /// Common nouns written in capitals ("СМИ", "ДТП"), from the entity rules' [not-acronyms].
    static let commonAbbreviations = Set(WordLists.words("not-acronyms", in: [.anyLanguage, .french, .english, .russian]).map { CueWordKey($0) })
}
