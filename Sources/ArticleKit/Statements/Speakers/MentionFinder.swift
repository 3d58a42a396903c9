/// Finds the mention that names a speaker in a window of tokens: a name, a pronoun, a role
/// noun ("La porte-parole", "le conseiller de presse"), a collective ("les deux ministres"),
/// an institution ("le ministère", "l'Élysée") or a place ("Paris"), else the
/// noun phrase itself ("Plusieurs témoins" → "témoins").
struct MentionFinder {
    let doc: StatementDocument
    let actors: ActorGrouper.Result

    enum Candidate {
        case entity(Int)
        case pronoun(Int)
        case role(Range<Int>, noun: Int)
        case collective(Range<Int>, noun: Int)
        case phrase(Range<Int>)
        /// An institution noun and its complement ("в полиции", "в пресс-службе министерства").
        case institution(Range<Int>, noun: Int)
    }

    var lexicon: CueLexicon { doc.lexicon }
    /// Most tokens searched for a speaker around a cue.
    static let window = 40

    /// Tokens of the window that are outside quotations.
    /// Whether to read inside quotations (for a cue set inside one: « …, a dit X, … »).
    var allowQuoted = false

    /// The quotation pairs the finders took as statements (indices in `doc.pairs`): even a short
    /// one ("« Nous verrons »") is what someone said, never a name.
    var statementPairs: Set<Int> = []
    /// The quotation pairs that hold a title ("l'auteur de « Port blanc »", "автор романа
    /// «Белая гавань»"): a work, never a speaker (a short quoted name is an organisation's).
    var titlePairs: Set<Int> = []

    func usable(_ t: Int) -> Bool { allowQuoted || !doc.inQuotation(t) && !inStatement(t) && !inTitle(t) }

    func inTitle(_ t: Int) -> Bool { doc.insidePair[t] >= 0 && titlePairs.contains(doc.insidePair[t]) }

    /// Whether token `t` lies in a quotation pair found as a statement (marks included).
    func inStatement(_ t: Int) -> Bool { doc.insidePair[t] >= 0 && statementPairs.contains(doc.insidePair[t]) }

    /// The speaker after a cue ("a dit X", "— dit dans le communiqué du ministère", "сказал он").
    func after(_ range: Range<Int>) -> Candidate? {
        let range = range.lowerBound..<min(range.upperBound, range.lowerBound + Self.window)
        if followsObjectAddresseeCue(range.lowerBound) { return nil }
        var end = range.lowerBound
        var leading = range.lowerBound
        while leading < range.upperBound, doc.isSkippable(leading) { leading += 1 }
        while end < range.upperBound, !endsClause(end), doc.tokens[end].kind != .lineBreak {
            if doc.tokens[end].kind == .quote {
                // A quoted name goes on the phrase ("считает президент «Опоры России» Евгений
                // Ватутин", "a dit la présidente de « La Ruche » Anne Morel"); a quotation ends it.
                guard let close = quotedNameEnd(at: end), close < range.upperBound else { break }
                end = close + 1
                continue
            }
            // "— рассказал один из жителей агентству ТАСС": the addressee ends the speaker's phrase
            // (one right after the cue, "рассказал Вечерней газете …", is skipped below).
            if end > leading + 1, doc.isWord(end), isMediumInDative(end) { break }
            end += 1
        }
        var first = range.lowerBound
        while first < end, doc.isSkippable(first) { first += 1 }
        if first < end, let p = doc.pronoun(first), !p.stressed || first == range.lowerBound { return .pronoun(first) }
        // "— сказал агентству Reuters один из бастующих": the addressee first, then the speaker.
        var start = range.lowerBound
        if first < end, isDativeAfterCue(first) || isDativePhraseAfterCue(first) {
            start = isDativeAfterCue(first) ? first + 1 : first + 2
            if start < end, doc.entityAt[start] >= 0 { start = doc.entityTokens[doc.entityAt[start]].upperBound }
            if start >= end { start = range.lowerBound }
        } else if first < end, let addressee = addresseeBeforeSubject(first), addressee < end {
            start = addressee
        }
        let found = best(in: start..<end, nearestFirst: false)
        // A place is the weakest speaker: a name in apposition after the clause wins over it
        // ("a indiqué à l'AFP le préfet du Gard, Didier Lauga").
        if case .entity(let e) = found, doc.entities[e].type != .location { return found }
        return listedName(after: end, in: range) ?? found
    }

