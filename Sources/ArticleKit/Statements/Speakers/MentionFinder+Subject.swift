/// Who speaks before a cue: the subject of its clause, past a dateline, a fronted phrase or a
/// coordinator; a participle's is the subject of the clause it hangs on.
extension MentionFinder {
    /// The subject of a cue: searched back from the cue to the start of its clause.
    func subject(before cue: Int, from: Int, depth: Int = 0) -> Candidate? {
        var from = max(from, cue - Self.window)
        // "OAKLAND, Calif. (AP) — … neither side said": the dateline's agency is not a subject.
        if let after = doc.datelineEnd(from: from), after < cue { from = after }
        // "X a déclaré que … et a ajouté que …": the second verb shares the first one's subject.
        var c = cue - 1
        while c > from, doc.isSkippable(c), !doc.has(c, .coordinator) { c -= 1 }
        if depth < 3, c > from, doc.has(c, .coordinator) {
            var previous = c - 1
            while previous >= from {
                if doc.insidePair[previous] < 0, doc.cue(at: previous) != nil { return subject(before: previous, from: from, depth: depth + 1) }
                previous -= 1
            }
        }
        // "Rubio attacked Clinton, saying …", "Он раскритиковал решение, заявив, что …": a
        // participle after a comma shares the subject of the clause it hangs on, the first one
        // named in the sentence, not the nearest name (often the object).
        if cue - 1 > from, doc.isPunct(cue - 1, .comma), doc.isParticiple(cue),
           let shared = governingSubject(before: cue - 1, from: from) ?? firstSubject(in: from..<(cue - 1)) {
            return shared
        }
        // The clause starts after the last colon, semicolon, quotation or complementizer.
        var start = from
        var t = cue - 1
        while t >= from {
            // A title in quotation marks ("The report, titled "…", warned") does not end the clause;
            // a statement does, however short ("« Nous verrons », a répliqué X, « … »").
            if doc.isPunct(t, .colonSemicolon) || doc.isComplementizer(t)
                || (doc.tokens[t].kind == .quote && (inStatement(t) || doc.inQuotation(t) && !DirectQuoteFinder().isNamed(doc, doc.pairs[doc.insidePair[t]]))) {
                start = t + 1
                break
            }
            t -= 1
        }
        // "Dockworkers stayed off the job, and neither side said …": a clause coordinated after a
        // comma has a subject of its own between the coordinator and the verb.
        if let and = (start..<cue).last(where: { doc.has($0, .coordinator) }), and > start, doc.isPunct(and - 1, .comma),
           cue - and - 1 <= StatementDocument.coordinatedSubjectWords + 1, ((and + 1)..<cue).contains(where: { doc.isWord($0) && !doc.isSkippable($0) }) {
            start = and + 1
        }
        guard start < cue else { return nil }
        // "He explained the delay by saying", "il a conclu en déclarant": a cue after a
        // preposition is a gerund; its subject is the clause's, the first one named in it.
        if cue - 1 > start, doc.isWord(cue - 1), doc.isPreposition(cue - 1) {
            for t in start..<(cue - 1) where usable(t) {
                if isSubjectPronoun(t) { return .pronoun(t) }
                let e = doc.entityAt[t]
                if e >= 0, doc.entities[e].type != .miscellaneous, !isComplement(e) { return .entity(e) }
            }
        }
        // "un porte-parole du ministère, qui a déclaré", "a ministry spokesman, who said",
        // "официального представителя, который заявил", "commentators who have suggested": the
        // relative pronoun's antecedent, the phrase nearest before it (and its comma).
        var r = cue - 1
        while r > start, doc.isSkippable(r) { r -= 1 }
        if r > start, doc.isWord(r), lexicon.relativePronouns.contains(doc.tokens[r].key) {
            let end = doc.isPunct(r - 1, .comma) ? r - 1 : r
            if end > start, let antecedent = antecedent(in: max(start, end - Self.antecedentWindow)..<end) { return antecedent }
        }
        // "драматург, в последнее время живший в России, отметил", "the playwright, living in
        // Russia, noted": a participle's clause between commas describes the subject before it,
        // a person's noun when no name or role is there.
        // So does a circumstance set between commas ("Sexton, after the rallies in Ohio, wrote",
        // "Le maire, après l'affaire Girard, a déclaré", "Мэр, после того как
        // Петров ушёл, заявила"): a name inside it is no subject.
        if let clause = participleClause(in: start..<cue) ?? circumstanceClause(in: start..<cue), clause.lowerBound > start {
            let found = best(in: start..<clause.lowerBound, nearestFirst: true)
            switch found {
            case .entity(let e)? where doc.entities[e].type != .location: return found
            case .pronoun?, .role?, .collective?, .institution?: return found
            default:
                if isPersonNoun(clause.lowerBound - 1) { return .phrase((clause.lowerBound - 1)..<clause.lowerBound) }
                // A name the recogniser missed opening the clause ("Sexton, after …, wrote").
                let before = start..<clause.lowerBound
                if before.count <= 3, before.allSatisfy({ doc.isWord($0) && doc.tokens[$0].capitalized && doc.tokens[$0].flags.isEmpty && usable($0) }) {
                    return .phrase(before)
                }
            }
        }
        // "Le ministre, qui a reçu X la semaine dernière, a salué …": the subject is before the
        // relative clause, not a name inside it.
        if let relative = relativeClause(in: start..<cue), relative.lowerBound > start,
           let subject = best(in: start..<relative.lowerBound, nearestFirst: true) {
            return subject
        }
        // A pronoun right before the cue, across auxiliaries ("Il a également souligné").
        var p = cue - 1
        while p >= start, doc.isSkippable(p) && doc.pronoun(p) == nil { p -= 1 }
        if p >= start {
            if isSubjectPronoun(p) { return .pronoun(p) }
            if doc.tokens[p].invertedPronoun != nil { return .pronoun(p) }
            // A name right before the verb is its subject ("Отставку главы ГРУ «Коммерсантъ» объяснил").
            var q = p
            while q >= start, doc.tokens[q].kind == .quote { q -= 1 }
            if q >= start, usable(q), doc.entityAt[q] >= 0, doc.entities[doc.entityAt[q]].type != .miscellaneous,
               !isComplement(doc.entityAt[q]), !isNamedAddressee(doc.entityAt[q]), !isObliqueMention(doc.entityAt[q]) {
                // (Unless it completes the noun before it in the genitive: "Друзья Олега Миронова рассказали".)
                if lexicon.language == .russian, let head = headOfComplement(doc.entityAt[q], in: start..<cue) { return .phrase(head) }
                return .entity(doc.entityAt[q])
            }
        }
        // "Adopting the advice of an expert, the board ruled", "Suivant l'avis d'un expert, le jury
        // a estimé": a phrase fronted before a comma is not the subject when a determiner phrase
        // runs from the comma to the verb. A clause that opens with a determiner, a pronoun or a
        // name opens with its subject instead ("Le ministre, le lendemain, a déclaré").
        // Russian has no articles: its subject phrase opens with the role noun itself
        // ("Говоря о планах канала, глава компании сообщила").
        if let comma = (start..<cue).last(where: { doc.isPunct($0, .comma) }), comma + 1 < cue, usable(comma + 1),
           doc.isWord(comma + 1), !doc.isAnyPreposition(comma + 1),
           doc.isDeterminer(comma + 1) || (lexicon.language == .russian && lexicon.isRole(doc.tokens[comma + 1].key)),
           let opening = (start..<comma).first(where: { doc.isWord($0) }),
           !doc.isDeterminer(opening), doc.pronoun(opening) == nil, doc.entityAt[opening] < 0,
           let subject = best(in: (comma + 1)..<cue, nearestFirst: true) {
            return subject
        }
        let found = best(in: start..<cue, nearestFirst: true, nominative: true)
        // "A few minutes later they reversed themselves … and said": a subject pronoun of the
        // clause comes before a bare phrase (often a circumstance: "few minutes").
        var bare = found == nil
        if case .phrase? = found { bare = true }
        if bare, let p = (start..<cue).last(where: { usable($0) && isSubjectPronoun($0) }) {
            return .pronoun(p)
        }
        return found
    }

