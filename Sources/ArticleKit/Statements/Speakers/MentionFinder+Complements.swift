/// Whether a name or role is a complement of another noun rather than a subject ("le porte-parole
/// de Vladimir Poutine", "a spokeswoman for Gov. Alan Pierce", "о смерти Сидорова").
extension MentionFinder {
    /// A name right after a role noun that follows a preposition after another noun:
    /// "conseiller du ministre <Paul Girard>", "adviser to minister <Paul Girard>".
    func isHeldRoleInComplement(_ e: Int) -> Bool {
        guard var t = title(before: doc.entityTokens[e].lowerBound), t > 1 else { return false }
        t -= 1
        while t > 0, doc.isDeterminer(t) && !doc.isAnyPreposition(t) || doc.isPunct(t, .apostrophes) { t -= 1 }
        guard t > 0, doc.isAnyPreposition(t) else { return false }
        var head = t - 1
        while head > 0, doc.isDeterminer(head) || doc.isPunct(head, .apostrophes) { head -= 1 }
        return doc.isWord(head) && !doc.tokens[head].capitalized && doc.has(head, .roleNoun)
    }

    /// The title right before the name at token `name`: a role noun ("du ministre Paul Girard",
    /// "for Governor Alan Pierce"; not a capitalised sentence opener, not in a name) or an
    /// abbreviated title ("for Gov. Alan Pierce"). Its first token, else nil.
    func title(before name: Int) -> Int? {
        if let abbreviation = abbreviatedTitle(before: name) { return abbreviation }
        let t = name - 1
        guard t >= 0, doc.isWord(t), doc.has(t, .roleNoun), doc.entityAt[t] < 0,
              !doc.tokens[t].capitalized || doc.sentenceStart(t) != t else { return nil }
        return t
    }

    /// The capitalised abbreviation and period right before token `start` ("Gov.", "Sen.", "Dr."),
    /// as the lexicon lists it: the index of the abbreviation, else nil.
    func abbreviatedTitle(before start: Int) -> Int? {
        let word = start - 2
        guard word >= 0, doc.isPunct(start - 1, .period), doc.isWord(word), doc.tokens[word].capitalized,
              doc.tokens[word].end == doc.tokens[start - 1].start,
              lexicon.abbreviations.contains(CueWordKey(value: CueWordKey.mix(doc.tokens[word].key.value, CueWordKey.fold(doc.tokens[start - 1].mark))))
        else { return nil }
        return word
    }

    static let russianAdjectiveEndings = WordLists.russian.words("adjective-endings")

    /// The opening mark of the first of a list of short quoted names ("«A», «B» и «C»") that
    /// token `t` is in, else nil.
    func quotedListOpening(of t: Int) -> Int? {
        let p = doc.insidePair[t]
        guard p >= 0, doc.pairWords[p] <= 4 else { return nil }
        var open = doc.pairs[p].open
        // Back over ", " or a coordinator to the closing mark of the name before (a few names:
        // a list of thousands would make every name's walk long).
        var names = 0
        while open > 1, names < Self.quotedListNames {
            names += 1
            var c = open - 1
            if doc.isPunct(c, .comma) || doc.has(c, .coordinator) { c -= 1 } else { break }
            guard c > 0, doc.tokens[c].kind == .quote, case let q = doc.insidePair[c], q >= 0,
                  doc.pairs[q].close == c, doc.pairWords[q] <= 4 else { break }
            open = doc.pairs[q].open
        }
        return open
    }

    /// Most quoted names walked back over in a list.
    static let quotedListNames = 8

    /// Whether role noun `noun` heads the complement that holds one of `persons`.
    func isHead(_ noun: Int, of persons: [Int]) -> Bool {
        persons.contains { e in
            let start = doc.entityTokens[e].lowerBound
            return noun < start && start - noun <= 5
        }
    }

