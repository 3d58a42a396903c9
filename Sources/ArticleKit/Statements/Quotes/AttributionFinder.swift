/// Claims attributed with `selon X`, `d'après X`, `according to X`, `по словам X`, `Pour X`,
/// before their content (`Selon X, …`) or after it (`…, selon le site du ministère.`).
/// When the attributed content is one quotation, it is a direct quote with this cue.
struct AttributionFinder {
    static let maximumPhrase = 12
    /// Words of the shortest claim after an attribution ("Selon lui, les travaux commenceront lundi").
    static let minimumClaim = 4

    func find(_ doc: StatementDocument) -> [QuoteCandidate] {
        var found: [QuoteCandidate] = []
        // The flag first: most tokens open no attribution.
        for i in doc.tokens.indices where doc.tokens[i].flags.contains(.attributionStart) && doc.tokens[i].kind == .word && doc.insidePair[i] < 0 {
            guard let opener = doc.attribution(at: i) else { continue }
            if let candidate = preposed(doc, opener) ?? postposed(doc, opener) { found.append(candidate) }
        }
        return found
    }

    private func preposed(_ doc: StatementDocument, _ opener: Range<Int>) -> QuoteCandidate? {
        let i = opener.lowerBound
        let start = doc.sentenceStart(i)
        let before = i - 1
        guard before < start || doc.isPunct(before, .commaColonSemicolon) || doc.tokens[before].kind == .lineBreak
                || doc.tokens[before].kind == .dash else { return nil }
        let end = doc.sentenceEnd(i)
        var k = opener.upperBound
        var named = -1   // end of a name in the phrase followed by the content without a comma
        while k < end, k - opener.upperBound < Self.maximumPhrase, !doc.isPunct(k, .commaColon) {
            // A quoted name in the phrase ("По данным «Интерфакса», …", "Как сообщил «Интерфаксу»
            // источник, …") belongs to it.
            if doc.tokens[k].kind == .quote {
                guard let close = doc.shortQuotedNameEnd(at: k),
                      doc.isPunct(close + 1, .comma) || (doc.isWord(close + 1) && !doc.tokens[close + 1].capitalized) else { break }
                k = close + 1
                continue
            }
            if doc.isSentencePunct(k) { return nil }
            let e = doc.entityAt[k]
            if e >= 0, named < 0, doc.entities[e].type == .person || doc.entities[e].type == .organisation {
                let after = doc.entityTokens[e].upperBound
                if doc.isWord(after), !doc.has(after, .genitive), !doc.isPunct(after, .openParenthesis) { named = after }
            }
            k += 1
        }
        // "According to the <Capitalised Ministry> over N people …": the content starts after the name.
        if named > 0, k >= end || k - opener.upperBound >= Self.maximumPhrase || doc.wordCount(named..<k) >= 4 { k = named }
        // No comma and no name the recogniser knows: the phrase is a determiner and a run of
        // capitalised words ("the National Weather Office"), else there is no telling where the
        // content starts.
        if named < 0, k >= end || k - opener.upperBound >= Self.maximumPhrase {
            var u = opener.upperBound
            while u < end, doc.isDeterminer(u) { u += 1 }
            let capitals = u
            while u < end, doc.isWord(u), doc.tokens[u].capitalized || (u > capitals && doc.has(u, .genitive) && doc.isWord(u + 1) && doc.tokens[u + 1].capitalized) { u += 1 }
            guard u > capitals, doc.wordCount(u..<end) >= 5 else { return nil }
            k = u
        }
        guard k < end, k >= opener.upperBound else { return nil }
        var phraseEnd = k
        // "Selon la fédération des …, <Sigle>, « … »": an apposed name belongs to the phrase.
        if doc.isPunct(k, .comma), k + 1 < end, doc.entityAt[k + 1] >= 0 {
            let entityEnd = doc.entityTokens[doc.entityAt[k + 1]].upperBound
            if doc.isPunct(entityEnd, .commaColon) || (entityEnd < end && doc.tokens[entityEnd].kind == .quote) {
                phraseEnd = entityEnd
                k = entityEnd
            }
        }
        // "Pour <Nom>, son secrétaire général : « … »": an apposed role too.
        if phraseEnd == k, doc.isPunct(k, .comma), let apposition = roleApposition(doc, from: k + 1, end: end) {
            phraseEnd = apposition
            k = apposition
        }
        let phrase = opener.upperBound..<phraseEnd
        if doc.lexicon.restrictedAttributions.contains(doc.tokens[i].key), !namesSomeone(doc, phrase) { return nil }
        // "По его словам, …": the speaker is the possessive inside the opener.
        let site: QuoteCandidate.SpeakerSite
        if phrase.isEmpty, let owner = opener.first(where: { doc.has($0, .possessive) || doc.has($0, .pronoun) }) {
            site = .pronoun(token: owner)
        } else {
            site = .region(phrase)
        }
        var s = k
        if doc.isPunct(s, .commaColon) { s += 1 }
        guard s < end else { return nil }
        if doc.tokens[s].kind == .quote, doc.quoteEnd[s] > s, case let pairIndex = doc.pairAt[s], pairIndex >= 0,
           let content = DirectQuoteFinder().trimmed(doc, doc.pairs[pairIndex]) {
            return QuoteCandidate(content: content, kind: .direct, cue: opener, origin: .directCued, site: site,
                                  anchor: s + 1, pair: pairIndex)
        }
        let contentEnd = doc.clauseEnd(from: s)
        // "selon les cas, de … à …": a short fragment, not a claim; after a verb or a noun of
        // saying ("Как сообщил источник, к работе привлечены …", "По словам Фёдорова, к тушению
        // привлекли …") a clause, whatever opens it.
        let words = doc.wordCount(s..<contentEnd)
        let verbal = opener.contains { doc.tokens[$0].flags.contains(.cueVerb) }
            || (opener.lowerBound..<phrase.upperBound).contains { doc.isWord($0) && doc.lexicon.speechNouns.contains(doc.tokens[$0].key) }
        guard words >= Self.minimumClaim, !doc.isAnyPreposition(s) || words >= 8 || verbal, let span = doc.contentSpan(s..<contentEnd) else { return nil }
        return QuoteCandidate(content: span, kind: .indirect, cue: opener, origin: .attribution, site: site,
                              anchor: s, pair: nil)
    }