    /// The subject of the attribution a participle hangs on when that attribution follows what
    /// was reported ("The suspect was killed, police said, adding that …", "Огонь потушили,
    /// сообщили спасатели, добавив, что …", "…, a précisé le préfet, ajoutant que …"): the words
    /// between the comma and the verb, else those after an inverted verb; nil when the verb opens
    /// no such short clause (the reported clause's own subject is not the speaker).
    private func governingSubject(before comma: Int, from: Int) -> Candidate? {
        guard let verb = (from..<comma).last(where: { usable($0) && doc.cue(at: $0) != nil && !doc.isParticiple($0) }),
              !(from..<verb).contains(where: { doc.isComplementizer($0) }),
              let range = doc.cue(at: verb), range.upperBound <= comma else { return nil }
        var start = verb
        while start > from, !(doc.isPunct(start - 1, .comma) || doc.tokens[start - 1].kind == .dash
                               || doc.tokens[start - 1].kind == .quote && doc.insidePair[start - 1] >= 0 && doc.pairs[doc.insidePair[start - 1]].close == start - 1) {
            start -= 1
        }
        // After a report (at the sentence's start the clause is the main one), a few words at
        // most before its verb: a longer clause is the report itself.
        guard start > from, doc.wordCount(start..<verb) <= Self.postposedAttributionWords else { return nil }
        // "« … », a-t-il lancé, rappelant": the inverted pronoun.
        if let inverted = (start..<comma).first(where: { doc.tokens[$0].invertedPronoun != nil }) { return .pronoun(inverted) }
        var head = verb   // (auxiliaries go with the verb: "a indiqué")
        while head > start, doc.isSkippable(head - 1) { head -= 1 }
        let between = start..<head
        if doc.wordCount(between) > 0 { return best(in: between, nearestFirst: true) }
        // Inverted: a bare noun after the verb is its subject only in a language without articles
        // ("сообщили правоохранители"); elsewhere it is the object ("…, urged a strong stand, saying").
        let found = after(range.upperBound..<comma)
        if case .phrase? = found, !lexicon.definiteDeterminers.isEmpty { return nil }
        return found
    }