    /// "Putin's spokesman": a possessor, not the speaker.
    func isPossessor(_ e: Int) -> Bool {
        guard let last = doc.entityTokens[e].last, last + 1 < doc.tokens.count, doc.has(last + 1, .roleNoun) else { return false }
        let end = doc.tokens[last].end
        return end >= 2 && doc.scalars[end - 1] == "s" && StatementTokenizer.isApostrophe(doc.scalars[end - 2])
    }

    /// A role phrase that completes another noun: after a preposition ("des députés" after
    /// "la décision"), or opening with one before its determiner after another role ("un
    /// conseiller <de la ministre>", "an adviser <to the minister>", "советник <министра>"):
    /// that role, the head, is the subject. A document or an act keeps its author ("un communiqué de la police").
    func isInComplement(_ phrase: Range<Int>, noun: Int) -> Bool {
        // Russian puts the genitive complement right after its head, without a preposition:
        // "Советник министра", "помощник президента".
        // (A role in its dictionary form is a subject after a phrase: "с журналистами директор";
        // an adjective before it is its own: "официального представителя".)
        if lexicon.language == .russian, noun > 0, doc.isWord(noun - 1), doc.has(noun - 1, .roleNoun), doc.entityAt[noun - 1] < 0,
           !lexicon.nominativeRoles.contains(doc.text(doc.tokens[noun].span).lowercased()),
           doc.lowercased(noun - 1, endsWithOneOf: Self.russianAdjectiveEndings) != true { return true }
        let first = phrase.lowerBound
        if doc.isAnyPreposition(first - 1) && !doc.isDeterminer(first - 1) { return true }
        // (A preposition fused with its article opens it alone: "un conseiller <du président>".)
        guard first + 1 < phrase.upperBound, first > 0, doc.isAnyPreposition(first),
              doc.isDeterminer(first + 1) && !doc.isAnyPreposition(first + 1) || doc.isDeterminer(first),
              doc.isWord(first - 1) else { return false }
        return doc.has(first - 1, .roleNoun)
    }

    func isComplement(_ e: Int) -> Bool {
        var range = doc.entityTokens[e]
        // A quoted name is read from its opening mark ("в интервью «Коммерсанту»", "dans « Le Monde »"),
        // a list of them from the first ("автор «A», «B» и «C»").
        while range.lowerBound > 0, doc.tokens[range.lowerBound - 1].kind == .quote { range = (range.lowerBound - 1)..<range.upperBound }
        if let first = quotedListOpening(of: range.lowerBound) {
            range = first..<range.upperBound
            if doc.entities[e].type != .person, isPersonNoun(first - 1) { return true }
        }
        guard range.lowerBound > 0 else { return false }
        if doc.isWord(range.lowerBound - 1) && doc.has(range.lowerBound - 1, .preposition) { return true }
        // Across the article ("le président de la Commission", "the head of the agency"):
        // the name completes the noun before the preposition.
        // Across a title too ("a spokeswoman for Gov. Alan Pierce", "for President Obama").
        var before = (title(before: range.lowerBound) ?? range.lowerBound) - 1
        while before > 0, doc.isDeterminer(before) && !doc.isAnyPreposition(before) || doc.isPunct(before, .apostrophes) { before -= 1 }
        if before >= 0, before < range.lowerBound - 1, doc.isWord(before), doc.isAnyPreposition(before) { return true }
        // Russian "Президент России заявил", "глава RT сообщила": an institution or a place right
        // after a role noun is that role's genitive complement; the role is the subject.
        if lexicon.language == .russian, doc.entities[e].type != .person, doc.isWord(range.lowerBound - 1),
           doc.has(range.lowerBound - 1, .roleNoun), doc.entityAt[range.lowerBound - 1] < 0 { return true }
        // Russian "В МИД России сообщили", "Минобороны Украины заявило": a place right after an
        // institution's name is its genitive complement; the institution speaks.
        if lexicon.language == .russian, doc.entities[e].type == .location, case let before = doc.entityAt[range.lowerBound - 1],
           before >= 0, before != e, doc.entities[before].type == .organisation { return true }
        // Russian genitive after a noun of a complement: "о смерти Сидорова", "после отставки Иванова".
        let noun = range.lowerBound - 1
        return lexicon.language == .russian && noun > 0 && doc.isWord(noun) && !doc.tokens[noun].capitalized && !doc.has(noun, .roleNoun)
            && doc.tokens[noun].flags.isEmpty && doc.isAnyPreposition(noun - 1)
    }

