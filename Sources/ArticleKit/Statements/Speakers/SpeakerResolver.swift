/// Resolves each quotation's speaker mention to an actor, in text order: names through the
/// actor grouping, pronouns to the most recent compatible speaker or subject, role nouns to the
/// actor holding the role, collectives to all the actors they cover, institutions and places
/// speaking for a government to themselves; a quotation without a cue continues the previous one.
struct SpeakerResolver {
    let doc: StatementDocument
    let actors: ActorGrouper.Result
    /// Resolved speaker (actor) of each sentence that has a quotation, for pronouns.
    /// (By sentence index, -1 for none: an array, not a dictionary hashing each index.)
    var sentenceSpeaker: [Int]
    /// Whether each actor has spoken so far.
    var hasSpoken: [Bool]
    var previous: (mention: SpeakerMention, paragraph: Int, content: TextSpan)?
    /// Speakers named by a description and no actor ("un porte-parole de la SNCF", "Его отец"),
    /// by sentence index: a pronoun after them refers to them, not to a named person before.
    var unnamedSpeakers: [Int: SpeakerMention] = [:]
    /// Genders learnt so far: from the grouping, then from verbs agreeing with a named speaker.
    var genders: [CueLexicon.Pronoun.Gender]
    /// The person actors and the organisation actors, in order: listed once here rather than
    /// filtered out of all the actors for each role or institution to resolve.
    let people: [Int]
    let organisations: [Int]

    /// Paragraphs a quotation without a cue may look back to find who is still speaking.
    static let continuationParagraphs = 2
    /// With more actors than this, the actor mentioned last is found by looking back along the
    /// mentions and a name among the actors sharing its last word (with fewer, asking each
    /// actor costs less than building those look-ups).
    static let manyActors = 64
    let timeline: MentionTimeline?
    let nameKeyOwners: NameKeyOwners?

    /// The quotation pairs (indices in `doc.pairs`) that the finders took as statements: never
    /// read as a quoted name.
    let statementPairs: Set<Int>
    /// The outermost quotation pairs that hold a title (`DirectQuoteFinder.isTitle`): never a
    /// speaker. Found once: the mention finder asks about every quoted token it weighs.
    let titlePairs: Set<Int>

    init(doc: StatementDocument, actors: ActorGrouper.Result, statementPairs: Set<Int>) {
        self.doc = doc
        self.statementPairs = statementPairs
        titlePairs = Set(doc.pairs.indices.filter { doc.quoteEnd[doc.pairs[$0].open] == doc.pairs[$0].close && DirectQuoteFinder().isTitle(doc, doc.pairs[$0]) })
        self.actors = actors
        genders = actors.genders
        // One pass, each list allocated once (a `filter` grows its result step by step).
        var people: [Int] = [], organisations: [Int] = []
        people.reserveCapacity(actors.actors.count)
        organisations.reserveCapacity(actors.actors.count)
        let all = actors.actors
        for index in all.indices {
            if all[index].type == .person { people.append(index) } else if all[index].type == .organisation { organisations.append(index) }
        }
        self.people = people
        self.organisations = organisations
        let many = all.count > Self.manyActors
        timeline = many ? MentionTimeline(doc, actors) : nil
        nameKeyOwners = many ? NameKeyOwners(actors) : nil
        sentenceSpeaker = [Int](repeating: -1, count: doc.sentences.count)
        hasSpoken = [Bool](repeating: false, count: actors.actors.count)
    }

    /// "Лопес заявила": a verb agreeing with a named speaker tells the speaker's gender.
    private mutating func learnGender(_ mention: SpeakerMention, cue: Range<Int>?) {
        guard mention.kind == .name, let actor = mention.actor, genders[actor] == .unknown, let cue,
              actors.actors[actor].type == .person else { return }
        let lexicon = doc.lexicon
        guard !lexicon.feminineVerbEndings.isEmpty else { return }
        for t in cue where doc.tokens[t].flags.contains(.cueVerb) {
            let gender = doc.verbEndingGender(t)
            if gender != .unknown { genders[actor] = gender; return }
        }
    }

    var finder: MentionFinder {
        var finder = MentionFinder(doc: doc, actors: actors)
        finder.statementPairs = statementPairs
        finder.titlePairs = titlePairs
        return finder
    }