    /// A relative pronoun's antecedent, ending the window: a name or role nearest to it, else the
    /// phrase from the last determiner ("remarks by <a campaign volunteer> who said").
    /// (A name or role further back is the main clause's subject: "The senator echoed <some
    /// commentators> who have suggested".)
    private func antecedent(in window: Range<Int>) -> Candidate? {
        let found = best(in: window, nearestFirst: true)
        if let found, extent(of: found).upperBound >= window.upperBound - 1, !opensAnotherPhrase(after: found, before: window.upperBound) {
            if case .phrase = found {} else { return found }
        }
        guard let determiner = window.last(where: { doc.isDeterminer($0) && !doc.isAnyPreposition($0) }) else { return found }
        return determiner + 1 < window.upperBound && usable(determiner) ? .phrase(determiner..<window.upperBound) : nil
    }

    /// A determiner after the candidate that no preposition introduces: another phrase follows
    /// it ("The senator echoed <some> commentators"; not "porte-parole de <la> mairie").
    private func opensAnotherPhrase(after candidate: Candidate, before end: Int) -> Bool {
        let from: Int
        switch candidate {
        case .role(_, let noun), .collective(_, let noun), .institution(_, let noun): from = noun + 1
        case .entity(let e): from = doc.entityTokens[e].upperBound
        case .pronoun(let t): from = t + 1
        case .phrase(let r): from = r.upperBound
        }
        guard from < end else { return false }
        return (from..<end).contains { doc.isDeterminer($0) && !doc.isAnyPreposition($0) && !doc.isAnyPreposition($0 - 1) }
    }

