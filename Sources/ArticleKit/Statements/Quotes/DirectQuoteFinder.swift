/// Direct quotations: the content of outermost quotation marks that a speech verb introduces
/// (`X a déclaré : « … »`, `affirme « … »`), that a cue follows (`« … », a dit X`,
/// `"…" — dit dans le communiqué du ministère`, `"…," X said`, `«…», — заявил он`), or that reads
/// as a statement on its own (several words, a clause, not a title or a name).
struct DirectQuoteFinder {
    /// Fewest words of a quotation with a cue; scare quotes and names are shorter.
    static let minimumCuedWords = 2
    /// Fewest words of a quotation without a cue.
    static let minimumUncuedWords = 5
    /// Fewest words of a quoted fragment woven into a sentence with a speech verb.
    static let minimumFragmentWords = 8

    func find(_ doc: StatementDocument) -> [QuoteCandidate] {
        var found: [QuoteCandidate] = []
        for (index, pair) in doc.pairs.enumerated() where doc.quoteEnd[pair.open] == pair.close {
            guard let content = trimmed(doc, pair) else { continue }
            let words = doc.pairWords[index]   // (an outermost pair: counted once by the document)
            if words >= Self.minimumCuedWords, let verb = evaluativeNaming(doc, pair) {
                found.append(QuoteCandidate(content: content, kind: .direct, cue: verb..<(verb + 1), origin: .directCued,
                                            site: .subjectBefore(cue: verb, from: doc.sentenceStart(verb)),
                                            anchor: pair.open + 1, pair: index))
                continue
            }
            guard !isNamed(doc, pair) else { continue }
            if words >= Self.minimumCuedWords, let cue = preposedCue(doc, pair.open) {
                found.append(QuoteCandidate(content: content, kind: .direct, cue: cue, origin: .directCued,
                                            site: .subjectBefore(cue: cue.lowerBound, from: doc.sentenceStart(cue.lowerBound)),
                                            anchor: pair.open + 1, pair: index))
                continue
            }
            if words >= Self.minimumCuedWords, let speaker = speakerBeforeColon(doc, pair.open) {
                found.append(QuoteCandidate(content: content, kind: .direct, cue: nil, origin: .directCued, site: .region(speaker),
                                            anchor: pair.open + 1, pair: index))
                continue
            }
            if words >= Self.minimumCuedWords, isClauseInitial(doc, pair.open), let (cue, site) = postposedCue(doc, pair.close) {
                found.append(QuoteCandidate(content: content, kind: .direct, cue: cue, origin: .directCued, site: site,
                                            anchor: pair.open + 1, pair: index))
                continue
            }
            if words >= Self.minimumCuedWords, let (cue, site) = incise(doc, pair) {
                found.append(QuoteCandidate(content: content, kind: .direct, cue: cue, origin: .directCued, site: site,
                                            anchor: pair.open + 1, pair: index))
                continue
            }
            // With no speech verb the quotation itself must read as a statement, as an uncued one
            // does ("known for his films: « … »" introduces a title).
            if words >= Self.minimumUncuedWords, let colon = introducingColon(doc, pair.open), let clause = introducingClause(doc, colon),
               readsAsStatement(doc, pair) {
                found.append(QuoteCandidate(content: content, kind: .direct, cue: nil, origin: .directCued,
                                            site: .introducedBy(clause: clause), anchor: pair.open + 1, pair: index))
                continue
            }
            if words >= Self.minimumUncuedWords || (words >= Self.minimumCuedWords && continuesQuote(doc, pair, after: found.last)),
               readsAsStatement(doc, pair) {
                found.append(QuoteCandidate(content: content, kind: .direct, cue: nil, origin: .directUncued, site: .none,
                                            anchor: pair.open + 1, pair: index))
            }
        }
        return found
    }

    /// The content between the marks, without surrounding spaces; nil when empty.
    func trimmed(_ doc: StatementDocument, _ pair: QuotePair) -> TextSpan? {
        var a = pair.content.start, b = pair.content.end
        while a < b, StatementDocument.isWhitespace(doc.scalars[a]) { a += 1 }
        while b > a, StatementDocument.isWhitespace(doc.scalars[b - 1]) { b -= 1 }
        guard b > a, ((pair.open + 1)..<pair.close).contains(where: { doc.tokens[$0].isWord }) else { return nil }
        return TextSpan(a, b)
    }