    /// A name right after a lowercase noun that governs it (Russian genitive: "администрации
    /// губернатора", "участии И.Петрова"): a word that is no verb form, function word or role noun.
    func isGenitiveComplement(_ u: Int) -> Bool {
        let endings = doc.lexicon.verbEndings
        guard !endings.isEmpty, u > 0, doc.entityTokens[doc.entityAt[u]].lowerBound == u else { return false }
        let w = u - 1
        guard doc.isWord(w), !doc.tokens[w].capitalized, !doc.has(w, .roleNoun), !doc.tokens[w].flags.contains(.cueVerb),
              !doc.lexicon.functionWords.contains(doc.tokens[w].key), doc.pronoun(w) == nil else { return false }
        return doc.lowercased(w, longerThan: 3, endsWithOneOf: endings) == false
            && doc.lowercased(w, endsWithOneOf: doc.lexicon.nominativeAdjectiveEndings) == false
    }

    /// A cue verb in the plural with no subject found ("говорят", "сообщили").
    func isIndefinite(_ cue: Range<Int>?) -> Bool {
        guard let cue, !doc.lexicon.pluralVerbEndings.isEmpty else { return false }
        for t in cue where doc.tokens[t].flags.contains(.cueVerb) { return doc.lowercased(t, endsWithOneOf: doc.lexicon.pluralVerbEndings) ?? false }
        return false
    }

    /// Unnamed speakers described by a role ("представитель Смит"), by role class.
    var unnamedRoles: [String: SpeakerMention] = [:]

    func namesEntity(_ span: TextSpan) -> Bool {
        doc.tokens(of: span).contains { doc.entityAt[$0] >= 0 && doc.entities[doc.entityAt[$0]].type != .miscellaneous }
    }

    /// Gender of the current cue verb's past form (Russian "заявил" / "заявила"), else unknown.
    var verbGender: CueLexicon.Pronoun.Gender = .unknown
    /// Whether the current cue verb is plural ("утверждают"): its subject is a group.
    var verbPlural = false
    /// Start of the statement being attributed: what it names is what was said, not who said it.
    var statementStart = Int.max

    func gender(ofCue cue: Range<Int>?) -> CueLexicon.Pronoun.Gender {
        guard let cue, !doc.lexicon.feminineVerbEndings.isEmpty else { return .unknown }
        for t in cue where doc.tokens[t].flags.contains(.cueVerb) { return doc.verbEndingGender(t) }
        return .unknown
    }

