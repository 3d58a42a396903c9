/// Speakers that are institutions: named by a head noun ("le ministère"), by a quoted name
/// ("газета «…»"), or as the source of an impersonal report ("со ссылкой на …").
extension SpeakerResolver {
    /// "Le ministère" → "ministère de l'Intérieur"; "Издание" → the publication named last.
    func institution(head t: Int, before offset: Int) -> Int? {
        let key = doc.tokens[t].key
        let describes = { (a: Int) in actors.descriptionWords[a].contains(key) }
        if let a = lastMentioned(before: offset, among: organisations.filter(describes), where: { isOrganisation($0) && describes($0) }) { return a }
        // "газета «X»" then "по данным издания": a medium's noun names the medium cited last,
        // whichever noun introduced it, before any other institution.
        guard doc.lexicon.mediaNouns.contains(key) else { return nil }
        return lastMentioned(before: offset, among: organisations.filter(isMedium), where: { isOrganisation($0) && isMedium($0) })
    }

    /// Whether actor `a` is a news medium: described by a medium's noun or named like one.
    func isMedium(_ a: Int) -> Bool {
        let words = actors.descriptionWords[a]
        return doc.lexicon.mediaKeys.contains(where: { words.contains($0) })
    }

    func institution(named range: Range<Int>, before offset: Int) -> Int? {
        var words = range.filter { doc.isWord($0) && !doc.isDeterminer($0) }
        if let a = describedInstitution(range, words: words, before: offset) { return a }
        guard let head = words.first, doc.lexicon.isOrgNoun(doc.tokens[head].key) else { return nil }
        if let a = institution(head: head, before: offset) { return a }
        words.removeFirst()
        // A bare institution noun ("Издание", "l'ONG") is the salient institution; so is one a
        // participle describes ("l'organisation militant pour …", "the group representing …").
        // (An adjective may name another: "le gouvernement malien" is Mali's.)
        let described = words.first.map { w in w == head + 1 && doc.isParticiple(w) && doc.cue(at: w) == nil } ?? true
        let key = doc.tokens[head].key
        if described, let a = institutionOpeningASentence(before: head)
            ?? salient(before: offset, among: organisations, where: { isOrganisation($0) && mayBeNamed($0, by: key) }) { return a }
        return nil
    }

    /// A generic noun alone after a locative preposition ("В ведомстве сообщили", "at the
    /// agency"): the institution that spoke last, else the one it names as a subject (an
    /// institution only named in between is not what the article goes on quoting).
    func genericInstitution(_ range: Range<Int>, noun: Int, at position: Int) -> Int? {
        guard range.count == 1, doc.lexicon.genericOrgNouns.contains(doc.tokens[noun].key) else { return nil }
        if let previous, let actor = previous.mention.actor, isOrganisation(actor),
           doc.paragraphOf[position] - previous.paragraph <= Self.continuationParagraphs { return actor }
        return institution(named: range, before: doc.tokens[position].start)
    }

    /// The organisation opening one of the few sentences before token `t` in its paragraph or the
    /// one before ("МИД России опубликовал комментарий. … В ведомстве отметили"): a sentence's
    /// subject is more salient than an institution named later inside a clause.
    func institutionOpeningASentence(before t: Int) -> Int? {
        let here = doc.sentenceOf[t]
        for s in stride(from: here - 1, through: max(0, here - 4), by: -1) {
            guard let first = doc.sentences[s].first(where: { doc.isWord($0) }),
                  doc.paragraphOf[t] - doc.paragraphOf[first] <= 1 else { return nil }
            guard let e = openingOrganisation(ofSentence: s), case let a = actors.actorOfEntity[e],
                  mayBeNamed(a, by: doc.tokens[t].key) else { continue }
            return a
        }
        return nil
    }

    /// The organisation entity (with an actor) opening sentence `s`, after a determiner if any
    /// ("Le ministère des Transports a salué …", "МИД России опубликовал …"); nil otherwise.
    func openingOrganisation(ofSentence s: Int) -> Int? {
        let sentence = doc.sentences[s]
        guard let first = sentence.first(where: { doc.isWord($0) }) else { return nil }
        let opening = doc.isDeterminer(first) ? first + 1 : first
        guard opening < sentence.upperBound, case let e = doc.entityAt[opening], e >= 0, doc.entityTokens[e].lowerBound == opening,
              doc.entities[e].type == .organisation, actors.actorOfEntity[e] >= 0 else { return nil }
        return e
    }