    /// A cue verb before the opening mark: adjacent (`affirme « … »`), or before a colon or a
    /// complementizer with a few words between (`l'a écrit dans son communiqué : « … »`).
    func preposedCue(_ doc: StatementDocument, _ open: Int) -> Range<Int>? {
        var j = open - 1
        var strong = false
        var start = doc.sentenceStart(open)
        if let colon = introducingColon(doc, open) {
            strong = true
            j = colon - 1
            start = doc.sentenceStart(colon)
        } else if doc.isPunct(j, .comma) { j -= 1 }
        if j >= 0, doc.tokens[j].kind == .dash { j -= 1 }
        if doc.isComplementizer(j) {
            strong = true
            j -= 1
            if doc.isPunct(j, .comma) { j -= 1 }
        }
        let limit = strong ? 8 : 3
        var steps = 0
        while j >= start, j >= 0, steps < limit {
            let token = doc.tokens[j]
            // "сообщил представитель партии «…»: «…»": a quoted name on the way.
            if strong, token.kind == .quote, doc.insidePair[j] >= 0, doc.pairs[doc.insidePair[j]].close == j,
               doc.pairWords[doc.insidePair[j]] <= 3, doc.pairs[doc.insidePair[j]].open > start {
                j = doc.pairs[doc.insidePair[j]].open - 1
                steps += 1
                continue
            }
            if token.kind == .lineBreak || token.kind == .quote || doc.isSentencePunct(j) { return nil }
            // "Economists agree - Sarah Lind: "…"": a dash before the colon sets off a label,
            // the name after it speaks (see `speakerBeforeColon`).
            if strong, token.kind == .dash { return nil }
            if let cue = doc.cue(at: j) { return cue }
            // "comme le rappelle <Organisation>, « … »": the verb's subject after it, before the comma.
            if !strong, doc.entityAt[j] >= 0, doc.entities[doc.entityAt[j]].type != .location,
               doc.entityTokens[doc.entityAt[j]].upperBound == open - 1, doc.isPunct(open - 1, .comma),
               doc.entityTokens[doc.entityAt[j]].lowerBound > 0, let cue = doc.cue(at: doc.entityTokens[doc.entityAt[j]].lowerBound - 1) {
                return cue
            }
            if !strong && !(doc.isSkippable(j) || doc.pronoun(j) != nil) { return nil }
            j -= 1
            steps += 1
        }
        return nil
    }

    /// A cue set inside the quotation between commas or dashes: « Nous sommes prêts, a déclaré
    /// le ministre, à discuter », «Мы готовы, — сказал он, — к переговорам».
    func incise(_ doc: StatementDocument, _ pair: QuotePair) -> (Range<Int>, QuoteCandidate.SpeakerSite)? {
        var t = pair.open + 1
        while t < pair.close {
            if doc.quoteEnd[t] > t { t = doc.quoteEnd[t] + 1; continue }
            guard doc.isPunct(t, .comma) || doc.tokens[t].kind == .dash else { t += 1; continue }
            var c = t + 1
            if c < pair.close, doc.tokens[c].kind == .dash { c += 1 }
            var skipped = 0
            while c < pair.close, skipped < 3, doc.isSkippable(c), doc.cue(at: c) == nil { c += 1; skipped += 1 }
            guard c < pair.close, doc.isWord(c) else { t += 1; continue }
            let inverted = doc.tokens[c].invertedPronoun != nil
            guard let cue = doc.cue(at: c) ?? (inverted ? c..<(c + 1) : nil) else { t += 1; continue }
            // The incise closes with a comma or a dash within a few words.
            var e = cue.upperBound
            while e < pair.close, e - cue.upperBound <= 6, doc.isWord(e) { e += 1 }
            guard e < pair.close, doc.isPunct(e, .comma) || doc.tokens[e].kind == .dash || doc.isPunct(e, .period) else { t += 1; continue }
            if inverted { return (cue, .pronoun(token: c)) }
            if doc.tokens[cue.upperBound - 1].invertedPronoun != nil { return (cue, .pronoun(token: cue.upperBound - 1)) }
            guard e > cue.upperBound else { t += 1; continue }
            return (cue, .after(cue.upperBound..<e))
        }
        return nil
    }

    /// Whether a quotation opens its clause: at a sentence or paragraph start, after a colon or
    /// a dash, or right after another quotation.
    func isClauseInitial(_ doc: StatementDocument, _ open: Int) -> Bool {
        let b = open - 1
        if b < 0 { return true }
        let token = doc.tokens[b]
        if token.kind == .lineBreak || token.kind == .dash || token.kind == .quote { return true }
        if doc.isPunct(b, .statementEnds) { return true }
        // `Still, "…," the management said`, "Ensuite, « … », a raconté", "Puis « … »": a
        // sentence adverb (a function word opening the sentence), with or without its comma,
        // comes before the clause.
        let adverb = doc.isPunct(b, .comma) ? b - 1 : b
        if adverb >= 0, doc.isWord(adverb), doc.sentenceStart(adverb) == adverb,
           doc.lexicon.functionWords.contains(doc.tokens[adverb].key) { return true }
        return doc.sentenceOf[b] != doc.sentenceOf[open]
    }

