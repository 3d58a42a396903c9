/// Reported (indirect) speech: a speech verb with a content clause. The content is the clause:
/// after the complementizer (`a déclaré que …`, `told reporters that …`, `заявил, что …`),
/// right after the verb in English (`said he would …`), or before a cue added at the end
/// (`…, indique le ministère`, `…, заявил Рогов`). A clause that is wholly one quotation is a
/// direct quote with this cue.
struct ReportedSpeechFinder {
    /// Most words between a cue and its complementizer (`a déclaré hier à la presse que`).
    static let maximumGap = 7
    static let minimumWords = 3
    /// Most tokens of a reported clause: beyond, the text is not prose (a list, a table) and a
    /// bound keeps the scan linear.
    static let maximumClause = 300

    func find(_ doc: StatementDocument) -> [QuoteCandidate] {
        var found: [QuoteCandidate] = []
        var i = 0
        while i < doc.tokens.count {
            defer { i += 1 }
            // The cue first: most tokens start none (and a cue is a word).
            guard let cue = doc.cue(at: i), doc.tokens[i].kind == .word, doc.insidePair[i] < 0 else { continue }
            if let candidate = withComplementizer(doc, cue) ?? afterColon(doc, cue) ?? toldObject(doc, cue) ?? bare(doc, cue) ?? postposed(doc, cue) {
                found.append(candidate)
                i = cue.upperBound - 1
            }
        }
        return found
    }

    /// `X a déclaré que …`: content from the complementizer to the end of the clause.
    func withComplementizer(_ doc: StatementDocument, _ cue: Range<Int>) -> QuoteCandidate? {
        var j = cue.upperBound
        var steps = 0
        let end = doc.sentenceEnd(cue.lowerBound)
        while j < end, steps < Self.maximumGap {
            if doc.isComplementizer(j) { break }
            let token = doc.tokens[j]
            if token.kind == .lineBreak || token.kind == .quote || doc.isPunct(j, .statementEnds) { return nil }
            if j > cue.upperBound, doc.cue(at: j) != nil { return nil }
            j += 1
            steps += 1
        }
        guard j < end, doc.isComplementizer(j) else { return nil }
        // "jusqu'à ce que", "parce que", "vu que", "so that": a conjunction, not reported content.
        if j > cue.upperBound, doc.has(j - 1, .conjunctionHead) { return nil }
        if j > cue.upperBound + 1, doc.isPunct(j - 1, .comma), doc.has(j - 2, .conjunctionHead) { return nil }
        // French "ne coûteront que 2 euros": "ne … que" means "only", not a content clause.
        if doc.lexicon.language == .french, isRestrictiveNegation(doc, cue: cue, que: j) { return nil }
        // The writer's voice: "il est bon de rappeler que", "il faut noter que", "on peut noter que".
        if doc.lexicon.language == .french, isImpersonal(doc, cue: cue) { return nil }
        var start = j + 1
        if doc.isPunct(start, .comma) { start += 1 }
        // "estimates that figure is nearer 500": "that" is the determiner of the clause's
        // subject (a singular noun and a singular verb), part of the content.
        if doc.lexicon.language == .english, doc.isWord(start), doc.isWord(start + 1), !doc.tokens[start].capitalized,
           doc.pronoun(start) == nil, !doc.isDeterminer(start), !doc.written(start, hasSuffix: ["s"], "s"),
           doc.written(start + 1, isOneOf: ["is", "was", "has"]) {
            start = j
        }
        return clause(doc, cue: cue, from: start, origin: .indirectVerb)
    }

    /// "ne coûteront que", "n'a précisé que", "ne dit plus que": a negation before the verb
    /// and "que" right after it (across "plus") restrict the object, no clause is reported.
    private func isRestrictiveNegation(_ doc: StatementDocument, cue: Range<Int>, que: Int) -> Bool {
        var between = cue.upperBound
        while between < que, doc.lowercased(between, isOneOf: ["plus", "guère"]) { between += 1 }
        guard between == que else { return false }
        var t = cue.lowerBound - 1
        var steps = 0
        while t >= 0, steps < 4 {
            if doc.lowercased(t, isOneOf: ["ne", "n", "n'", "n\u{2019}"]) { return true }
            if !(doc.tokens[t].isWord || doc.isPunct(t, .apostrophes)) { return false }
            t -= 1
            steps += 1
        }
        return false
    }

    /// "il est bon de rappeler", "il faut souligner", "il convient de noter", "on peut noter": an
    /// impersonal phrase before the cue makes it the article's own remark.
    static let impersonalAfterIl = WordLists.french.words("impersonal-after-il")
    static let impersonalAfterOn = WordLists.french.words("impersonal-after-on")