    /// Whether an institution noun can name organisation `a` again: not when `a`'s own name holds
    /// another institution noun ("the company" is not "the Harbour Council", "Компания" is not
    /// "Совет Федерации"); a name with none ("Orbita", "Газпром") or with this one can be, and a
    /// generic noun ("the group", "ведомство") names any.
    func mayBeNamed(_ a: Int, by key: CueWordKey) -> Bool {
        // "Издание отмечает", "the newspaper said": a news medium's noun names a medium, one
        // described as such or one that has reported in the article, not any institution.
        if doc.lexicon.mediaNouns.contains(key) { return isMedium(a) || hasSpoken[a] }
        if doc.lexicon.genericOrgNouns.contains(key) { return true }
        let kinds = actors.actors[a].name.split(separator: " ").map { CueWordKey(String($0)) }.filter(doc.lexicon.isOrgNoun)
        return kinds.isEmpty || kinds.contains(key)
    }

    /// "L'organisation islamiste affirme", "the environmental group said", "Металлургическая
    /// компания сообщила": a definite institution noun (Russian has no articles) with one or two
    /// plain adjectives names again the salient institution, as the bare noun does. A nationality
    /// or place adjective makes it another one ("le gouvernement malien", "the Norwegian
    /// government", "российское правительство"), as do a name and a complement.
    func describedInstitution(_ range: Range<Int>, words: [Int], before offset: Int) -> Int? {
        let lexicon = doc.lexicon
        guard words.count >= 2, words.count <= Self.epithetWords, words.last! - words.first! == words.count - 1,
              range.upperBound >= doc.tokens.count || !doc.isAnyPreposition(range.upperBound) else { return nil }
        // French adjectives follow the noun; English and Russian ones come before it.
        let head = lexicon.language == .french ? words.first! : words.last!
        guard lexicon.isOrgNoun(doc.tokens[head].key) else { return nil }
        if !lexicon.definiteDeterminers.isEmpty {
            guard let d = determiner(of: range), lexicon.definiteDeterminers[doc.tokens[d].key] != nil else { return nil }
        }
        guard words.allSatisfy({ $0 == head || isKindAdjective($0) }) else { return nil }
        let key = doc.tokens[head].key
        return salient(before: offset, among: organisations, where: { isOrganisation($0) && mayBeNamed($0, by: key) })
    }

    /// A word that can only describe a kind: lowercase (or capitalised as the sentence's first
    /// word), no entity, no word of the statement lexicon, no nationality or place adjective.
    func isKindAdjective(_ t: Int) -> Bool {
        let token = doc.tokens[t]
        guard token.kind == .word, doc.entityAt[t] < 0, token.flags.isEmpty else { return false }
        let sentence = doc.sentences[doc.sentenceOf[t]]
        if token.capitalized, (sentence.lowerBound..<t).contains(where: { doc.isWord($0) }) { return false }
        return !PlaceAdjective.matches(doc.text(tokens: t..<(t + 1)).lowercased(), in: doc.lexicon.language)
    }