    /// A cue after the closing mark: `», a dit X`, `" — dit dans …`, `" X said`, `», explique-t-il`.
    func postposedCue(_ doc: StatementDocument, _ close: Int) -> (Range<Int>, QuoteCandidate.SpeakerSite)? {
        var k = close + 1
        var skipped = 0
        while k < doc.tokens.count, skipped < 2, doc.isPunct(k, .comma) || doc.tokens[k].kind == .dash {
            k += 1
            skipped += 1
        }
        let first = k
        let end = doc.sentenceEnd(close)
        var steps = 0
        while k < doc.tokens.count, steps < Self.postposedSubjectWords {
            let token = doc.tokens[k]
            // "”, Maria Olsen, 58, told Reuters", "», Jean Dupont, maire de Lyon, a déclaré": a
            // name, then an apposition between commas, then the cue.
            if k > first, doc.isPunct(k, .comma), let cue = cueAfterApposition(doc, comma: k, end: end) {
                return (cue, .around(between: first..<(cue.lowerBound - 1), after: cue.upperBound..<max(cue.upperBound, end)))
            }
            // "Rep. Earl Blumenauer (D-Ore.) said", "Jean Morel (PS) a déclaré": a short
            // parenthesis after the name.
            if k > first, doc.isPunct(k, .openParenthesis),
               let close = ((k + 1)..<max(k + 1, min(end, k + 8))).first(where: { doc.isPunct($0, .closeParenthesis) }) {
                k = close + 1
                continue
            }
            // The period of a title or an initial ("Mr. Hallett said") stays inside.
            if token.kind != .word && token.kind != .number && !doc.isInnerPeriod(k) { return nil }
            if let cue = doc.cue(at: k) ?? (k == first && skipped > 0 && token.invertedPronoun != nil ? k..<(k + 1) : nil) {
                if doc.tokens[k].invertedPronoun != nil {
                    // "a-t-il ajouté": the participle belongs to the cue.
                    if cue.count == 1, k + 1 < doc.tokens.count, let verb = doc.cue(at: k + 1) { return (k..<verb.upperBound, .pronoun(token: k)) }
                    return (cue, .pronoun(token: k))
                }
                let after = cue.upperBound..<max(cue.upperBound, end)
                if k > first { return (cue, .around(between: first..<k, after: after)) }
                return (cue, .after(after))
            }
            k += 1
            steps += 1
        }
        return nil
    }

    /// The cue right after an apposition that opens at `comma` and closes at the next comma
    /// within a few words ("…, 58, told", "…, the union's chief negotiator, said"), after a
    /// name or after a role whose apposition is a name ("…, the spokesman, Josh Earnest, said").
    func cueAfterApposition(_ doc: StatementDocument, comma: Int, end: Int) -> Range<Int>? {
        guard doc.isWord(comma - 1) else { return nil }
        // "”, the White House press secretary, Josh Earnest, said": a role, then the name apposed.
        let roleThenName = doc.lexicon.isRole(doc.tokens[comma - 1].key) && comma + 1 < doc.tokens.count && doc.entityAt[comma + 1] >= 0
            && doc.entities[doc.entityAt[comma + 1]].type == .person && doc.isPunct(doc.entityTokens[doc.entityAt[comma + 1]].upperBound, .comma)
        guard doc.tokens[comma - 1].capitalized || doc.entityAt[comma - 1] >= 0 || roleThenName else { return nil }
        var k = comma + 1
        while k < end, k - comma <= Self.appositionWords {
            if doc.isPunct(k, .comma) {
                guard k > comma + 1 else { return nil }
                // Across an auxiliary ("a déclaré", "has said").
                var c = k + 1
                while c < end, c - k <= 2, doc.isSkippable(c), doc.cue(at: c) == nil { c += 1 }
                return c < end ? doc.cue(at: c) : nil
            }
            let token = doc.tokens[k]
            guard token.kind == .word || token.kind == .number || doc.isPunct(k, .apostrophes) || doc.isInnerPeriod(k)
                    || (token.kind == .quote && (token.mark == "'" || token.mark == "\u{2019}")) else { return nil }
            if doc.cue(at: k) != nil { return nil }
            k += 1
        }
        return nil
    }

