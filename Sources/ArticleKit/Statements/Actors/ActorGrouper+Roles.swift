/// The role words written next to a name ("le ministre", "председатель совета").
extension ActorGrouper {
    /// The role description in apposition to entity `e`: a role noun phrase right before the name,
    /// one before it and a comma, or one after the name and a comma or in parentheses.
    /// `personNouns`: a noun of a person the role lexicon lacks counts as a role word too.
    func role(_ doc: StatementDocument, of e: Int, asPerson: Bool? = nil, personNouns: Bool = false) -> Range<Int>? {
        let range = doc.entityTokens[e]
        guard !range.isEmpty else { return nil }
        let lexicon = doc.lexicon
        let isPerson = asPerson ?? (doc.entities[e].type == .person)
        func isRoleWord(_ t: Int) -> Bool {
            guard doc.entityAt[t] < 0 else { return false }
            guard doc.tokens[t].flags.contains(.roleNoun) else { return personNouns && isPerson && doc.isPersonNounWord(t) }
            let key = doc.tokens[t].key
            return isPerson ? lexicon.isRole(key) : lexicon.isOrgNoun(key)
        }
        // A one-word name right before another person's is that person's possessor ("адвокат
        // Смирнова Наталья Белова"): the role is the next name's.
        if isPerson, range.count == 1, range.upperBound < doc.tokens.count, doc.entityAt[range.upperBound] >= 0,
           doc.entities[doc.entityAt[range.upperBound]].type == .person { return nil }
        // Before: scan back over one noun phrase; a name in a complement ("de la <chaîne>") has none.
        var t = range.lowerBound - 1
        // A party or nationality word before the name belongs to it ("the chairman, Democrat Luis
        // Ortega", "le directeur, le Norvégien Lars Berg").
        if isPerson, t >= 0, doc.entityAt[t] >= 0, doc.entities[doc.entityAt[t]].type == .miscellaneous {
            t = doc.entityTokens[doc.entityAt[t]].lowerBound - 1
            while t >= 0, doc.isDeterminer(t), !doc.isAnyPreposition(t) { t -= 1 }
        }
        // An institution's quoted name keeps the noun before its marks ("газета «Вечерний курьер»").
        if !isPerson, t >= 0, doc.tokens[t].kind == .quote, case let p = doc.pairAt[t], p >= 0,
           doc.pairs[p].open == t, doc.pairs[p].close == range.upperBound { t -= 1 }
        var d = t
        while d >= 0, doc.isDeterminer(d) && !doc.isAnyPreposition(d) { d -= 1 }
        if d >= 0, doc.isAnyPreposition(d) { t = -1 }
        if t >= 0, doc.isPunct(t, .comma) { t -= 1 }
        let end = t + 1
        var earliest = -1
        var steps = 0
        while t >= 0, steps < 9 {
            let token = doc.tokens[t]
            // An elision's apostrophe may have been read as a quotation mark ("de l'Hérault").
            let elision = token.kind == .quote && (token.mark == "'" || token.mark == "\u{2019}") && t > 0 && doc.tokens[t - 1].end == token.start
            // An institution's short quoted name inside the role phrase ("гендиректор «Северного
            // завода» Пётр Иванов", "la présidente de « La Ruche » Anne Morel").
            if isPerson, token.kind == .quote, !elision, let open = quotedNameOpening(doc, closedAt: t) {
                t = open - 1
                steps += 1
                continue
            }
            if token.kind == .lineBreak || (token.kind == .quote && !elision) || token.kind == .dash { break }
            if token.kind == .punctuation && !(token.mark == "'" || token.mark == "\u{2019}") { break }
            if doc.entityAt[t] >= 0, doc.entities[doc.entityAt[t]].type == .person, isPerson {
                // The possessor's one-word name right before this one belongs to the role phrase.
                guard t == range.lowerBound - 1, doc.entityTokens[doc.entityAt[t]].count == 1 else { break }
            }
            if token.flags.contains(.cueVerb) || doc.isVerbBetweenRoleAndName(t) { break }
            if isRoleWord(t) { earliest = t }
            t -= 1
            steps += 1
            // Titles listed before one name ("председатель совета, генеральный директор Иван
            // Петров"): past a comma when a role word comes before it.
            if t > 0, earliest >= 0, doc.isPunct(t, .comma), let listed = listedRole(doc, before: t, isRoleWord) {
                earliest = listed
                t = listed - 1
            }
        }
        if earliest >= 0 { return trimmed(doc, earliest..<end) }
        // After: "Name, role …," or "Name (role …)" up to the next punctuation.
        var u = range.upperBound
        guard u < doc.tokens.count, doc.isPunct(u, .comma) || doc.isPunct(u, .openParenthesis) else { return nil }
        u += 1
        while u < doc.tokens.count, doc.isDeterminer(u) { u += 1 }
        let start = u
        // The role word may come after its modifiers ("an emergency room nurse", "a former state senator").
        while u < doc.tokens.count, u - start < 4, !isRoleWord(u), isRoleModifier(doc, u) { u += 1 }
        guard u < doc.tokens.count, isRoleWord(u) else { return nil }
        var v = u
        while v < doc.tokens.count, v - start < 10 {
            let token = doc.tokens[v]
            if token.kind == .lineBreak || token.kind == .quote || token.kind == .dash { break }
            if token.kind == .punctuation && !(token.mark == "'" || token.mark == "\u{2019}") { break }
            if token.flags.contains(.cueVerb) { break }
            v += 1
        }
        return trimmed(doc, start..<v)
    }