    /// The tokens a candidate covers (a pronoun its one token).
    private func extent(of candidate: Candidate) -> Range<Int> {
        switch candidate {
        case .entity(let e): return doc.entityTokens[e]
        case .pronoun(let t): return t..<(t + 1)
        case .role(let r, _), .collective(let r, _), .phrase(let r), .institution(let r, _): return r
        }
    }

    /// Most tokens searched before a relative pronoun for its antecedent.
    static let antecedentWindow = 8

    /// Most words before the verb of an attribution set after its report ("a senior official said").
    static let postposedAttributionWords = 5

    /// The first subject of a clause: a pronoun, or the first candidate `best` finds, whichever
    /// comes first.
    private func firstSubject(in range: Range<Int>) -> Candidate? {
        // (An inverted pronoun counts too: "« … », a-t-il lancé, rappelant que …".)
        let pronoun = range.first { usable($0) && (isSubjectPronoun($0) || doc.tokens[$0].invertedPronoun != nil) }
        var candidate = best(in: range, nearestFirst: false)
        // A phrase inside the quotation the cue follows is what was said, not who said it.
        if let found = candidate, case .phrase = found, !usable(extent(of: found).lowerBound) { candidate = nil }
        guard let p = pronoun else { return candidate }
        if let candidate, extent(of: candidate).lowerBound < p { return candidate }
        return .pronoun(p)
    }

    /// A pronoun that can be a subject ("il", "she", "они"; not "lui", "him").
    private func isSubjectPronoun(_ t: Int) -> Bool { doc.pronoun(t).map { !$0.stressed } == true }

    /// A clause between commas, the second right before the cue's verb group, with a participle
    /// in it ("живший", "living"): from its opening comma, else nil.
    private func participleClause(in range: Range<Int>) -> Range<Int>? {
        guard let (open, close) = commaClause(in: range), close - open <= Self.participleClauseWords,
              ((open + 1)..<close).allSatisfy({ doc.isWord($0) }) else { return nil }
        let participle = ((open + 1)..<close).contains { t in
            doc.isParticiple(t) || !lexicon.participleAdjectiveEndings.isEmpty && !doc.tokens[t].capitalized
                && doc.lowercased(t, longerThan: 4, endsWithOneOf: lexicon.participleAdjectiveEndings) == true
        }
        return participle ? open..<(close + 1) : nil
    }

    /// Most tokens of a participle's clause between commas.
    static let participleClauseWords = 10

    /// A clause between commas right before the cue's verb group that opens with a preposition
    /// or a subordinating conjunction ("after", "après", "после", "when", "lorsque"): from its
    /// opening comma, else nil.
    private func circumstanceClause(in range: Range<Int>) -> Range<Int>? {
        guard let (open, close) = commaClause(in: range), close - open <= Self.participleClauseWords,
              ((open + 1)..<close).allSatisfy({ doc.isWord($0) || doc.isPunct($0, .apostrophes) }),
              doc.isWord(open + 1), doc.isAnyPreposition(open + 1) || doc.has(open + 1, .conjunctionHead) else { return nil }
        return open..<(close + 1)
    }

    /// A clause opened by ", <relative pronoun>" and closed by a comma right before the cue's
    /// verb group (auxiliaries may follow the comma), else nil.
    private func relativeClause(in range: Range<Int>) -> Range<Int>? {
        guard let (open, close) = commaClause(in: range) else { return nil }
        return doc.isWord(open + 1) && lexicon.relativePronouns.contains(doc.tokens[open + 1].key) ? open..<(close + 1) : nil
    }

    /// The commas of a clause set between two of them right before the cue's verb group
    /// (auxiliaries may follow the second), else nil.
    private func commaClause(in range: Range<Int>) -> (open: Int, close: Int)? {
        var close = range.upperBound - 1
        while close > range.lowerBound, doc.isSkippable(close) { close -= 1 }
        guard close > range.lowerBound, doc.isPunct(close, .comma) else { return nil }
        var open = close - 1
        while open > range.lowerBound {
            if doc.isPunct(open, .comma) { return (open, close) }
            open -= 1
        }
        return nil
    }
}