    /// The closing mark of a short quoted name opening at `t` inside a phrase (one to four
    /// words, the first capitalised, no punctuation, words on both sides), else nil.
    private func quotedNameEnd(at t: Int) -> Int? {
        let p = doc.pairAt[t]
        guard p >= 0, doc.pairs[p].open == t, doc.pairWords[p] <= 4, doc.isWord(t - 1), doc.isWord(doc.pairs[p].close + 1) else { return nil }
        let content = (t + 1)..<doc.pairs[p].close
        guard let first = content.first(where: { doc.isWord($0) }), doc.tokens[first].capitalized,
              content.allSatisfy({ doc.isWord($0) || doc.isPunct($0, .apostrophes) }) else { return nil }
        return doc.pairs[p].close
    }

    /// Whether `t` follows a cue whose object is its addressee ("told Reuters", "told reporters
    /// that"): English puts no speaker after such a verb.
    private func followsObjectAddresseeCue(_ t: Int) -> Bool {
        var c = t - 1
        while c >= 0, t - c <= 3, doc.isWord(c) {
            if doc.tokens[c].flags.contains(.cueVerb) { return lexicon.objectAddresseeCues.contains(doc.tokens[c].key) }
            c -= 1
        }
        return false
    }

    /// Punctuation that ends a clause; not the period of a title or an initial inside the
    /// sentence ("a dit M. Lefort", "said Mr. Okafor").
    private func endsClause(_ t: Int) -> Bool {
        doc.isPunct(t, .clauseEnds) && !doc.isInnerPeriod(t)
    }

    /// "— заявил актёр, продюсер и режиссёр Марк Хэйл", "said the actor and director Neil
    /// Harris": descriptions listed before a name describe that name, which is the speaker.
    private func listedName(after end: Int, in range: Range<Int>) -> Candidate? {
        var t = end
        while t < range.upperBound, t - end < Self.listedNameWindow {
            let e = doc.entityAt[t]
            if e >= 0 { return doc.entities[e].type == .person && usable(t) ? .entity(e) : nil }
            let listing = doc.isPunct(t, .comma) || doc.has(t, .coordinator)
                || (doc.isWord(t) && !doc.tokens[t].capitalized && !doc.has(t, .clauseWord) && doc.cue(at: t) == nil && doc.pronoun(t) == nil)
            guard listing else { return nil }
            t += 1
        }
        return nil
    }

    /// Tokens of descriptions a listed name may follow.
    static let listedNameWindow = 10

    /// The speaker named in a region (attribution phrase, words between quote and cue).
    func inRegion(_ range: Range<Int>) -> Candidate? {
        var first = range.lowerBound
        while first < range.upperBound, doc.isSkippable(first), doc.pronoun(first) == nil { first += 1 }
        if let author = documentAuthor(in: range) { return author }
        if let issuer = documentIssuer(in: range) { return issuer }
        // "Как сообщил агентству источник": the addressee after the verb, then the speaker.
        if first + 1 < range.upperBound, first > 0, isDativeAfterCue(first) {
            return inRegion((first + 1)..<range.upperBound)
        }
        if first < range.upperBound {
            // A stressed pronoun names the speaker alone ("Pour lui"), not as an object ("lui avait dit").
            if let p = doc.pronoun(first), !p.stressed || first + 1 == range.upperBound { return .pronoun(first) }
            if doc.isWord(first), doc.has(first, .possessive) { return namedAfterPossessive(first).map { .entity($0) } ?? .pronoun(first) }
            // "» a-t-il souligné": the inverted subject of the auxiliary.
            if doc.tokens[first].invertedPronoun != nil { return .pronoun(first) }
        }
        return best(in: range, nearestFirst: false)
    }

    /// The person named right after a possessive and a person noun: the one the noun describes
    /// ("son avocat Paul Morin", "their spokesman Karim Benali", "их представителя Карима Бенали").
    private func namedAfterPossessive(_ possessive: Int) -> Int? {
        let noun = possessive + 1, name = possessive + 2
        guard isPersonNoun(noun), name < doc.tokens.count, case let e = doc.entityAt[name], e >= 0,
              doc.entities[e].type == .person, doc.entityTokens[e].lowerBound == name else { return nil }
        return e
    }

