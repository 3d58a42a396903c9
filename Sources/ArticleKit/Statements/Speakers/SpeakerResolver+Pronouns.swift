/// Pronouns and possessives as speakers: whom "il", "they", "its owner" stand for.
extension SpeakerResolver {
    /// A possessive and the common noun after it ("its owner", "her campaign"), else nil.
    func possessedPhrase(_ t: Int) -> Range<Int>? {
        let noun = t + 1
        guard doc.isWord(t), doc.has(t, .possessive), noun < doc.tokens.count, doc.isWord(noun), !doc.tokens[noun].capitalized,
              doc.cue(at: noun) == nil, !doc.isSkippable(noun), doc.pronoun(noun) == nil else { return nil }
        return t..<(noun + 1)
    }

    /// "It is said that", "it was reported that": the pronoun is the subject of a passive cue.
    func isPassiveSubject(_ t: Int) -> Bool {
        var u = t + 1
        while u < doc.tokens.count, u - t <= 3, doc.isWord(u), doc.lexicon.passiveAuxiliaries.contains(doc.tokens[u].key) { u += 1 }
        return u > t + 1 && u < doc.tokens.count && doc.cue(at: u) != nil
    }

    /// A pronoun: the first person (or institution) of its own sentence before it, else the
    /// speaker or first person of the sentences before, else the person mentioned last.
    func resolvePronoun(at t: Int) -> SpeakerMention? {
        let token = doc.tokens[t]
        let text = doc.text(token.span)
        let shown = token.invertedPronoun != nil ? String(text.split(separator: "-").last ?? Substring(text)) : text
        var info = doc.pronoun(t)
        if info == nil, let inverted = token.invertedPronoun { info = doc.lexicon.pronouns[inverted] }
        if info?.impersonal == true || (info?.gender == .neuter && isPassiveSubject(t)) {
            return SpeakerMention(span: token.span, text: text, kind: .impersonal, confidence: 0.2)
        }
        let pluralPossessive = info == nil && doc.lexicon.pluralPossessives.contains(token.key)
        let neuterPossessive = info == nil && doc.lexicon.neuterPossessives.contains(token.key)
        let acceptsInstitutions = pluralPossessive || neuterPossessive || (info.map { $0.plural || $0.gender == .neuter } ?? false)
        let gender = info?.gender ?? doc.lexicon.possessiveGenders[token.key] ?? .unknown
        let genders = self.genders
        func agrees(_ a: Int) -> Bool {
            // "its report": a thing's or an institution's, never a person's.
            guard !neuterPossessive else { return false }
            guard gender == .masculine || gender == .feminine else { return true }
            return genders[a] == .unknown || genders[a] == gender
        }
        // A plural ("ils", "they", "их") is a group or an institution, never one person.
        let plural = info?.plural ?? pluralPossessive
        func accepts(_ a: Int) -> Bool {
            actors.actors[a].type == .person ? !plural && agrees(a) : acceptsInstitutions
        }
        func firstSubject(in range: Range<Int>) -> Int? {
            if let a = roleSubject(opening: range), accepts(a) { return a }
            var fallback: Int?
            var complement = -1
            // The subject opens its sentence: a bounded look keeps long "sentences" linear.
            for u in range.prefix(MentionFinder.window * 2) where doc.insidePair[u] < 0 {
                let e = doc.entityAt[u]
                // A name in a complement ("La prise de <ville>", "администрации губернатора") is not
                // the subject: none of its words.
                if e >= 0, e == complement { continue }
                if e >= 0, doc.entityTokens[e].lowerBound == u, doc.isAnyPreposition(u - 1), !doc.isDeterminer(u - 1) { continue }
                if e >= 0, isGenitiveComplement(u) {
                    complement = e
                    continue
                }
                if e >= 0, actors.actorOfEntity[e] >= 0 {
                    let a = actors.actorOfEntity[e]
                    if actors.actors[a].type == .person { if !plural && agrees(a) { return a } else { continue } }
                    if acceptsInstitutions, fallback == nil { fallback = a }
                }
            }
            return fallback
        }
        let sentence = doc.sentenceOf[t]
        let sentenceStart = doc.sentences.isEmpty ? 0 : doc.sentences[sentence].lowerBound
        var resolved = firstSubject(in: sentenceStart..<t)
        var s = sentence - 1
        while resolved == nil, s >= 0, s >= sentence - 4 {
            if sentenceSpeaker[s] >= 0, accepts(sentenceSpeaker[s]) {
                resolved = sentenceSpeaker[s]
            } else if let unnamed = unnamedSpeaker(ofSentence: s), isPlural(description: unnamed) == plural,
                      gender == .unknown || gender == .neuter || unnamed.gender == .unknown || unnamed.gender == gender {
                // "Un porte-parole de la SNCF a indiqué … « … », a-t-il précisé": the described
                // speaker goes on; a person named earlier is not the antecedent.
                return continuing(unnamed, at: token.span, as: shown, confidence: 0.6)
            } else if plural, s == sentence - 1, let group = pluralSubject(ofSentence: s) {
                // "Les habitants de Sommières sont en colère. « … », ont-ils expliqué": the group
                // opening the sentence just before, not an institution named earlier. (Only that
                // sentence: nothing tells people from things, "Les premiers cargos sont attendus".)
                return continuing(group, at: token.span, as: shown, confidence: 0.5)
            } else if s == sentence - 1, !plural, let subject = institutionSubject(ofSentence: s, gender: gender, before: token.start) {
                return continuing(subject, at: token.span, as: shown, confidence: 0.5)
            } else {
                resolved = firstSubject(in: doc.sentences[s])
            }
            s -= 1
        }
        if resolved == nil {
            resolved = lastMentioned(before: token.start, among: actors.actors.indices.filter { accepts($0) }, where: accepts)
        }
        // "В интервью газете он заявил, что … . 29-летний Эзра Уильям …": with no one before it, a
        // pronoun names the person who opens the next sentence (an article may speak of its
        // subject before naming them). Not its own sentence: a name there is what was said.
        var cataphoric = false
        if resolved == nil, !plural, gender == .masculine || gender == .feminine {
            for next in (sentence + 1)..<max(sentence + 1, min(doc.sentences.count, sentence + 3)) where resolved == nil {
                resolved = firstSubject(in: doc.sentences[next])
            }
            cataphoric = resolved != nil
        }
        return SpeakerMention(span: token.span, text: shown, kind: .pronoun, actor: resolved,
                              name: resolved == nil ? shown : nil, confidence: resolved == nil ? 0.2 : cataphoric ? 0.5 : 0.75)
    }

