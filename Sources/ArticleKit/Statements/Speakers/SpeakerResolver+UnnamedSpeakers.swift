/// Speakers described but not named ("a spokesman for the agency", "les économistes de la
/// banque", "Его отец"): a pronoun in the sentences after them refers back to them.
extension SpeakerResolver {
    /// A description standing for a person or a group of people, named by no person actor: an
    /// unnamed speaker, or a spokesperson speaking for an institution ("a spokesman for the
    /// agency" resolves to the agency, and "he" after it is still that spokesman).
    func isDescribedSpeaker(_ mention: SpeakerMention) -> Bool {
        if let actor = mention.actor, isPerson(actor) { return false }
        guard mention.actor != nil || mention.name != nil else { return false }
        switch mention.kind {
        case .role: return true
        case .phrase, .collective: return mention.actor == nil
        // A pronoun that already continued such a description.
        case .pronoun: return mention.continuesDescription
        case .name, .inherited, .impersonal: return false
        }
    }

    /// The described speaker of sentence `s`: of a quotation there, else the subject of a cue
    /// there that quoted nothing ("A spokesman said the agency was ready").
    func unnamedSpeaker(ofSentence s: Int) -> SpeakerMention? {
        if let remembered = unnamedSpeakers[s] { return remembered }
        let sentence = doc.sentences[s]
        guard !sentence.isEmpty, let cue = DirectQuoteFinder().sentenceCue(doc, before: sentence.upperBound - 1),
              let candidate = finder.subject(before: cue.lowerBound, from: sentence.lowerBound)
                // "сообщили несколько российских СМИ": the subject after the verb.
                ?? finder.after(cue.upperBound..<min(sentence.upperBound, cue.upperBound + MentionFinder.window)) else { return nil }
        guard var mention = plainMention(candidate), isDescribedSpeaker(mention) else { return nil }
        mention.gender = gender(ofDescription: mention, cueGender: gender(ofCue: cue))
        return mention
    }

    /// A described speaker's gender: its verb's ("заявила градоначальница"), else its noun's
    /// ("актриса", "l'élue"), else its definite determiner's ("la porte-parole").
    func gender(ofDescription mention: SpeakerMention, cueGender: CueLexicon.Pronoun.Gender) -> CueLexicon.Pronoun.Gender {
        if cueGender != .unknown { return cueGender }
        let range = doc.tokens(of: mention.span)
        if let noun = range.first(where: { doc.isWord($0) && !doc.isDeterminer($0) && !doc.has($0, .possessive) }) {
            if doc.nounGender(noun) != .unknown { return doc.nounGender(noun) }
            if let gender = doc.lexicon.personNouns.gender(of: doc.text(doc.tokens[noun].span).lowercased()), gender != .unknown { return gender }
        }
        if let first = determiner(of: range), let gender = doc.lexicon.definiteDeterminers[doc.tokens[first].key] { return gender }
        return .unknown
    }

    /// The plural description opening sentence `s` as its subject ("Les habitants de …",
    /// "Residents of …", "Жители …"), named by no actor.
    func pluralSubject(ofSentence s: Int) -> SpeakerMention? {
        let sentence = doc.sentences[s]
        guard !sentence.isEmpty else { return nil }
        let opening = sentence.lowerBound..<min(sentence.upperBound, sentence.lowerBound + MentionFinder.window / 4)
        // The phrase itself, not the best mention in it (that would be the place in "Les habitants de Sommières").
        let candidate = finder.nounPhrase(opening).map { MentionFinder.Candidate.phrase($0) } ?? finder.best(in: opening, nearestFirst: false)
        guard let candidate, let mention = plainMention(candidate), mention.actor == nil,
              doc.tokens(of: mention.span).lowerBound <= sentence.lowerBound + 1, isPlural(description: mention) else { return nil }
        return mention
    }

    /// A description's mention without the look-backs that may themselves look back (epithets,
    /// described speakers, documents): what a look-back may call, so that it ends. Names and
    /// pronouns give nil.
    func plainMention(_ candidate: MentionFinder.Candidate) -> SpeakerMention? {
        switch candidate {
        case .role(let range, let noun):
            if let actor = resolveRole(noun: noun, phrase: range, before: doc.tokens[range.lowerBound].start) {
                return SpeakerMention(span: span(range), text: doc.text(tokens: range), kind: .role, actor: actor, confidence: 0.8)
            }
            return SpeakerMention(span: span(range), text: doc.text(tokens: range), kind: .role, name: strippedName(range), confidence: 0.5)
        case .phrase(let range), .institution(let range, _):
            return SpeakerMention(span: span(range), text: doc.text(tokens: range), kind: .phrase, name: strippedName(range), confidence: 0.5)
        case .collective(let range, _):
            return SpeakerMention(span: span(range), text: doc.text(tokens: range), kind: .collective, name: strippedName(range), confidence: 0.4)
        case .entity, .pronoun:
            return nil
        }
    }

    /// Whether a description names several people: a collective, a role noun in the plural, or
    /// a plural head before any preposition ("les économistes de la banque", "analysts").
    func isPlural(description mention: SpeakerMention) -> Bool {
        if mention.kind == .collective { return true }
        let range = doc.tokens(of: mention.span)
        if let noun = range.first(where: { doc.isWord($0) && doc.has($0, .roleNoun) }) { return isPlural(noun) }
        let lexicon = doc.lexicon
        for t in range where doc.isWord(t) {
            if doc.isAnyPreposition(t) { break }
            if doc.isDeterminer(t) || doc.has(t, .possessive) { continue }
            if doc.lowercased(t, longerThan: 2, endsWithOneOf: lexicon.pluralNounEndings) == true,
               doc.lowercased(t, endsWithOneOf: lexicon.singularNounEndings) == false { return true }
        }
        return false
    }

