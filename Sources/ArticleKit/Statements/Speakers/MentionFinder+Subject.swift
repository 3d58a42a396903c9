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
        if cue - 1 > from, doc.isPunct(cue - 1, .comma), doc.isParticiple(cue), let shared = firstSubject(in: from..<(cue - 1)) {
            return shared
        }
        // The clause starts after the last colon, semicolon, quotation or complementizer.
        var start = from
        var t = cue - 1
        while t >= from {
            // A title in quotation marks ("The report, titled "…", warned") does not end the clause.
            if doc.isPunct(t, .colonSemicolon) || doc.isComplementizer(t)
                || (doc.tokens[t].kind == .quote && doc.inQuotation(t) && !DirectQuoteFinder().isNamed(doc, doc.pairs[doc.insidePair[t]])) {
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
               !isComplement(doc.entityAt[q]) {
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
        let found = best(in: start..<cue, nearestFirst: true)
        // "A few minutes later they reversed themselves … and said": a subject pronoun of the
        // clause comes before a bare phrase (often a circumstance: "few minutes").
        var bare = found == nil
        if case .phrase? = found { bare = true }
        if bare, let p = (start..<cue).last(where: { usable($0) && isSubjectPronoun($0) }) {
            return .pronoun(p)
        }
        return found
    }

    /// The first subject of a clause: a pronoun, or the first candidate `best` finds, whichever
    /// comes first.
    private func firstSubject(in range: Range<Int>) -> Candidate? {
        // (An inverted pronoun counts too: "« … », a-t-il lancé, rappelant que …".)
        let pronoun = range.first { usable($0) && (isSubjectPronoun($0) || doc.tokens[$0].invertedPronoun != nil) }
        var candidate = best(in: range, nearestFirst: false)
        // A phrase inside the quotation the cue follows is what was said, not who said it.
        if let found = candidate, case .phrase = found, !usable(position(of: found)) { candidate = nil }
        guard let p = pronoun else { return candidate }
        if let candidate, position(of: candidate) < p { return candidate }
        return .pronoun(p)
    }

    /// A pronoun that can be a subject ("il", "she", "они"; not "lui", "him").
    private func isSubjectPronoun(_ t: Int) -> Bool { doc.pronoun(t).map { !$0.stressed } == true }

    private func position(of candidate: Candidate) -> Int {
        switch candidate {
        case .entity(let e): return doc.entityTokens[e].lowerBound
        case .pronoun(let t): return t
        case .role(let r, _), .collective(let r, _), .phrase(let r), .institution(let r, _): return r.lowerBound
        }
    }

    /// A clause opened by ", <relative pronoun>" and closed by a comma right before the cue's
    /// verb group (auxiliaries may follow the comma), else nil.
    private func relativeClause(in range: Range<Int>) -> Range<Int>? {
        var close = range.upperBound - 1
        while close > range.lowerBound, doc.isSkippable(close) { close -= 1 }
        guard close > range.lowerBound, doc.isPunct(close, .comma) else { return nil }
        var t = close - 1
        while t > range.lowerBound {
            if doc.isPunct(t, .comma) {
                return doc.isWord(t + 1) && lexicon.relativePronouns.contains(doc.tokens[t + 1].key) ? t..<(close + 1) : nil
            }
            t -= 1
        }
        return nil
    }
}