    /// "Глава области был осторожнее. По его словам …", "The committee chairman hesitated. He
    /// said …": a role phrase with no name opening a sentence is its subject, and the person who
    /// holds the role is who a pronoun after it stands for. (Not when a person is named in the
    /// sentence: "Председатель правления фонда помощи … Ирина Лаптева" names the holder after a
    /// long complement.)
    func roleSubject(opening range: Range<Int>) -> Int? {
        guard !range.isEmpty, doc.sentenceStart(range.lowerBound) == range.lowerBound,
              !range.prefix(MentionFinder.window * 2).contains(where: { doc.entityAt[$0] >= 0 && doc.entities[doc.entityAt[$0]].type == .person }),
              let first = range.first(where: { doc.isWord($0) }),
              case let opening = first..<min(range.upperBound, first + MentionFinder.window / 4),
              case .role(let phrase, let noun)? = finder.best(in: opening, nearestFirst: false),
              phrase.lowerBound <= first + 1, doc.insidePair[noun] < 0,
              !phrase.contains(where: { doc.entityAt[$0] >= 0 }),
              let a = resolveRole(noun: noun, phrase: phrase, before: doc.tokens[phrase.lowerBound].start), isPerson(a) else { return nil }
        return a
    }

    /// "Le nouveau gouvernement s'est donné pour objectif … . Il a cependant déclaré …": a
    /// definite institution noun opening the sentence before, in the pronoun's grammatical gender
    /// (French gives institutions one), is its antecedent rather than a person named later in
    /// that sentence. The institution's actor when the noun describes one, else the phrase.
    func institutionSubject(ofSentence s: Int, gender: CueLexicon.Pronoun.Gender, before offset: Int) -> SpeakerMention? {
        guard gender == .masculine || gender == .feminine else { return nil }
        let sentence = doc.sentences[s]
        guard let first = sentence.first(where: { doc.isWord($0) }), doc.isDeterminer(first),
              let determinerGender = doc.lexicon.definiteDeterminers[doc.tokens[first].key], determinerGender == gender else { return nil }
        // The institution by its name ("Le ministère des Transports … Il a indiqué", "La Banque
        // mondiale … Elle estime"): the determiner gives the name's gender.
        if let e = openingOrganisation(ofSentence: s) {
            let entity = doc.entities[e]
            return SpeakerMention(span: entity.span, text: entity.text, kind: .role, actor: actors.actorOfEntity[e], confidence: 0.5)
        }
        // The noun within three words, after plain adjectives ("Le nouveau gouvernement").
        var noun = first + 1
        while noun < sentence.upperBound, noun - first <= 3, doc.isWord(noun), doc.entityAt[noun] < 0, !doc.lexicon.isOrgNoun(doc.tokens[noun].key),
              doc.tokens[noun].flags.isEmpty { noun += 1 }
        guard noun < sentence.upperBound, noun - first <= 3, doc.isWord(noun), doc.entityAt[noun] < 0, doc.lexicon.isOrgNoun(doc.tokens[noun].key) else { return nil }
        var end = noun + 1
        if end < sentence.upperBound, doc.isWord(end), !doc.tokens[end].capitalized, doc.tokens[end].flags.isEmpty, doc.entityAt[end] < 0 { end += 1 }
        let range = (first + 1)..<end
        let text = doc.text(tokens: range)
        if let actor = institution(named: first..<end, before: offset) {
            return SpeakerMention(span: span(range), text: text, kind: .role, actor: actor, confidence: 0.5)
        }
        return SpeakerMention(span: span(range), text: text, kind: .phrase, name: text, confidence: 0.5)
    }

    /// A pronoun that continues a described speaker: the description, restated at the pronoun.
    private func continuing(_ description: SpeakerMention, at span: TextSpan, as shown: String, confidence: Double) -> SpeakerMention {
        var mention = description.restated(at: span, as: shown)
        mention.kind = .pronoun
        mention.confidence = confidence
        mention.continuesDescription = true
        return mention
    }
}