    /// "the spokesman added" after "A spokesman for the agency said": a definite role noun
    /// continues the described speaker with the same role in the sentences just before, unless
    /// a named holder of the role was mentioned since.
    func describedSpeaker(role noun: Int, phrase: Range<Int>) -> SpeakerMention? {
        let key = doc.tokens[noun].key
        guard !phrase.contains(where: { $0 < noun && doc.lexicon.indefiniteDeterminers.contains(doc.tokens[$0].key) }),
              !phrase.contains(where: { doc.entityAt[$0] >= 0 }) else { return nil }
        let roleClass = doc.roleClass(ofNoun: noun)?.roleClass
        let here = doc.sentenceOf[noun]
        for s in stride(from: here - 1, through: max(0, here - 3), by: -1) {
            guard let described = unnamedSpeaker(ofSentence: s) else { continue }
            let words = doc.tokens(of: described.span)
            guard let other = words.first(where: { doc.isWord($0) && doc.has($0, .roleNoun) }),
                  doc.tokens[other].key == key || (roleClass != nil && roleClass != "org" && doc.roleClass(ofNoun: other)?.roleClass == roleClass)
            else { continue }
            // "источник в министерстве" … "источник в правительстве": another complement, another person.
            let complement = contentKeys(phrase.filter { $0 > noun })
            if !complement.isEmpty, !complement.isSubset(of: contentKeys(words.filter { $0 > other })) { continue }
            let holds = { (a: Int) in self.isPerson(a) && (self.actors.roleKeys[a].contains(key) || roleClass.map { self.actors.roleClasses[a].contains($0) } ?? false) }
            if let holder = lastMentioned(before: doc.tokens[noun].start, among: people.filter(holds), where: holds),
               lastMention(holder, before: doc.tokens[noun].start) > described.span.start { return nil }
            return described
        }
        // Only a bare noun bridges: a complement of its own makes it someone else.
        return contentKeys(phrase.filter { $0 > noun }).isEmpty ? bridgedRole(noun: noun, roleClass: roleClass) : nil
    }

    /// "На вопрос корреспондента «Вечерней газеты» актриса не ответила. Журналист отметил …",
    /// "the reporter asked … The journalist added": a bare role noun names the person a role
    /// noun of the same class stood for in the sentence before, though that one did not speak
    /// (an addressee, an object), when no one holds the role by name.
    private func bridgedRole(noun: Int, roleClass: String?) -> SpeakerMention? {
        guard let roleClass, roleClass != "org", !doc.tokens[noun].capitalized || doc.sentenceStart(noun) == noun else { return nil }
        let here = doc.sentenceOf[noun]
        guard here > 0, !people.contains(where: { isPerson($0) && actors.roleClasses[$0].contains(roleClass) }) else { return nil }
        let previous = doc.sentences[here - 1]
        guard let other = previous.reversed().first(where: {
            doc.isWord($0) && doc.has($0, .roleNoun) && !doc.inQuotation($0) && doc.entityAt[$0] < 0
                && doc.roleClass(ofNoun: $0)?.roleClass == roleClass
        }) else { return nil }
        // The noun and its complement, a quoted name included ("корреспондента «Вечерней газеты»").
        var upper = max(other + 1, finder.nounPhrase(around: other, in: previous).upperBound)
        if upper < previous.upperBound, doc.tokens[upper].kind == .quote, case let p = doc.pairAt[upper], p >= 0,
           doc.pairs[p].open == upper, doc.pairs[p].close < previous.upperBound { upper = doc.pairs[p].close + 1 }
        let phrase = other..<upper
        guard !phrase.contains(where: { doc.entityAt[$0] >= 0 && doc.entities[doc.entityAt[$0]].type == .person }) else { return nil }
        return SpeakerMention(span: span(phrase), text: doc.text(tokens: phrase), kind: .role, name: strippedName(phrase), confidence: 0.5)
    }

    /// The keys of the content words among `tokens` (no preposition or determiner).
    func contentKeys(_ tokens: [Int]) -> Set<CueWordKey> {
        Set(tokens.filter { doc.isWord($0) && !doc.isAnyPreposition($0) && !doc.isDeterminer($0) }.map { doc.tokens[$0].key })
    }

    /// "His spokeswoman said", "Его пресс-секретарь сообщил": a role owned by a possessive is
    /// someone else than the owner, and no one named before: an unnamed speaker, or the
    /// institution the possessive stands for when the role speaks for it ("its spokesman").
    func possessedRole(noun: Int, phrase: Range<Int>) -> SpeakerMention? {
        guard let owner = phrase.first(where: { $0 < noun && doc.isWord($0) && doc.has($0, .possessive) }) else { return nil }
        let text = doc.text(tokens: phrase)
        let roleClass = doc.roleClass(ofNoun: noun)?.roleClass
        // Only a possessive that may stand for an institution ("its", "leur"; not "his").
        let possessive = doc.text(doc.tokens[owner].span).lowercased()
        let offset = doc.tokens[owner].start
        if roleClass == nil || roleClass == "spokesperson", doc.lexicon.institutionPossessives.contains(possessive),
           let actor = lastMentioned(before: offset, among: organisations, where: isOrganisation) {
            let named = lastMention(actor, before: offset)
            if doc.sentenceOf[noun] - doc.sentenceOf[doc.token(atScalar: named)] <= 1, !people.contains(where: { lastMention($0, before: offset) > named }) {
                return SpeakerMention(span: span(phrase), text: text, kind: .role, actor: actor, confidence: 0.6)
            }
        }
        return SpeakerMention(span: span(phrase), text: text, kind: .role, name: doc.text(tokens: (owner + 1)..<phrase.upperBound), confidence: 0.5)
    }
}