    private func isImpersonal(_ doc: StatementDocument, cue: Range<Int>) -> Bool {
        var t = cue.lowerBound - 1
        var steps = 0
        while t > 0, steps < 5, doc.tokens[t].isWord || doc.isPunct(t, .apostrophes) {
            if doc.lowercased(t - 1, isOneOf: ["il"]), doc.lowercased(t, isOneOf: Self.impersonalAfterIl) { return true }
            if doc.lowercased(t - 1, isOneOf: ["on"]), doc.lowercased(t, isOneOf: Self.impersonalAfterOn) { return true }
            t -= 1
            steps += 1
        }
        return false
    }

    /// English `told reporters he had …`, `told the BBC it would …`: "tell", a short object, then
    /// a clause opened by a pronoun.
    func toldObject(_ doc: StatementDocument, _ cue: Range<Int>) -> QuoteCandidate? {
        guard doc.lexicon.language == .english,
              doc.lexicon.objectAddresseeCues.contains(doc.tokens[cue.lowerBound].key) else { return nil }
        var t = cue.upperBound
        guard doc.isWord(t) else { return nil }
        if cue.count > 1 {
            // The phrase holds the object already ("told reporters").
        } else if doc.pronoun(t) != nil {
            return nil
        } else if doc.entityAt[t] >= 0 {
            t = doc.entityTokens[doc.entityAt[t]].upperBound
        } else {
            if doc.isDeterminer(t) { t += 1 }
            guard doc.isWord(t), doc.cue(at: t) == nil else { return nil }
            t += 1
        }
        guard doc.isWord(t), let p = doc.pronoun(t), !p.stressed else { return nil }
        return clause(doc, cue: cue, from: t, origin: .indirectBare)
    }

    /// English `said he would …`: a verb of saying directly followed by a clause.
    func bare(_ doc: StatementDocument, _ cue: Range<Int>) -> QuoteCandidate? {
        guard cue.count == 1, doc.has(cue.lowerBound, .bareComplement) else { return nil }
        // "told him to leave", "told the BBC he …": "tell" has an object first (see `toldObject`).
        if doc.lexicon.language == .english, doc.lowercased(cue.lowerBound, isOneOf: ["told", "tells", "tell"]) { return nil }
        let start = cue.upperBound
        guard doc.isWord(start), !doc.isPreposition(start), !doc.isSkippable(start), !doc.isComplementizer(start),
              doc.cue(at: start) == nil else { return nil }
        // `"…," said a spokesman`: after a quotation the verb's subject follows, not a clause.
        var before = cue.lowerBound - 1
        while before >= 0, doc.isSkippable(before) { before -= 1 }
        // (A title's closing mark is part of the subject: "the author of "North Wind" said he …".)
        if before >= 0, doc.tokens[before].kind == .quote, !DirectQuoteFinder().isInTitle(doc, before) { return nil }
        if before > 0, doc.isPunct(before, .comma) || doc.tokens[before].kind == .dash, doc.tokens[before - 1].kind == .quote { return nil }
        // "…, said Lee Ward, who teaches law": after a comma, a name that ends at a comma or at
        // the sentence's end is the verb's subject, not the start of a clause ("said Ward would").
        if before >= 0, doc.isPunct(before, .comma), isNameAlone(doc, from: start) { return nil }
        // "an estimated cost": a participle used as an adjective.
        if cue.lowerBound > 0, doc.isDeterminer(cue.lowerBound - 1) { return nil }
        // "is said to …" is not a statement.
        if cue.lowerBound > 0, doc.isSkippable(cue.lowerBound - 1), doc.isPreposition(start + 1) { return nil }
        return clause(doc, cue: cue, from: start, origin: .indirectBare)
    }

    /// Capitalised words from `start` (a title and a name, with an initial's period) followed by a comma,
    /// the sentence's end or nothing.
    private func isNameAlone(_ doc: StatementDocument, from start: Int) -> Bool {
        var t = start
        while t < doc.tokens.count, t - start < 7,
              doc.isWord(t) && (doc.tokens[t].capitalized || doc.entityAt[t] >= 0) || t > start && doc.isInnerPeriod(t) { t += 1 }
        guard t > start else { return false }
        return t >= doc.tokens.count || doc.isPunct(t, .comma) || doc.isSentencePunct(t) || doc.tokens[t].kind == .lineBreak
    }