    mutating func resolve(_ candidate: QuoteCandidate) -> SpeakerMention? {
        verbGender = gender(ofCue: candidate.cue)
        verbPlural = isIndefinite(candidate.cue)
        statementStart = candidate.content.start
        var mention: SpeakerMention?
        switch candidate.site {
        case .subjectBefore(let cue, let from):
            mention = reporter(ofCueAt: cue) ?? sourced(before: cue, from: from) ?? finder.subject(before: cue, from: from).flatMap { resolve($0, at: cue) }
            // "сообщил представитель партии: «…»", "сообщил журналистам сам мэр: …", "заявил
            // журналистам глава ведомства, что …": the subject after the verb.
            if mention == nil, let range = doc.cue(at: cue), range.upperBound < doc.tokens.count {
                mention = finder.after(range.upperBound..<min(doc.tokens.count, range.upperBound + MentionFinder.window)).flatMap { resolve($0, at: cue) }
            }
        case .around(let between, let after):
            mention = finder.inRegion(between).flatMap { resolve($0, at: between.lowerBound) }
            // A noun phrase with its determiner before the verb is its subject ("“…,” the
            // presumptive nominee wrote on …"); a bare word there may be a circumstance ("jeudi").
            var determined = between.lowerBound
            while determined < between.upperBound, !doc.isWord(determined) || doc.isSkippable(determined) && !doc.isDeterminer(determined) { determined += 1 }
            let subjectPhrase = mention?.kind == .phrase && determined < between.upperBound && doc.isDeterminer(determined)
                && !doc.isAnyPreposition(determined)
            if mention == nil || (mention?.kind == .phrase && !subjectPhrase) {
                mention = finder.after(after).flatMap { resolve($0, at: after.lowerBound) } ?? mention
            }
        case .after(let range):
            var finder = self.finder
            finder.allowQuoted = range.lowerBound < doc.tokens.count && doc.inQuote(range.lowerBound)
            mention = finder.after(range).flatMap { resolve($0, at: range.lowerBound) }
        case .region(let range):
            mention = finder.inRegion(range).flatMap { resolve($0, at: range.lowerBound) }
        case .introducedBy(let clause):
            // The subject before the clause's verb, found by the parse: from the colon, position
            // alone would take the object pronoun before it ("Cruz called them on it:").
            let verb = CueSubject(doc: doc).mainVerb(ofClause: clause) ?? clause.upperBound
            mention = finder.subject(before: verb, from: clause.lowerBound).flatMap { resolve($0, at: verb) }
        case .pronoun(let token):
            mention = resolvePronoun(at: token)
        case .none:
            mention = uncuedSpeaker(candidate)
        }
        if let found = mention, let subject = grammaticalSubject(replacing: found, candidate) { mention = subject }
        // "говорится в заявлении", "the statement said": the document's publisher, when the
        // sentences just before name one.
        if mention == nil, let cue = candidate.cue, let noun = documentNoun(near: cue),
           let publisher = documentPossessor(of: noun) ?? documentPublisher(noun..<(noun + 1), at: noun) {
            mention = publisher.restated(at: doc.tokens[noun].span, as: doc.text(doc.tokens[noun].span))
        }
        // An impersonal cue ("говорится в заявлении") or an unnamed subject: who spoke last;
        // not an indefinite plural ("говорят, что"), which names nobody.
        if mention == nil, candidate.cue != nil, !isIndefinite(candidate.cue), let previous,
           doc.paragraphOf[min(candidate.anchor, doc.tokens.count - 1)] - previous.paragraph <= 1 {
            mention = previous.mention.inherited(scaledBy: 0.5)
        }
        if let found = mention, let role = headOfRoleChain(found, cue: candidate.cue) { mention = role }
        if let found = mention, doc.lexicon.language == .russian, let role = representative(found, cue: candidate.cue) { mention = role }
        if let found = mention, found.kind == .role, let roleClass = roleClass(in: found.span) {
            mention = sameUnnamedRole(found, roleClass: roleClass, candidate)
        }
        if let mention { remember(mention, candidate) }
        statementStart = .max
        return mention
    }

    /// The cue's subject by the parse of its sentence, when the mention found by position is an
    /// object or a complement there (see `CueSubject`).
    private func grammaticalSubject(replacing found: SpeakerMention, _ candidate: QuoteCandidate) -> SpeakerMention? {
        guard found.kind == .name || found.kind == .phrase || found.kind == .collective,
              let verb = candidate.cue?.first(where: { doc.tokens[$0].flags.contains(.cueVerb) }),
              let span = CueSubject(doc: doc).subject(ofCue: verb, replacing: found.span, quote: candidate.content),
              let subject = finder.best(in: doc.tokens(of: span), nearestFirst: false) else { return nil }
        return resolve(subject, at: verb)
    }

    /// A cue inside the statement before is part of what was reported ("Selon la maire, les
    /// services ne répondent plus : « … »", "По словам мэра, власти не отвечают на её просьбы:
    /// «…»"): that statement's speaker goes on, not the cue's subject.
    /// (The cue reads on inside that statement, with no sentence end before it (even one inside
    /// quotation marks) and no clause of its own: a statement that took in a cue at its end
    /// ("…, she replied: « … »"), across a sentence end or before "that" ("Promising that …, Bolton
    /// said that …") took in the next attribution.)
    func reporter(ofCueAt cue: Int) -> SpeakerMention? {
        guard let previous, previous.content.contains(doc.tokens[cue].start),
              !(min(doc.token(atScalar: previous.content.start), cue)..<cue).contains(where: { t in
                  doc.isSentencePunct(t) || doc.isPunct(t, .sentencePunctuation) && doc.tokens[t + 1].kind == .quote
              }),
              !doc.isComplementizer(cue + 1) else { return nil }
        var t = cue + 1, words = 0
        while t < doc.tokens.count, doc.tokens[t].end <= previous.content.end, words < 2 {
            if doc.isWord(t) { words += 1 }
            t += 1
        }
        guard words >= 2 else { return nil }
        return previous.mention.inherited(scaledBy: 0.8)
    }

