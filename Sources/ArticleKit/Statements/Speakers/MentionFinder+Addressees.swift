/// Mentions that are not the speaker: the addressee of the statement (a name after an addressee
/// preposition or in the dative after the cue) and names in an oblique case.
extension MentionFinder {
    /// Whom the statement is made to, not who made it: a name after an addressee preposition
    /// ("a confié un gréviste à l'AFP", "said to Reuters") or after a dative noun right after
    /// the cue ("сказал агентству Reuters").
    func isAddressee(_ e: Int) -> Bool {
        var t = doc.entityTokens[e].lowerBound - 1
        while t >= 0, doc.isDeterminer(t) || doc.isPunct(t, .apostrophes) { t -= 1 }
        guard t >= 0, doc.isWord(t) else { return false }
        return lexicon.addresseePrepositions.contains(doc.tokens[t].key) || isDativeAfterCue(t) || isMediumInDative(t)
    }

    /// A medium's noun in the addressee's case, further on than right after the cue ("—
    /// рассказал один из жителей агентству ТАСС"): the medium listened.
    func isMediumInDative(_ t: Int) -> Bool {
        guard !lexicon.addresseeNounEndings.isEmpty, !doc.tokens[t].capitalized, lexicon.mediaNouns.contains(doc.tokens[t].key) else { return false }
        return doc.lowercased(t, longerThan: 3, endsWithOneOf: lexicon.addresseeNounEndings) ?? false
    }

    /// "— сказал Интерфаксу представитель Минобороны": an organisation right after the cue and
    /// right before a role or a person is whom the statement was made to; returns the token
    /// after it.
    func addresseeBeforeSubject(_ t: Int) -> Int? {
        let e = doc.entityAt[t]
        guard e >= 0, doc.entityTokens[e].lowerBound == t, doc.entities[e].type == .organisation else { return nil }
        let next = doc.entityTokens[e].upperBound
        guard next < doc.tokens.count, doc.isWord(next) else { return nil }
        let named = doc.entityAt[next] >= 0 && doc.entities[doc.entityAt[next]].type == .person
        return named || (doc.has(next, .roleNoun) && lexicon.isRole(doc.tokens[next].key)) ? next : nil
    }

    /// A Russian person's mention in another case than the actor's name: its last word is none of
    /// the name's words and has an ending no nominative name has ("Котовой" for "Анна
    /// Котова"; "Лешкив", "Максим", "Толстой" are the name's own words). Not after a role
    /// in its dictionary form: "Представитель Соколовой" is her representative, which
    /// `representative(_:cue:)` reads from the name.
    func isObliqueMention(_ e: Int) -> Bool {
        let a = actors.actorOfEntity[e]
        guard a >= 0, doc.entities[e].type == .person, let last = doc.entityTokens[e].last else { return false }
        let before = doc.entityTokens[e].lowerBound - 1
        if doc.isWord(before), doc.has(before, .roleNoun), lexicon.nominativeRoles.contains(doc.text(doc.tokens[before].span).lowercased()) { return false }
        let word = doc.text(doc.tokens[last].span).lowercased()
        let own = actors.actors[a].name.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "." })
        guard !own.contains(where: { $0 == word }) else { return false }
        return doc.lowercased(last, longerThan: 3, endsWithOneOf: ActorGrouper.obliqueEndings) == true
    }

    /// A name after a role noun in the addressee's case ("Олег Ветров корреспонденту Анне
    /// Седовой рассказал", "сообщила корреспонденту Анне Смирновой"): whom it was said to.
    func isNamedAddressee(_ e: Int) -> Bool {
        let noun = doc.entityTokens[e].lowerBound - 1
        guard !lexicon.addresseeEndings.isEmpty, doc.entities[e].type == .person, doc.isWord(noun), isPersonRole(noun) else { return false }
        return doc.lowercased(noun, longerThan: 3, endsWithOneOf: lexicon.addresseeEndings) ?? false
    }

    /// A lowercase noun in the addressee's case right after a cue ("сказал журналистам").
    func isDativeAfterCue(_ t: Int) -> Bool {
        guard !lexicon.addresseeEndings.isEmpty, doc.isWord(t), !doc.tokens[t].capitalized, doc.pronoun(t) == nil,
              !doc.isSkippable(t), doc.cue(at: t) == nil else { return false }
        var c = t - 1
        while c >= 0, t - c <= 3 {
            if doc.cue(at: c)?.upperBound == t { break }
            c -= 1
        }
        // (Or the verb of an attribution: "Как сообщил агентству источник".)
        guard (c >= 0 && t - c <= 3) || (t > 0 && doc.tokens[t - 1].flags.contains(.cueVerb)) else { return false }
        return doc.lowercased(t, longerThan: 3, endsWithOneOf: lexicon.addresseeEndings) ?? false
    }

    /// An adjective and a noun in the addressee's case right after a cue ("сказал Русской
    /// службе BBC", "рассказала Новой газете").
    func isDativePhraseAfterCue(_ t: Int) -> Bool {
        guard !lexicon.addresseeAdjectiveEndings.isEmpty, t > 0, t + 1 < doc.tokens.count, doc.isWord(t), doc.isWord(t + 1),
              doc.cue(at: t - 1)?.upperBound == t || doc.tokens[t - 1].flags.contains(.cueVerb),
              doc.pronoun(t) == nil, !lexicon.isRole(doc.tokens[t + 1].key), doc.cue(at: t + 1) == nil else { return false }
        return (doc.lowercased(t, longerThan: 3, endsWithOneOf: lexicon.addresseeAdjectiveEndings) ?? false)
            && (doc.lowercased(t + 1, longerThan: 3, endsWithOneOf: lexicon.addresseeNounEndings) ?? false)
            && !doc.tokens[t + 1].capitalized
    }
}