    /// "Supporters of Ruth Vale said", "Les proches d'Anne Vautrin affirment": the common noun
    /// phrase opening the clause whose complement the person `e` is (a preposition between them)
    /// speaks, not the person; nil when no such phrase is there (a role noun and a document's
    /// noun, "the will of …", are weighed apart).
    func headOfComplement(_ e: Int, in range: Range<Int>) -> Range<Int>? {
        let name = doc.entityTokens[e].lowerBound
        if let people = peopleOfInstitution(e, in: range) { return people }
        // (The phrase may run on over "de", a determiner as well as a preposition: cut it there.)
        // (An entity may begin before the range: a range can open inside a name.)
        guard name > range.lowerBound, var phrase = nounPhrase(range.lowerBound..<name) else { return nil }
        while phrase.count > 1, doc.isAnyPreposition(phrase.upperBound - 1) || doc.isDeterminer(phrase.upperBound - 1)
                || doc.isPunct(phrase.upperBound - 1, .apostrophes) { phrase = phrase.lowerBound..<(phrase.upperBound - 1) }
        // Russian joins the complement in the genitive with no preposition ("Сторонники Анны
        // Ветровой", "Сын Ивана Петрова"); a name in the nominative there is in apposition
        // instead ("хирург Олег Миронов").
        let genitive = lexicon.language == .russian && phrase.upperBound == name && isInflected(e)
        guard phrase.upperBound < name || genitive,
              (phrase.upperBound..<name).allSatisfy({ doc.isAnyPreposition($0) || doc.isDeterminer($0) || doc.isPunct($0, .apostrophes) }),
              genitive || (phrase.upperBound..<name).contains(where: { doc.isAnyPreposition($0) }),
              phrase.allSatisfy({ t in
                  doc.isPlainNounWord(t) && doc.pronoun(t) == nil && !lexicon.documentNouns.contains(doc.tokens[t].key)
              }) else { return nil }
        return phrase.lowerBound..<doc.entityTokens[e].upperBound
    }

    /// Russian "Врачи НАСА", "официальные представители Северной верфи": a noun of people (with
    /// its adjectives) right before an institution or a place, which completes it in the
    /// genitive, is the phrase; the people speak, the name is theirs.
    func peopleOfInstitution(_ e: Int, in range: Range<Int>) -> Range<Int>? {
        let name = doc.entityTokens[e].lowerBound
        guard lexicon.language == .russian, doc.entities[e].type != .person, name - 1 >= range.lowerBound, isPersonNoun(name - 1) else { return nil }
        var lower = name - 1
        while lower > range.lowerBound, doc.isAdjectiveWord(lower - 1, longerThan: 3) { lower -= 1 }
        return lower..<doc.entityTokens[e].upperBound
    }

    /// Whether the name `e` is written in another case than its actor's name ("Олега Миронова",
    /// "Анны Ветровой" of Олег Миронов, Анна Ветрова): its last word differs from the actor's and
    /// shares all of its stem (the actor's word without its final letter).
    func isInflected(_ e: Int) -> Bool {
        let a = actors.actorOfEntity[e]
        guard a >= 0, let last = doc.entityTokens[e].last,
              let own = actors.actors[a].name.lowercased().split(separator: " ").last.map(String.init) else { return false }
        let written = doc.text(doc.tokens[last].span).lowercased()
        guard written != own, own.count >= 4 else { return false }
        return written.hasPrefix(String(own.dropLast()))
    }
}