    /// The speaker of a quotation with no cue of its own: the subject of a cue earlier in its
    /// sentence, else who spoke before in this paragraph, the pronoun or the person opening the
    /// sentence before, or who spoke in a recent paragraph.
    private mutating func uncuedSpeaker(_ candidate: QuoteCandidate) -> SpeakerMention? {
        var mention: SpeakerMention?
        let anchor = candidate.pair.map { doc.pairs[$0].open } ?? candidate.anchor
        if let cue = DirectQuoteFinder().sentenceCue(doc, before: anchor) {
            // It reads the number and gender of that cue ("Соседи утверждают, что … и называют
            // его «…»": a group's words).
            verbGender = gender(ofCue: cue)
            verbPlural = isIndefinite(cue)
            mention = reporter(ofCueAt: cue.lowerBound)
                ?? finder.subject(before: cue.lowerBound, from: doc.sentenceStart(cue.lowerBound)).flatMap { resolve($0, at: cue.lowerBound) }
        }
        // The speaker of this paragraph goes on.
        if mention == nil, let previous, doc.paragraphOf[anchor] == previous.paragraph {
            mention = previous.mention.inherited(scaledBy: 0.8)
        }
        // "Il a voulu répondre. « … »": the pronoun opening the sentence
        // before, in this paragraph, rather than an institution or a description that spoke in
        // an earlier paragraph.
        if mention == nil, doc.sentenceOf[anchor] > 0, previous?.mention.actor.map({ actors.actors[$0].type != .person }) ?? true {
            let sentence = doc.sentences[doc.sentenceOf[anchor] - 1]
            var first = sentence.lowerBound
            while first < sentence.upperBound, !doc.isWord(first) { first += 1 }
            if first < sentence.upperBound, doc.paragraphOf[first] == doc.paragraphOf[anchor], let p = doc.pronoun(first), !p.stressed,
               p.gender == .masculine || p.gender == .feminine {
                if let resolved = resolvePronoun(at: first), resolved.actor != nil { mention = resolved; mention?.kind = .inherited; mention?.confidence = 0.5 }
            }
        }
        if mention == nil, let previous, doc.paragraphOf[anchor] - previous.paragraph <= Self.continuationParagraphs {
            mention = previous.mention.inherited(scaledBy: 0.8)
        }
        // "Le ministre a pris la parole. « … »": the person the previous sentence is about.
        if mention == nil, doc.sentenceOf[anchor] > 0, doc.paragraphOf[anchor] > 0 {
            let sentence = doc.sentences[doc.sentenceOf[anchor] - 1]
            if let e = sentence.prefix(MentionFinder.window * 2).first(where: { doc.entityAt[$0] >= 0 && doc.entities[doc.entityAt[$0]].type == .person && !doc.inQuotation($0) })
                .map({ doc.entityAt[$0] }), actors.actorOfEntity[e] >= 0 {
                let entity = doc.entities[e]
                mention = SpeakerMention(span: entity.span, text: entity.text, kind: .inherited, actor: actors.actorOfEntity[e], confidence: 0.4)
            }
        }
        return mention
    }

    /// "Представитель Смит сообщил … Представители актрисы утверждают": an unnamed holder of a
    /// role stays the one who spoke, unless the phrase names someone. Returns the mention to keep.
    private mutating func sameUnnamedRole(_ found: SpeakerMention, roleClass: String, _ candidate: QuoteCandidate) -> SpeakerMention {
        let paragraph = doc.paragraphOf[min(candidate.anchor, doc.tokens.count - 1)]
        if let remembered = unnamedRoles[roleClass], !namesEntity(found.span),
           paragraph - doc.paragraphOf[doc.token(atScalar: remembered.span.start)] <= 2,
           previous.map({ $0.mention.span == remembered.span || $0.mention.name == remembered.name }) ?? false {
            var same = remembered
            same.span = found.span
            same.text = found.text
            return same
        } else if found.actor == nil, let name = found.name, name.contains(where: { $0 == " " }) {
            unnamedRoles[roleClass] = found
        }
        return found
    }

