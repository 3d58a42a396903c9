/// "« … », a confié l'élu", "La parlementaire estime", "the retired teacher said", "le député de
/// la Haute-Garonne a annoncé": a definite description with no complement but a place, which no
/// actor holds as a role, names again the person the sentence before is about (French news in
/// particular varies its references to a person).
extension SpeakerResolver {
    /// Most words of an epithet after its determiner ("le maire sortant", "the retired teacher").
    static let epithetWords = 3

    func epithetAntecedent(_ range: Range<Int>, at position: Int) -> SpeakerMention? {
        let lexicon = doc.lexicon
        guard !lexicon.definiteDeterminers.isEmpty, let first = determiner(of: range),
              var determinerGender = lexicon.definiteDeterminers[doc.tokens[first].key] else { return nil }
        // "l'élue": the noun's form tells what the elided determiner does not.
        if determinerGender == .unknown, let noun = range.first(where: { $0 > first && doc.nounGender($0) != .unknown }) {
            determinerGender = doc.nounGender(noun)
        }
        // A place may follow, unless the role is an office it makes unique ("le préfet de <région>").
        let epithetRole = roleClass(in: span(range))
        let office = epithetRole.map { lexicon.officeRoles.contains($0) } ?? false
        let words = range.filter { $0 > first && doc.isWord($0) && (office || !isPlaceWord($0)) }
        // A phrase the mention finder cut before its complement ("the board | of elections") is not one.
        guard range.upperBound >= doc.tokens.count || !doc.isAnyPreposition(range.upperBound)
                || (!office && isPlaceWord(range.upperBound)) else { return nil }
        guard !words.isEmpty, words.count <= Self.epithetWords,
              words.allSatisfy({ t in
                  !doc.tokens[t].capitalized && doc.entityAt[t] < 0 && !doc.isAnyPreposition(t) && !doc.isDeterminer(t)
                      && !lexicon.isOrgNoun(doc.tokens[t].key) && !lexicon.documentNouns.contains(doc.tokens[t].key)
                      && doc.pronoun(t) == nil && doc.cue(at: t) == nil
              }) else { return nil }
        let here = doc.sentenceOf[min(position, doc.tokens.count - 1)]
        guard here > 0 else { return nil }
        let previous = here - 1
        let sentence = doc.sentences[previous]
        guard !sentence.isEmpty, doc.paragraphOf[range.lowerBound] - doc.paragraphOf[sentence.lowerBound] <= 1 else { return nil }
        // An office ("le maire") is not the epithet of someone who holds another role ("Benali,
        // porte-parole des dockers"); a broader one may be ("le magistrat" for a prosecutor), and
        // a description that is no office may vary the role named before ("the committee chairman
        // … the lawmaker from Texas").
        let otherOffice = { (a: Int) in
            office && !self.actors.roleClasses[a].isEmpty && !(epithetRole.map { self.holds(a, $0) } ?? false)
        }
        let agrees = { (a: Int) in
            (determinerGender == .unknown || self.genders[a] == .unknown || self.genders[a] == determinerGender) && !otherOffice(a)
        }
        if sentenceSpeaker[previous] >= 0, isPerson(sentenceSpeaker[previous]), agrees(sentenceSpeaker[previous]) {
            return SpeakerMention(span: span(range), text: doc.text(tokens: range), kind: .role, actor: sentenceSpeaker[previous], confidence: 0.5)
        }
        if let described = unnamedSpeakers[previous], described.actor == nil, !isPlural(description: described),
           determinerGender == .unknown || described.gender == .unknown || described.gender == determinerGender { return described }
        // The subject opening the sentence before: a person, or a described person.
        let opening = sentence.lowerBound..<min(sentence.upperBound, sentence.lowerBound + MentionFinder.window / 4)
        guard let candidate = finder.best(in: opening, nearestFirst: false) else { return nil }
        if case .entity(let e) = candidate {
            let a = actors.actorOfEntity[e]
            guard a >= 0, isPerson(a), agrees(a) else { return nil }
            return SpeakerMention(span: span(range), text: doc.text(tokens: range), kind: .role, actor: a, confidence: 0.5)
        }
        guard case .role = candidate, let mention = plainMention(candidate) else { return nil }
        if let a = mention.actor { return isPerson(a) && agrees(a) ? mention : nil }
        return isDescribedSpeaker(mention) && !isPlural(description: mention) ? mention : nil
    }

    /// A word of a place the epithet names, or of its way in ("le député | de la Haute-Garonne",
    /// "депутат | от Самарской области"): a place describes the person, where a person or an
    /// institution in the complement would be someone else.
    func isPlaceWord(_ t: Int) -> Bool {
        var u = t
        while u < doc.tokens.count, u - t < 3, doc.entityAt[u] < 0, doc.isAnyPreposition(u) || doc.isDeterminer(u) || doc.isPunct(u, .apostrophes) { u += 1 }
        guard u < doc.tokens.count, doc.entityAt[u] >= 0 else { return false }
        return doc.entities[doc.entityAt[u]].type == .location
    }

    /// The determiner opening a phrase: its first word, or the word before it (the mention
    /// finder leaves determiners out), across an apostrophe ("l'élu").
    func determiner(of range: Range<Int>) -> Int? {
        if let first = range.first(where: { doc.isWord($0) }), doc.isDeterminer(first) { return first }
        var t = range.lowerBound - 1
        if t >= 0, doc.isPunct(t, .apostrophes) { t -= 1 }
        return t >= 0 && doc.isWord(t) && doc.isDeterminer(t) ? t : nil
    }
}