    private func clause(_ doc: StatementDocument, cue: Range<Int>, from start: Int, origin: QuoteCandidate.Origin) -> QuoteCandidate? {
        let end = doc.clauseEnd(from: start)
        guard start < end, end - start <= Self.maximumClause, doc.wordCount(start..<end) >= Self.minimumWords, let span = doc.contentSpan(start..<end) else { return nil }
        let site = QuoteCandidate.SpeakerSite.subjectBefore(cue: cue.lowerBound, from: doc.sentenceStart(cue.lowerBound))
        // The clause is one quotation: a direct quote with this cue ("estimé que « … »").
        if doc.tokens[start].kind == .quote, doc.quoteEnd[start] > start {
            let close = doc.quoteEnd[start]
            var rest = close + 1
            while rest < end, doc.tokens[rest].kind == .punctuation { rest += 1 }
            if rest >= end, case let pairIndex = doc.pairAt[start], pairIndex >= 0,
               let content = DirectQuoteFinder().trimmed(doc, doc.pairs[pairIndex]) {
                return QuoteCandidate(content: content, kind: .direct, cue: cue, origin: .directCued, site: site,
                                      anchor: start + 1, pair: pairIndex)
            }
        }
        return QuoteCandidate(content: span, kind: .indirect, cue: cue, origin: origin, site: site, anchor: start, pair: nil)
    }

    /// The last noun of a determiner and two nouns ("the port authority", "its chief economist",
    /// "a company spokeswoman"): neither word a cue nor a preposition.
    private func isCompoundNoun(_ doc: StatementDocument, _ c: Int) -> Bool {
        guard c > 1, doc.isWord(c - 1), doc.cue(at: c) == nil, doc.cue(at: c - 1) == nil,
              !doc.isAnyPreposition(c - 1), !doc.has(c - 1, .coordinator) else { return false }
        return doc.isDeterminer(c - 2) || doc.has(c - 2, .possessive)
    }