    /// "Selon le classement établi par <une ONG>", "according to a study by the Brill Institute",
    /// "selon l'étude publiée par les chercheurs": the author of a document in the phrase, named
    /// or not, after the agent preposition.
    private func documentAuthor(in range: Range<Int>) -> Candidate? {
        guard let document = range.first(where: { doc.isWord($0) && lexicon.documentNouns.contains(doc.tokens[$0].key) }) else { return nil }
        for t in (document + 1)..<range.upperBound where doc.isWord(t) && lexicon.agentPrepositions.contains(doc.tokens[t].key) {
            var u = t + 1
            while u < range.upperBound, doc.isDeterminer(u) || doc.isPunct(u, .apostrophes) { u += 1 }
            guard u < range.upperBound, usable(u) else { return nil }
            if doc.entityAt[u] >= 0 {
                let type = doc.entities[doc.entityAt[u]].type
                return type == .person || type == .organisation ? .entity(doc.entityAt[u]) : nil
            }
            return best(in: u..<range.upperBound, nearestFirst: false)
        }
        return nil
    }

    /// "Selon un communiqué du ministère", "according to a statement from the department",
    /// "согласно заявлению министерства": the institution or office that issued the document,
    /// named in the complement right after its noun, speaks.
    private func documentIssuer(in range: Range<Int>) -> Candidate? {
        guard let document = range.first(where: { doc.isWord($0) && lexicon.documentNouns.contains(doc.tokens[$0].key) }) else { return nil }
        var t = document + 1
        var prepositions = 0
        while t < range.upperBound, doc.isWord(t) && lexicon.authorPrepositions.contains(doc.tokens[t].key) || doc.isPunct(t, .apostrophes) {
            if doc.isWord(t) { prepositions += 1 }
            t += 1
        }
        guard prepositions > 0 || lexicon.authorPrepositions.isEmpty else { return nil }
        while t < range.upperBound, doc.isDeterminer(t) && !doc.isAnyPreposition(t) || doc.isPunct(t, .apostrophes) { t += 1 }
        guard t < range.upperBound, usable(t), doc.isWord(t) else { return nil }
        if doc.entityAt[t] >= 0 {
            let e = doc.entityAt[t]
            return doc.entities[e].type == .person || doc.entities[e].type == .organisation ? .entity(e) : nil
        }
        guard doc.has(t, .roleNoun) || lexicon.institutionNouns.contains(doc.tokens[t].key) else { return nil }
        // (The phrase starts at its noun: the document and the preposition before it are not the issuer's.)
        let phrase = t..<nounPhrase(around: t, in: range).upperBound
        return lexicon.isRole(doc.tokens[t].key) ? .role(phrase, noun: t) : .institution(phrase, noun: t)
    }