    private func postposed(_ doc: StatementDocument, _ opener: Range<Int>) -> QuoteCandidate? {
        let i = opener.lowerBound
        if doc.lexicon.restrictedAttributions.contains(doc.tokens[i].key) { return nil }
        let end = doc.sentenceEnd(i)
        // The attribution closes the sentence.
        var k = opener.upperBound
        while k < end, !doc.isSentencePunct(k) {
            if doc.isPunct(k, .commaColon) || doc.tokens[k].kind == .quote || k - opener.upperBound > Self.maximumPhrase { return nil }
            k += 1
        }
        guard k > opener.upperBound else { return nil }
        let contentEnd = doc.isPunct(i - 1, .comma) ? i - 1 : i
        var start = doc.clauseStart(before: contentEnd)
        // Without a comma the attribution closes the last clause only: "<clause> and <clause>
        // according to <source>" attributes the second clause.
        if contentEnd == i, let joint = (start..<contentEnd).last(where: { doc.has($0, .coordinator) && doc.insidePair[$0] < 0 }),
           doc.wordCount(start..<joint) >= 4, doc.wordCount((joint + 1)..<contentEnd) >= 5 {
            start = joint + 1
        }
        guard start < contentEnd, doc.wordCount(start..<contentEnd) >= 4, let span = doc.contentSpan(start..<contentEnd) else { return nil }
        return QuoteCandidate(content: span, kind: .indirect, cue: opener, origin: .attribution, site: .region(opener.upperBound..<k),
                              anchor: start, pair: nil)
    }

    /// The end of a short role apposition starting at `start` ("son secrétaire général"), when a
    /// comma or colon closes it.
    private func roleApposition(_ doc: StatementDocument, from start: Int, end: Int) -> Int? {
        var t = start
        var hasRole = false
        while t < end, t - start < 10, doc.isWord(t) {
            if doc.lexicon.isRole(doc.tokens[t].key) { hasRole = true }
            t += 1
        }
        guard hasRole, t < end, doc.isPunct(t, .commaColon) else { return nil }
        return t
    }

    /// "Pour X, …" attributes only when X is a person, an institution, a role or a pronoun.
    private func namesSomeone(_ doc: StatementDocument, _ phrase: Range<Int>) -> Bool {
        for t in phrase {
            if doc.cue(at: t) != nil { return false }
            if doc.entityAt[t] >= 0, doc.entities[doc.entityAt[t]].type != .miscellaneous { return true }
            if doc.isWord(t), doc.has(t, .roleNoun) { return true }
            if let p = doc.pronoun(t), p.stressed { return true }
        }
        return false
    }
}