    /// `…, indique le ministère.` / `…, заявил Петров.` / `…, he said.`: the cue follows its content.
    func postposed(_ doc: StatementDocument, _ cue: Range<Int>) -> QuoteCandidate? {
        let sentenceEnd = doc.sentenceEnd(cue.lowerBound)
        // The subject and the end of the sentence follow closely, with no complementizer.
        // "…, напомнили о её деятельности": a verb with an object "about", not a cue after content.
        if doc.lexicon.language == .russian, doc.isWord(cue.upperBound),
           doc.lowercased(cue.upperBound, isOneOf: ["о", "об", "обо"]) { return nil }
        var t = cue.upperBound
        var steps = 0
        // Room for a named speaker with a long description ("affirme <Nom> de l'Observatoire
        // de …", a name then an institution over several words).
        var named = t
        while named < sentenceEnd, doc.isSkippable(named) || doc.isDeterminer(named) { named += 1 }
        // (Past a title before the name: "said State Senator Ana Ortiz, a Democrat who …".)
        var titles = 0
        while named < sentenceEnd, titles < 3, doc.entityAt[named] < 0, doc.isWord(named), doc.tokens[named].capitalized {
            named += 1
            titles += 1
        }
        let limit = named < sentenceEnd && doc.entityAt[named] >= 0 && doc.entities[doc.entityAt[named]].type != .location ? 20 : 10
        while t < sentenceEnd, !doc.isSentencePunct(t) {
            // A short quoted name is the subject's ("…, пишет газета «Вестник»", "…, écrit « Le
            // Courrier »"); a longer quotation is another statement.
            if let close = doc.shortQuotedNameEnd(at: t) {
                steps += close + 1 - t
                t = close + 1
                continue
            }
            // (A colon after the cue introduces what follows it: "…, elle répondit : « … »".)
            if doc.isComplementizer(t) || doc.tokens[t].kind == .quote || doc.isPunct(t, .colon) || steps > limit { return nil }
            t += 1
            steps += 1
        }
        // Back to the comma (or dash, or closing quote) that separates content and cue.
        // Between them only a short subject or auxiliaries ("…, he said", "…, lui avait dit").
        var c = cue.lowerBound - 1
        var between = 0
        while c >= 0, between < 4, doc.tokens[c].isWord {
            // (A noun after a determiner or possessive too: "…, its owner said".)
            guard doc.isSkippable(c) || doc.pronoun(c) != nil || doc.entityAt[c] >= 0 || doc.isDeterminer(c)
                    || doc.tokens[c].invertedPronoun != nil
                    || doc.has(c, .roleNoun) || doc.tokens[c].capitalized
                    || (c > 0 && (doc.isDeterminer(c - 1) || doc.has(c - 1, .possessive)) && doc.cue(at: c) == nil)
                    || isCompoundNoun(doc, c) else { return nil }
            c -= 1
            between += 1
        }
        guard c >= 0, doc.isPunct(c, .comma) || doc.tokens[c].kind == .dash else { return nil }
        var contentEnd = c
        if doc.tokens[c].kind == .dash, doc.isPunct(c - 1, .comma) { contentEnd = c - 1 }
        let start = doc.clauseStart(before: contentEnd)
        guard start < contentEnd, contentEnd - start <= Self.maximumClause, doc.wordCount(start..<contentEnd) >= 4,
              !doc.isAnyPreposition(start) || opensWithCircumstance(doc, start..<contentEnd) else { return nil }
        // "Le président de l'association, <Nom> s'est dit …": a short description of the speaker
        // before the name is an apposition, not what was said.
        if between > 0, doc.wordCount(start..<contentEnd) <= 6,
           (start..<contentEnd).contains(where: { doc.isWord($0) && doc.lexicon.isRole(doc.tokens[$0].key) }),
           (c + 1..<cue.lowerBound).contains(where: { doc.entityAt[$0] >= 0 }) { return nil }
        // "La ministre des Transports, Claire Vasseur, a répondu", "Claire Vasseur, the
        // minister, replied": a role and a name in apposition are the subject, not content.
        if ((c + 1)..<cue.lowerBound).allSatisfy(doc.isSkippable), doc.wordCount(start..<contentEnd) <= 8,
           (start..<contentEnd).contains(where: { doc.isPunct($0, .comma) }),
           (start..<contentEnd).contains(where: { doc.isWord($0) && doc.lexicon.isRole(doc.tokens[$0].key) }),
           (start..<contentEnd).contains(where: { doc.entityAt[$0] >= 0 && doc.entities[doc.entityAt[$0]].type == .person }) { return nil }
        // "Arrivée sur place, la maire de Vénissieux, Nadia Kessaci, a salué …": a name set off by
        // commas right before the verb is its apposed subject; content ends with its own words.
        if ((c + 1)..<cue.lowerBound).allSatisfy(doc.isSkippable), case let e = doc.entityAt[contentEnd - 1], e >= 0,
           doc.entities[e].type == .person, doc.entityTokens[e].upperBound == contentEnd,
           doc.entityTokens[e].lowerBound == start || doc.isPunct(doc.entityTokens[e].lowerBound - 1, .comma) { return nil }
        // The content holds no cue of its own ("«…», — сказал он, не пояснив …").
        for t in start..<contentEnd where doc.insidePair[t] < 0 && doc.cue(at: t) != nil { return nil }
        // A clause that is one quotation is found by the direct finder, also after a sentence
        // adverb ("Ensuite, « … », a raconté un docker", "Puis « … », a ajouté …").
        var opening = start
        while opening < contentEnd, opening - start < 3,
              doc.isPunct(opening, .comma) || doc.isWord(opening) && doc.lexicon.functionWords.contains(doc.tokens[opening].key) { opening += 1 }
        if doc.tokens[opening].kind == .quote, doc.quoteEnd[opening] >= contentEnd - 1 { return nil }
        // So is one quotation followed by its speaker in apposition ("“…,” Maria Olsen, 58, said").
        if doc.tokens[start].kind == .quote, doc.quoteEnd[start] > start,
           DirectQuoteFinder().postposedCue(doc, doc.quoteEnd[start])?.0 == cue { return nil }
        guard let span = doc.contentSpan(start..<contentEnd) else { return nil }
        let site: QuoteCandidate.SpeakerSite
        // "…, dit-on, …": hearsay, no one is speaking.
        if ((c + 1)...cue.lowerBound).contains(where: { doc.tokens[$0].invertedPronoun == CueWordKey("on") }) { return nil }
        if let inverted = ((c + 1)...cue.lowerBound).first(where: { doc.tokens[$0].invertedPronoun != nil }) {
            site = .pronoun(token: inverted)
        } else if between > 0, (c + 1..<cue.lowerBound).contains(where: { !doc.isSkippable($0) }) {
            site = .around(between: (c + 1)..<cue.lowerBound, after: cue.upperBound..<sentenceEnd)
        } else {
            site = .after(cue.upperBound..<sentenceEnd)
        }
        return QuoteCandidate(content: span, kind: .indirect, cue: cue, origin: .indirectVerb, site: site, anchor: start, pair: nil)
    }
}