    /// The preferred mention of a window: a person, a collective, a role, an institution, a place,
    /// else the noun phrase. `nearestFirst` scans from the end (the subject nearest the verb).
    /// `nominative`: the window holds the subject of a finite verb, so a Russian person named in
    /// another case there completes a noun ("Семья и близкие Котовой считают").
    func best(in range: Range<Int>, nearestFirst: Bool, nominative: Bool = false) -> Candidate? {
        guard !range.isEmpty else { return nil }
        var persons: [Int] = [], orgs: [Int] = [], places: [Int] = []
        var roles: [(Range<Int>, Int)] = [], collectives: [(Range<Int>, Int)] = []
        // An entity's tokens are one run (each claims the rest of its span after those before
        // it), so an entity met again is the one just met.
        var lastEntity = -1
        for t in range where usable(t) {
            let e = doc.entityAt[t]
            if e >= 0 {
                if e != lastEntity {
                    lastEntity = e
                    // After the cue ("a confié … à l'AFP"); before it, "À Washington ont déclaré"
                    // is a place speaking.
                    if !nearestFirst, isAddressee(e) { continue }
                    switch doc.entities[e].type {
                    case .person: persons.append(e)
                    case .organisation: orgs.append(e)
                    case .location: places.append(e)
                    case .miscellaneous: break
                    }
                }
                continue
            }
            guard doc.isWord(t), doc.has(t, .roleNoun) else { continue }
            if t > range.lowerBound, doc.isWord(t - 1), doc.has(t - 1, .collectiveNumber) {
                collectives.append((max(range.lowerBound, t - 2)..<(t + 1), t))
            } else {
                roles.append((nounPhrase(around: t, in: range), t))
            }
        }
        func pick<T>(_ list: [T]) -> T? { nearestFirst ? list.last : list.first }
        // `pick(list.filter(isIncluded))` without the filtered array.
        func pick<T>(_ list: [T], where isIncluded: (T) -> Bool) -> T? {
            nearestFirst ? list.last(where: isIncluded) : list.first(where: isIncluded)
        }
        // A person not in a complement ("le porte-parole de Vladimir Poutine") comes first.
        persons.removeAll(where: isPossessor)
        persons.removeAll(where: isNamedAddressee)
        if nominative, lexicon.language == .russian { persons.removeAll(where: isObliqueMention) }
        // "un conseiller du ministre Paul Girard", "an adviser to minister Paul Girard": the
        // holder of a role inside another's complement; the head ("conseiller") is the speaker.
        if persons.contains(where: isHeldRoleInComplement), roles.contains(where: { isHead($0.1, of: persons) }) {
            persons.removeAll(where: isHeldRoleInComplement)
        }
        // Russian "защитник Петровой Иван Сидоров": a name right before another is its genitive.
        if lexicon.language == .russian, persons.count > 1 {
            persons.removeAll { e in
                let next = doc.entityTokens[e].upperBound
                return next < doc.tokens.count && doc.entityAt[next] >= 0 && doc.entityAt[next] != e && doc.entities[doc.entityAt[next]].type == .person
            }
        }
        if let e = pick(persons, where: { !isComplement($0) }) {
            if lexicon.language == .russian, let head = headOfComplement(e, in: range) { return .phrase(head) }
            return .entity(e)
        }
        // Russian: a name the recogniser missed (a foreign name, or "Петрова" for an actor
        // named in another case) before a person in a complement ("о смерти Сидорова").
        if lexicon.language == .russian, let name = looseName(in: range, nearestFirst: nearestFirst) { return .phrase(name) }
        if let e = pick(persons) {
            if let head = headOfComplement(e, in: range) { return .phrase(head) }
            return .entity(e)
        }
        // A name the recogniser missed after a title ("Mme Anne Dupont", "Mr Smith", "актриса Петрова").
        var titled: [Range<Int>] = []
        for t in range where usable(t) && (doc.has(t, .feminine) || doc.has(t, .masculine)) {
            var u = t + 1
            if doc.isPunct(u, .period) { u += 1 }
            var v = u
            while v < range.upperBound, doc.tokens[v].kind == .word, doc.tokens[v].capitalized, doc.tokens[v].flags.isEmpty, doc.entityAt[v] < 0 { v += 1 }
            if v > u { titled.append(u..<v) }
        }
        // A name in apposition with a role ("Lindqvist, le président de la banque", "Okafor, the
        // party's spokesman", "Сорокин, глава компании"): the name, not the role, is the subject.
        for (phrase, noun) in roles where lexicon.isRole(doc.tokens[noun].key) {
            if let name = apposedName(before: phrase, in: range) { titled.append(name) }
        }
        if let name = pick(titled) { return .phrase(name) }
        if let c = pick(collectives) { return .collective(c.0, noun: c.1) }
        // A role in a complement ("о решении депутатов") is not the subject.
        roles = roles.filter { !isInComplement($0.0, noun: $0.1) }
        if let r = pick(roles, where: { lexicon.isRole(doc.tokens[$0.1].key) }) { return .role(r.0, noun: r.1) }
        if let e = pick(orgs, where: { !isComplement($0) }) ?? pick(orgs) {
            // "Afin de …, le gouvernement <adjectif> vient d'annoncer": an institution
            // noun nearer the verb than the name is its subject.
            if nearestFirst, let r = pick(roles), r.0.lowerBound > doc.entityTokens[e].upperBound,
               !doc.isAnyPreposition(r.0.lowerBound - 1) { return .role(r.0, noun: r.1) }
            return .entity(e)
        }
        if let r = pick(roles) { return .role(r.0, noun: r.1) }
        if let issuer = documentIssuer(in: range) { return issuer }
        if let institution = locativeInstitution(in: range) { return .institution(institution, noun: institution.lowerBound) }
        // "Les habitants de Millac ont déclaré": a place completing a noun is not the speaker;
        // the phrase is ("selon Paris", with nothing before the preposition, stays the place).
        if let e = pick(places, where: { !isComplement($0) }) { return .entity(e) }
        if let phrase = nounPhrase(range) { return .phrase(phrase) }
        if let e = pick(places) { return .entity(e) }
        return nil
    }

