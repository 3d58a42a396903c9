/// French organisation names whose lowercase words the tagger left out ("Banque centrale européenne").
extension EntityRules {
    static let frenchAdjectiveEndings = WordEndings(WordLists.french.words("adjective-endings"))

    static let frenchDe = lookup(["de", "du", "des", "d'"].map { hashOf($0) })

    static let frenchArticles = lookup(["la", "l'", "les"].map { hashOf($0) })

    static let frenchCoordinators = lookup(WordLists.french.words("name-coordinators").map { hashOf($0) })

    @inline(__always) func isLowercaseWord(_ v: [UInt32], _ t: Token) -> Bool {
        t.kind == .word && classes.of(v[t.span.start]) & CharClass.lower != 0
    }

    func looksAdjective(_ v: [UInt32], _ t: Token) -> Bool {
        guard isLowercaseWord(v, t), t.span.length >= 4 else { return false }
        return Self.frenchAdjectiveEndings.matchesEnd(of: v, t.span, classes)
    }

    /// French organisation names keep their lowercase adjectives and complements: an ORG (or an
    /// untagged capitalised head noun such as "Cour", or "ministère" before "de" + capital) grows over
    /// "pénale internationale", "de gauche", "de l'Intérieur".
    func extendFrenchOrganisations(_ spans: [Span], _ v: [UInt32], _ analysis: Analysis, _ capitals: CapitalIndex) -> [Span] {
        let tokens = analysis.tokens
        var result = spans
        result.reserveCapacity(spans.count + 8)
        var covered = coverage(of: spans, tokenCount: tokens.count)
        // Untagged heads become candidate spans.
        var hint = 0
        for s in analysis.sentences {
            // Only words with a capital at most 3 tokens on.
            var i = s.tokens.lowerBound - 1
            var cursor = capitals.first(atOrAfter: s.tokens.lowerBound, from: hint)
            defer { hint = cursor }
            while let j = capitals.next(from: i + 1, reach: 3, cursor: &cursor), j < s.tokens.upperBound {
                i = j
                guard !covered[i], tokens[i].kind == .word else { continue }
                guard gaz.mayBeHead(v, tokens[i].span), gaz.isLexicon(lowerHash(v, tokens[i]), .organisationHead) else { continue }
                let capital = classes.isUpper(v[tokens[i].span.start])
                // A lowercase head counts only before "de" + a capitalised word ("ministère de l'Intérieur").
                var j = i + 1
                if j < s.tokens.upperBound, Self.frenchDe.contains(lowerHash(v, tokens[j])) { j += 1 }
                if j < s.tokens.upperBound, Self.frenchArticles.contains(lowerHash(v, tokens[j])) { j += 1 }
                let capitalised = j > i + 1 && j < s.tokens.upperBound && hasCapital(v, tokens[j]) && !covered[j]
                    && tokens[j].span.length >= 3 && v[tokens[j].span.end - 1] != 0x2E
                let sentenceStart = i == s.tokens.lowerBound
                // "ministère de la Santé" when the tagger took the domain "Santé" alone (one word,
                // not an acronym: "conseil de l'ONU" names two organisations): the tagged name
                // starts the complement. (Not a place: "université de Poitiers" keeps its place
                // in the corpora's convention.)
                if j > i + 1, j < s.tokens.upperBound, covered[j], !covered[i], !sentenceStart || capital,
                   let k = result.firstIndex(where: { $0.range.lowerBound == j && !$0.forced }),
                   result[k].type == .organisation || result[k].type == .miscellaneous,
                   result[k].range.count == 1, !isAllCapsWord(v, tokens[j]) {
                    result[k].range = i..<result[k].range.upperBound
                    result[k].type = .organisation
                    for t in i..<j { covered[t] = true }
                    continue
                }
                if capitalised, !sentenceStart || capital {
                    // Take the capitalised complement too ("de l'Intérieur").
                    var end = j + 1
                    while end < s.tokens.upperBound, hasCapital(v, tokens[end]), !covered[end] { end += 1 }
                    result.append(Span(range: i..<end, type: .organisation))
                    for k in i..<end { covered[k] = true }
                } else if capital, !sentenceStart, i + 2 < s.tokens.upperBound, !covered[i + 1], !covered[i + 2],
                          Self.frenchDe.contains(lowerHash(v, tokens[i + 1])), isLowercaseWord(v, tokens[i + 2]),
                          tokens[i + 2].span.length >= 4, !Self.frenchArticles.contains(lowerHash(v, tokens[i + 2])) {
                    // "Front de gauche", "Cour de cassation": capitalised head + de + lowercase noun.
                    result.append(Span(range: i..<(i + 3), type: .organisation))
                    for k in i..<(i + 3) { covered[k] = true }
                } else if capital, !sentenceStart, i + 1 < s.tokens.upperBound, looksAdjective(v, tokens[i + 1]), !covered[i + 1] {
                    result.append(Span(range: i..<(i + 2), type: .organisation))
                    covered[i] = true
                    covered[i + 1] = true
                }
            }
        }
        result.sort { $0.range.lowerBound < $1.range.lowerBound }
        // Grow ORG spans that start with a head over adjectives and "de + lowercase noun".
        for idx in result.indices where result[idx].type == .organisation && !result[idx].forced {
            let first = tokens[result[idx].range.lowerBound]
            guard gaz.isLexicon(lowerHash(v, first), .organisationHead) else { continue }
            let sentenceEnd = sentenceEndOf(result[idx].range.lowerBound, analysis.sentences, tokens.count)
            let limit = min(sentenceEnd, idx + 1 < result.count ? result[idx + 1].range.lowerBound : tokens.count)
            var end = result[idx].range.upperBound
            // The tagger may have stopped after the "de" ("Front de"): grow from before it.
            while end - 1 > result[idx].range.lowerBound, Self.connectors.contains(lowerHash(v, tokens[end - 1])) { end -= 1 }
            var added = 0
            var shared = false
            while end < limit, added < 5 {
                if looksAdjective(v, tokens[end]) { end += 1; added += 1; continue }
                // "des petites et moyennes entreprises": lowercase words coordinated, then the
                // noun they share.
                if end + 1 < limit, Self.frenchCoordinators.contains(lowerHash(v, tokens[end])),
                   isLowercaseWord(v, tokens[end - 1]), isLowercaseWord(v, tokens[end + 1]),
                   !Self.frenchArticles.contains(lowerHash(v, tokens[end + 1])), !Self.frenchDe.contains(lowerHash(v, tokens[end + 1])) {
                    end += 2; added += 2; shared = true; continue
                }
                if shared, isLowercaseWord(v, tokens[end]), tokens[end].span.length >= 4,
                   !Self.frenchArticles.contains(lowerHash(v, tokens[end])), !Self.frenchDe.contains(lowerHash(v, tokens[end])) {
                    end += 1; added += 1; shared = false; continue
                }
                if end + 1 < limit, Self.frenchDe.contains(lowerHash(v, tokens[end])),
                   isLowercaseWord(v, tokens[end + 1]), tokens[end + 1].span.length >= 4,
                   !Self.frenchArticles.contains(lowerHash(v, tokens[end + 1])) {
                    end += 2; added += 2; continue
                }
                break
            }
            result[idx].range = result[idx].range.lowerBound..<end
        }
        return result
    }
}