    /// Most words between a closing mark and a postposed cue ("a senior official close to the talks said").
    static let postposedSubjectWords = 8

    /// Longest apposition between a postposed name and its cue.
    static let appositionWords = 12

    /// A quotation without a cue counts when it reads as a statement: it does not open with a
    /// preposition (a fragment: "« à partir de … »") unless its sentence has a speech verb
    /// or it holds a sentence end, and it is not a run of capitalised words (a title).
    /// "“…,” he said. “We will be back.”": a short quoted sentence right after the sentence of a
    /// cued quotation, in its paragraph, goes on with it (shorter than an uncued quote may be).
    func continuesQuote(_ doc: StatementDocument, _ pair: QuotePair, after previous: QuoteCandidate?) -> Bool {
        guard let previous, previous.cue != nil, let index = previous.pair, pair.open > 0 else { return false }
        let before = doc.pairs[index]
        guard before.close < pair.open, pair.open - before.close <= Self.continuationGap,
              doc.paragraphOf[before.close] == doc.paragraphOf[pair.open],
              doc.isSentencePunct(pair.open - 1),
              doc.sentenceOf[pair.open] - doc.sentenceOf[before.close] <= 1 else { return false }
        // A whole sentence: it opens with a capital and ends at the marks ("back."", "вернёмся».").
        var first = pair.open + 1
        while first < pair.close, !doc.tokens[first].isWord { first += 1 }
        let ends = doc.isPunct(pair.close - 1, .sentenceEnds) || (pair.close + 1 < doc.tokens.count && doc.isPunct(pair.close + 1, .sentenceEnds))
        return first < pair.close && doc.tokens[first].capitalized && ends
    }

    /// Most tokens between a cued quotation and a short one that continues it ("," he said. ").
    static let continuationGap = 12

    func readsAsStatement(_ doc: StatementDocument, _ pair: QuotePair) -> Bool {
        var firstWord = pair.open + 1
        while firstWord < pair.close, !doc.tokens[firstWord].isWord { firstWord += 1 }
        guard firstWord < pair.close else { return false }
        var capitalised = 0, words = 0, innerEnd = false
        for t in (pair.open + 1)..<pair.close {
            if doc.tokens[t].isWord {
                words += 1
                if doc.tokens[t].capitalized { capitalised += 1 }
            } else if doc.isPunct(t, .sentenceEnds), t + 1 < pair.close, doc.tokens[t + 1].capitalized {
                innerEnd = true
            }
        }
        if capitalised * 4 >= words * 3 { return false }
        // "des thèmes tels que « … »", "topics such as "…"": examples named, not said.
        if endsWithExampleIntroducer(doc, before: pair.open) { return false }
        if innerEnd { return true }
        // A fragment woven into the sentence ("pour « protéger … »", "« à partir de … »")
        // counts only when the sentence has a speech verb.
        if doc.isAnyPreposition(firstWord) || doc.isAnyPreposition(pair.open - 1) {
            return words >= Self.minimumFragmentWords && sentenceHasCue(doc, before: pair.open)
        }
        return true
    }

    /// Whether the two tokens before `open` end with "tel que", "such as", "comme"… The String is
    /// built only when the last letter, lowercased, could end one of them ("e" or "s").
    static let exampleIntroducers = WordLists.words("example-introducers", in: [.french, .english])

    private func endsWithExampleIntroducer(_ doc: StatementDocument, before open: Int) -> Bool {
        guard open > 0 else { return false }
        let last = doc.scalars[doc.tokens[open - 1].end - 1]
        if StatementDocument.isSimple(last), let lower = ActorGrouper.lowercasedFast(last.value), lower != 0x65, lower != 0x73 { return false }
        let before = doc.text(tokens: max(0, open - 2)..<open).lowercased()
        return Self.exampleIntroducers.contains(where: { before.hasSuffix($0) })
    }

    func sentenceHasCue(_ doc: StatementDocument, before open: Int) -> Bool {
        sentenceCue(doc, before: open) != nil
    }

    /// The speech verb of the sentence, before a quotation and outside quotations.
    func sentenceCue(_ doc: StatementDocument, before open: Int) -> Range<Int>? {
        let start = max(doc.sentenceStart(open), open - MentionFinder.window * 2)
        var t = open - 1
        while t >= start {
            if doc.insidePair[t] < 0, let cue = doc.cue(at: t) { return cue }
            t -= 1
        }
        return nil
    }
}