    /// The opening mark of a quoted name of at most four words closed at `close`, on one line and
    /// after a word, else nil.
    private func quotedNameOpening(_ doc: StatementDocument, closedAt close: Int) -> Int? {
        let p = doc.insidePair[close]
        guard p >= 0, doc.pairs[p].close == close, doc.pairWords[p] <= 4 else { return nil }
        let open = doc.pairs[p].open
        guard open > 0, doc.isWord(open - 1), !((open + 1)..<close).contains(where: { doc.tokens[$0].kind == .lineBreak }) else { return nil }
        return open
    }

    /// A lowercase word that may stand before a role noun in its phrase: not a verb, a cue, a
    /// clause word, a coordinator or a complementizer ("who", "and", "that" end the phrase).
    private func isRoleModifier(_ doc: StatementDocument, _ u: Int) -> Bool {
        guard doc.isWord(u), !doc.tokens[u].capitalized, doc.entityAt[u] < 0 else { return false }
        let flags = doc.tokens[u].flags
        return !flags.contains(.cueVerb) && !flags.contains(.clauseWord) && !flags.contains(.coordinator)
            && !doc.isComplementizer(u) && !doc.isAnyPreposition(u) && !doc.isVerbBetweenRoleAndName(u)
    }

    /// The role word of the title listed before `comma`, at most four words back, with no
    /// punctuation, name or verb in between.
    private func listedRole(_ doc: StatementDocument, before comma: Int, _ isRoleWord: (Int) -> Bool) -> Int? {
        var t = comma - 1
        var found: Int?
        while t >= 0, comma - t <= 4, doc.isWord(t), doc.entityAt[t] < 0 || doc.entities[doc.entityAt[t]].type != .person,
              !doc.tokens[t].flags.contains(.cueVerb), !doc.isVerbBetweenRoleAndName(t) {
            if isRoleWord(t) { found = t }
            t -= 1
        }
        return found
    }

    /// Drops trailing prepositions and determiners ("ministre de l'économie de").
    func trimmed(_ doc: StatementDocument, _ range: Range<Int>) -> Range<Int>? {
        var upper = range.upperBound
        while upper > range.lowerBound + 1 {
            if doc.isAnyPreposition(upper - 1) || doc.isDeterminer(upper - 1) || !doc.tokens[upper - 1].isWord { upper -= 1 } else { break }
        }
        return range.lowerBound < upper ? range.lowerBound..<upper : nil
    }
}