    /// What the next quotations read: the speaker's gender, the sentence's speaker, the last speaker.
    private mutating func remember(_ mention: SpeakerMention, _ candidate: QuoteCandidate) {
        learnGender(mention, cue: candidate.cue)
        let anchorToken = min(candidate.anchor, doc.tokens.count - 1)
        // (A text of line breaks alone has no sentence: nothing to remember there.)
        if let actor = mention.actor { hasSpoken[actor] = true }
        if let actor = mention.actor, doc.sentenceOf[anchorToken] < sentenceSpeaker.count {
            sentenceSpeaker[doc.sentenceOf[anchorToken]] = actor
        }
        if isDescribedSpeaker(mention), doc.sentenceOf[anchorToken] < sentenceSpeaker.count {
            var described = mention
            if described.gender == .unknown { described.gender = gender(ofDescription: mention, cueGender: gender(ofCue: candidate.cue)) }
            unnamedSpeakers[doc.sentenceOf[anchorToken]] = described
        }
        previous = (mention, doc.paragraphOf[anchorToken], candidate.content)
    }

    // MARK: - Candidates to mentions

    func span(_ range: Range<Int>) -> TextSpan {
        TextSpan(doc.tokens[range.lowerBound].start, doc.tokens[range.upperBound - 1].end)
    }