    /// "В полиции заявили", "Как сообщили в пресс-службе министерства": with no subject, the
    /// institution the verb speaks for, after a locative preposition (an institution noun and
    /// its complement), else nil.
    private func locativeInstitution(in range: Range<Int>) -> Range<Int>? {
        for t in range where doc.isWord(t) && lexicon.locativeSpeakerPrepositions.contains(doc.tokens[t].key) {
            // It opens the clause or follows the verb: after a noun it is that noun's complement
            // ("источник в ведомстве" is the source, not the office).
            guard !doc.isWord(t - 1) || doc.cue(at: t - 1) != nil || doc.isComplementizer(t - 1) else { continue }
            let noun = t + 1
            guard noun < range.upperBound, usable(noun), doc.isWord(noun), doc.entityAt[noun] < 0,
                  lexicon.isOrgNoun(doc.tokens[noun].key) || lexicon.institutionNouns.contains(doc.tokens[noun].key) else { continue }
            let phrase = nounPhrase(around: noun, in: range)
            return noun..<max(noun + 1, phrase.upperBound)
        }
        return nil
    }

    /// Runs of capitalised words the lexicon does not know and no entity covers: two words or
    /// more, or one that is an actor's name in another case.
    private func looseName(in range: Range<Int>, nearestFirst: Bool) -> Range<Int>? {
        var runs: [Range<Int>] = []
        var t = range.lowerBound
        func loose(_ u: Int) -> Bool {
            let token = doc.tokens[u]
            return token.kind == .word && token.capitalized && token.flags.isEmpty && doc.entityAt[u] < 0 && usable(u) && token.end - token.start >= 2
        }
        while t < range.upperBound {
            guard loose(t) else { t += 1; continue }
            var u = t
            while u < range.upperBound, loose(u) { u += 1 }
            // A capitalised common noun opening the sentence before a name ("Тренер Ларри Финч").
            if u - t >= 3, doc.sentenceStart(t) == t { t += 1 }
            if u - t >= 2 || !actors.actors(withFormAt: doc.tokens[t].span).isEmpty {
                // Not a complement ("в министерстве"), not a title before a quotation, and not a
                // quoted name completing a role ("автор «Тихой реки»", "директор «Северного завода»").
                let quotedAfterRole = quotedListOpening(of: t).map { isPersonNoun($0 - 1) } ?? false
                if !doc.isAnyPreposition(t - 1), !quotedAfterRole { runs.append(t..<u) }
            }
            t = u
        }
        return nearestFirst ? runs.last : runs.first
    }

    /// The capitalised words the recogniser missed right before ", <role phrase>,", when they
    /// open their clause (a name inside a complement is not apposed to the role). An apposition
    /// closes before the verb: in "Significantly, the judge said" the role is the subject and
    /// the word before it a sentence adverb.
    private func apposedName(before role: Range<Int>, in range: Range<Int>) -> Range<Int>? {
        guard (role.upperBound..<range.upperBound).contains(where: { doc.isPunct($0, .comma) || doc.tokens[$0].kind == .dash }) else { return nil }
        var comma = role.lowerBound - 1
        while comma > range.lowerBound, doc.isDeterminer(comma) || doc.isPunct(comma, .apostrophes) { comma -= 1 }
        guard comma > range.lowerBound, doc.isPunct(comma, .comma) else { return nil }
        var lower = comma
        while lower > range.lowerBound, doc.tokens[lower - 1].kind == .word, doc.tokens[lower - 1].capitalized,
              doc.tokens[lower - 1].flags.isEmpty, doc.entityAt[lower - 1] < 0, usable(lower - 1) { lower -= 1 }
        guard lower < comma, comma - lower <= 3 else { return nil }
        let opens = lower == range.lowerBound || !doc.isWord(lower - 1) || doc.isDeterminer(lower - 1) && !doc.isAnyPreposition(lower - 1)
        return opens ? lower..<comma : nil
    }
}