    /// "опровергла газета «…». Издание сообщило": a bare institution noun is the
    /// quoted name just before it when the recogniser missed that name.
    func quotedInstitution(_ range: Range<Int>, at position: Int) -> SpeakerMention? {
        // (The phrase may run on over the quoted name: its words are not the noun's.)
        let words = range.filter { doc.isWord($0) && !doc.isDeterminer($0) && doc.insidePair[$0] < 0 }
        // (A role before the noun is the head: "представитель партии «…»" speaks for it.)
        guard let noun = words.last, doc.lexicon.isOrgNoun(doc.tokens[noun].key),
              !words.dropLast().contains(where: { doc.has($0, .roleNoun) }) else { return nil }
        // "пишет газета «Северный вестник»", "пишет 9 мая газета «…»": the name that follows
        // the noun is its own, an organisation the recogniser found there included.
        let open = noun + 1
        if open < doc.tokens.count, doc.tokens[open].kind == .quote, doc.quoteEnd[open] > open, open + 1 < doc.tokens.count,
           case let e = doc.entityAt[open + 1], e >= 0, doc.entities[e].type == .organisation, actors.actorOfEntity[e] >= 0,
           doc.entityTokens[e].upperBound <= doc.quoteEnd[open] {
            let phrase = noun..<(doc.quoteEnd[open] + 1)
            return SpeakerMention(span: span(phrase), text: doc.text(tokens: phrase), kind: .role, actor: actors.actorOfEntity[e], confidence: 0.7)
        }
        if let named = quotedName(after: noun) {
            return SpeakerMention(span: span(noun..<(named.upperBound + 1)), text: doc.text(tokens: noun..<(named.upperBound + 1)),
                                  kind: .role, name: doc.text(tokens: named), confidence: 0.7)
        }
        guard words.count == 1 else { return nil }
        guard let quoted = quotedName(before: range.lowerBound) else { return nil }
        let offset = doc.tokens[position].start
        let last = lastMentioned(before: offset, among: organisations, where: isOrganisation).map { lastMention($0, before: offset) } ?? -1
        guard doc.tokens[quoted.lowerBound].start > last else { return nil }
        return SpeakerMention(span: span(range), text: doc.text(tokens: range), kind: .role, name: doc.text(tokens: quoted), confidence: 0.6)
    }

    /// "Со ссылкой на источник в министерстве сообщалось, что …": with no subject between the
    /// source and the verb, the source is the speaker, complement included.
    func sourced(before cue: Int, from: Int) -> SpeakerMention? {
        guard !doc.lexicon.sourcing.isEmpty else { return nil }
        var t = max(from, cue - MentionFinder.window)
        while t < cue {
            if doc.isWord(t), let phrases = doc.lexicon.sourcing[doc.tokens[t].key],
               let phrase = phrases.first(where: { doc.matches($0, at: t) }) {
                let start = t + phrase.words.count
                var end = start
                while end < cue, doc.isWord(end), !doc.isSkippable(end), doc.cue(at: end) == nil { end += 1 }
                guard end > start, (end..<cue).allSatisfy({ doc.isSkippable($0) }) else { return nil }
                let range = start..<end
                if let e = range.map({ doc.entityAt[$0] }).first(where: { $0 >= 0 }), doc.entityTokens[e] == range, actors.actorOfEntity[e] >= 0 {
                    return SpeakerMention(span: span(range), text: doc.text(tokens: range), kind: .name, actor: actors.actorOfEntity[e], confidence: 0.7)
                }
                let text = doc.text(tokens: range)
                return SpeakerMention(span: span(range), text: text, kind: .phrase, name: text, confidence: 0.5)
            }
            t += 1
        }
        return nil
    }

    /// A short quoted name (one to four words, capitalised, no entity) right after token `t`:
    /// the content tokens.
    func quotedName(after t: Int) -> Range<Int>? {
        let open = t + 1
        guard open < doc.tokens.count, doc.tokens[open].kind == .quote, case let p = doc.pairAt[open], p >= 0 else { return nil }
        return shortName(inPair: p)
    }

    /// The words of a quotation pair when they read as a name: one to four, the first
    /// capitalised, no entity and no sentence end among them, and not a quotation found as
    /// someone's statement ("“We cannot cut more,” said …", "« Non merci », a dit …").
    func shortName(inPair p: Int) -> Range<Int>? {
        guard !statementPairs.contains(p) else { return nil }
        let pair = doc.pairs[p]
        let content = (pair.open + 1)..<pair.close
        let words = content.filter { doc.isWord($0) }
        guard !words.isEmpty, words.count <= 4, doc.tokens[words[0]].capitalized,
              !content.contains(where: { doc.entityAt[$0] >= 0 || doc.isSentencePunct($0) }) else { return nil }
        return words[0]..<(words.last! + 1)
    }

    /// The last short quoted name (one to four words, capitalised, no entity) in the few
    /// sentences before token `t`: the content tokens.
    func quotedName(before t: Int) -> Range<Int>? {
        let limit = max(0, t - MentionFinder.window * 2)
        var u = t - 1
        while u >= limit {
            let p = doc.insidePair[u]
            if p >= 0, doc.pairs[p].close == u {
                if let name = shortName(inPair: p) { return name }
                u = doc.pairs[p].open - 1
                continue
            }
            u -= 1
        }
        return nil
    }
}