    func resolve(_ candidate: MentionFinder.Candidate, at position: Int) -> SpeakerMention? {
        switch candidate {
        case .entity(let e):
            let entity = doc.entities[e]
            let actor = actors.actorOfEntity[e]
            // "l'ONG", "the NGO": a common noun the recogniser took for a name is the salient institution.
            let words = doc.entityTokens[e]
            if words.count == 1, doc.lexicon.isOrgNoun(doc.tokens[words.lowerBound].key),
               let a = salient(before: entity.span.start, among: organisations, where: { isOrganisation($0) && $0 != actor }) {
                return SpeakerMention(span: entity.span, text: entity.text, kind: .role, actor: a, confidence: 0.6)
            }
            return SpeakerMention(span: entity.span, text: entity.text, kind: .name, actor: actor >= 0 ? actor : nil,
                                  name: actor >= 0 ? nil : ActorGrouper().nameText(doc, e), confidence: 1)
        case .pronoun(let t):
            // "its owner said" when "its" is no one's: the possessive's noun phrase speaks.
            let resolved = resolvePronoun(at: t)
            if resolved?.actor == nil, let phrase = possessedPhrase(t) {
                return SpeakerMention(span: span(phrase), text: doc.text(tokens: phrase), kind: .phrase, name: strippedName(phrase), confidence: 0.5)
            }
            return resolved
        case .role(let range, let noun):
            if let latter = latter(range) { return latter }
            let text = doc.text(tokens: range)
            if let quoted = quotedInstitution(range, at: position) { return quoted }
            if let owned = possessedRole(noun: noun, phrase: range) { return owned }
            if let described = describedSpeaker(role: noun, phrase: range) { return described.restated(at: span(range), as: text) }
            // A role refers back to someone named before the role itself, not to a person named
            // between it and its verb ("Министр, который встретился с X, заявил").
            if let actor = resolveRole(noun: noun, phrase: range, before: doc.tokens[min(position, range.lowerBound)].start) {
                return SpeakerMention(span: span(range), text: text, kind: .role, actor: actor, confidence: 0.8)
            }
            if let actor = describedPerson(range, before: doc.tokens[position].start) {
                return SpeakerMention(span: span(range), text: text, kind: .role, actor: actor, confidence: 0.6)
            }
            if let epithet = epithetAntecedent(range, at: position) { return epithet.restated(at: span(range), as: text) }
            return SpeakerMention(span: span(range), text: text, kind: .role, name: strippedName(range), confidence: 0.5)
        case .institution(let range, let noun):
            // An actor this noun described ("полиция Москвы"), else the phrase in its dictionary form.
            let text = doc.text(tokens: range)
            if let actor = institution(head: noun, before: doc.tokens[position].start) {
                return SpeakerMention(span: span(range), text: text, kind: .role, actor: actor, confidence: 0.7)
            }
            if let actor = genericInstitution(range, noun: noun, at: position) {
                return SpeakerMention(span: span(range), text: text, kind: .role, actor: actor, confidence: 0.6)
            }
            return SpeakerMention(span: span(range), text: text, kind: .phrase, name: strippedName(range), confidence: 0.5)
        case .collective(let range, let noun):
            let text = doc.text(tokens: range)
            let members = collective(noun: noun, before: doc.tokens[position].start)
            if let first = members.first {
                return SpeakerMention(span: span(range), text: text, kind: .collective, actor: first,
                                      alternatives: Array(members.dropFirst()), confidence: 0.6)
            }
            return SpeakerMention(span: span(range), text: text, kind: .collective, name: strippedName(range), confidence: 0.4)
        case .phrase(let range):
            if let latter = latter(range) { return latter }
            let text = doc.text(tokens: range)
            if let quoted = quotedInstitution(range, at: position) { return quoted }
            if let actor = institution(named: range, before: doc.tokens[position].start) {
                return SpeakerMention(span: span(range), text: text, kind: .role, actor: actor, confidence: 0.7)
            }
            // A name the recogniser missed here but found elsewhere ("Петров" → "Иван Петров"); not
            // one in the phrase's complement ("habitants | de Millac").
            // (Nor a person in the genitive after a common noun: "Сторонники Анны Ветровой".)
            let complement = range.first { $0 > range.lowerBound && doc.entityAt[$0] >= 0 && doc.entities[doc.entityAt[$0]].type == .person
                && doc.entityTokens[doc.entityAt[$0]].lowerBound == $0 && doc.entityAt[range.lowerBound] < 0 && !doc.has(range.lowerBound, .roleNoun) }
            let head = range.lowerBound..<(range.first(where: { $0 > range.lowerBound && doc.isAnyPreposition($0) }) ?? complement ?? range.upperBound)
            let named = head.filter { doc.tokens[$0].kind == .word && doc.tokens[$0].capitalized && doc.tokens[$0].flags.isEmpty }
            // (A phrase headed by a noun of people, "Врачи НАСА", is those people: the name is
            // their institution.)
            let people = range.first(where: { doc.isWord($0) && !doc.isDeterminer($0) }).map(finder.isPersonNoun) ?? false
            if !named.isEmpty, !people {
                // The last name word (a surname, an institution's head) and most of the others must match.
                let keys = named.map { doc.tokens[$0].key }
                func owns(_ a: Int) -> Bool {
                    actors.nameKeys[a].contains(keys.last!) && keys.filter { actors.nameKeys[a].contains($0) }.count * 2 >= keys.count
                }
                let owner: Int?
                if let timeline, let nameKeyOwners {
                    // Mentioned last before, else the first to hold the name (as `mostRecent` picks).
                    owner = timeline.latest(before: doc.tokens[position].start, where: owns)
                        ?? nameKeyOwners.actors(holding: keys.last!).first(where: owns)
                } else {
                    owner = mostRecent(actors.actors.indices.filter(owns), before: doc.tokens[position].start)
                }
                if let actor = owner {
                    return SpeakerMention(span: span(range), text: text, kind: .name, actor: actor, confidence: 0.6)
                }
                // Russian: the same name in another case ("Петровой" for "Анна Петрова").
                if actors.hasNameForms {
                    let people = actors.actors(withFormAt: doc.tokens[named.last!].span).filter { actors.actors[$0].type == .person }
                    if let actor = mostRecent(people, before: doc.tokens[position].start) {
                        return SpeakerMention(span: span(range), text: text, kind: .name, actor: actor, confidence: 0.6)
                    }
                }
            }
            if let publisher = documentPublisher(range, at: position) { return publisher.restated(at: span(range), as: text) }
            if let actor = describedPerson(range, before: doc.tokens[position].start)
                ?? documentAuthor(range, before: doc.tokens[position].start, paragraph: doc.paragraphOf[position]) {
                return SpeakerMention(span: span(range), text: text, kind: .role, actor: actor, confidence: 0.6)
            }
            if let epithet = epithetAntecedent(range, at: position) { return epithet.restated(at: span(range), as: text) }
            return SpeakerMention(span: span(range), text: text, kind: .phrase, name: strippedName(range), confidence: 0.5)
        }
    }
}
