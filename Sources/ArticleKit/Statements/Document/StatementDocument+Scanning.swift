/// Small scanning helpers shared by the finders.
extension StatementDocument {
    func sentenceStart(_ i: Int) -> Int { sentences.isEmpty ? 0 : sentences[sentenceOf[min(i, tokens.count - 1)]].lowerBound }
    func sentenceEnd(_ i: Int) -> Int { sentences.isEmpty ? tokens.count : sentences[sentenceOf[min(i, tokens.count - 1)]].upperBound }

    func isWord(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].isWord }
    func key(_ i: Int) -> CueWordKey { tokens[i].key }
    func has(_ i: Int, _ flag: CueWordFlags) -> Bool { i >= 0 && i < tokens.count && tokens[i].flags.contains(flag) }
    func isSkippable(_ i: Int) -> Bool { has(i, .skippable) }
    func isDeterminer(_ i: Int) -> Bool { has(i, .determiner) }
    func isPreposition(_ i: Int) -> Bool { has(i, .preposition) && !has(i, .determiner) }
    /// Any preposition, even one that is also a determiner ("de").
    func isAnyPreposition(_ i: Int) -> Bool { has(i, .preposition) }
    func isComplementizer(_ i: Int) -> Bool { has(i, .complementizer) }
    /// The head of a partitive: "un" in "l'un des grévistes", "one" in "one of the strikers".
    func isPartitiveHead(_ i: Int) -> Bool {
        i + 1 < tokens.count && isWord(i) && isWord(i + 1) && lexicon.partitiveHeads.contains(tokens[i].key)
            && lexicon.partitivePrepositions.contains(tokens[i + 1].key)
    }
    func pronoun(_ i: Int) -> CueLexicon.Pronoun? { has(i, .pronoun) ? lexicon.pronouns[tokens[i].key] : nil }
    /// Punctuation that ends a sentence; not the period of a title, an abbreviation or an
    /// initial ("Mr. Hallett", "M. Lefort", "г. Москва"), which the sentence splitter kept inside.
    func isSentencePunct(_ i: Int) -> Bool { isPunct(i, .sentencePunctuation) && !isInnerPeriod(i) }

    /// A period the sentence splitter kept inside its sentence: a title's, an abbreviation's, an initial's.
    func isInnerPeriod(_ i: Int) -> Bool {
        isPunct(i, .period) && i + 1 < tokens.count && sentenceOf[i + 1] == sentenceOf[i]
    }

    /// Whether word `i`, lowercased, is longer than `length` characters and ends with one of
    /// `endings` (a lexicon's inflection endings); nil when it is not longer.
    func lowercased(_ i: Int, longerThan length: Int = 0, endsWithOneOf endings: [String]) -> Bool? {
        let word = text(tokens[i].span).lowercased()
        guard word.count > length else { return nil }
        return endings.contains { word.hasSuffix($0) }
    }

    /// A verb between a description and a name: an auxiliary ("a", "was", "был") or, where the
    /// language lists them, a lowercase word with a finite verb ending ("направил").
    func isVerbBetweenRoleAndName(_ i: Int) -> Bool {
        // (An elided pronoun is skippable too, "l'a dit", but before a name or after a preposition
        // it is the article: "de l'Hérault", "de l'hôpital".)
        if isSkippable(i) {
            return !(isDeterminer(i) && ((i + 1 < tokens.count && tokens[i + 1].capitalized) || (i > 0 && isAnyPreposition(i - 1))))
        }
        let endings = lexicon.finiteVerbEndings
        guard !endings.isEmpty, isWord(i), !tokens[i].capitalized, !has(i, .roleNoun) else { return false }
        let length = tokens[i].end - tokens[i].start
        if let ends = lexicon.finiteVerbEndingSet.match(scalars, tokens[i].start, length) { return length > 3 && ends }
        return lowercased(i, longerThan: 3, endsWithOneOf: endings) ?? false
    }

    /// A lowercase participle ("saying", "affirmant", "заявив"), by the language's endings.
    func isParticiple(_ i: Int) -> Bool {
        guard !lexicon.participleEndings.isEmpty, isWord(i), !tokens[i].capitalized else { return false }
        let length = tokens[i].end - tokens[i].start
        if let ends = lexicon.participleEndingSet.match(scalars, tokens[i].start, length) { return length > 4 && ends }
        return lowercased(i, longerThan: 4, endsWithOneOf: lexicon.participleEndings) ?? false
    }

    /// Number of word tokens in a range.
    func wordCount(_ range: Range<Int>) -> Int {
        var n = 0
        for t in range where tokens[t].isWord { n += 1 }
        return n
    }

    /// The closing mark of a quotation of at most three words that opens at `t` (a quoted name:
    /// "«Интерфакс»", "« Le Courrier »"), else nil.
    func shortQuotedNameEnd(at t: Int) -> Int? {
        guard tokens[t].kind == .quote, quoteEnd[t] > t, pairAt[t] >= 0, pairWords[pairAt[t]] <= 3 else { return nil }
        return quoteEnd[t]
    }

    /// The scalar span of tokens `range`, without trailing punctuation, dashes and line breaks.
    func contentSpan(_ range: Range<Int>) -> TextSpan? {
        var lower = range.lowerBound
        var upper = range.upperBound
        while upper > lower, tokens[upper - 1].kind == .lineBreak || tokens[upper - 1].kind == .dash
                || (tokens[upper - 1].kind == .punctuation && Self.isMark(tokens[upper - 1].mark, in: .trailing)) {
            upper -= 1
        }
        while lower < upper, tokens[lower].kind == .lineBreak || tokens[lower].kind == .dash || isPunct(lower, .commaColonSemicolon) { lower += 1 }
        guard lower < upper else { return nil }
        return TextSpan(tokens[lower].start, tokens[upper - 1].end)
    }

    /// End (exclusive token) of the clause that starts at `start`: the sentence end, or an
    /// attribution added at the end (", selon X", ", according to X").
    func clauseEnd(from start: Int) -> Int {
        let end = min(sentenceEnd(start), start + ReportedSpeechFinder.maximumClause + 1)
        var t = start
        while t < end {
            if quoteEnd[t] > t { t = quoteEnd[t] + 1; continue }
            if isPunct(t, .comma), t + 1 < end, attribution(at: t + 1) != nil { return t }
            // "… et a ajouté que …", "…, adding that …": a second statement starts.
            if t > start, isPunct(t, .comma) || has(t, .coordinator) {
                var u = t + 1
                while u < end, isSkippable(u) { u += 1 }
                if u < end, let next = cue(at: u), next.upperBound < end, startsClause(after: next) { return t }
                // "…, and Ms. Acosta said the measures …", "… et le ministre a affirmé que …": a
                // coordinated clause with a short subject of its own and a cue with its own content.
                if has(t, .coordinator), let next = coordinatedCue(after: t, before: end), next.upperBound < end,
                   startsClause(after: next) || has(next.lowerBound, .bareComplement) { return t }
            }
            // A quotation set off by a comma or colon is a statement of its own.
            if isPunct(t, .commaColon), t + 1 < end, quoteEnd[t + 1] > t + 1 { return t }
            t += 1
        }
        return end
    }

    /// The cue after coordinator `t` and a short subject (a few words, a title's period among
    /// them), or nil when a verb, a complementizer or a break comes first.
    private func coordinatedCue(after t: Int, before end: Int) -> Range<Int>? {
        var u = t + 1
        var words = 0
        while u < end, words <= Self.coordinatedSubjectWords {
            if let cue = cue(at: u) { return words > 0 ? cue : nil }
            if isWord(u) {
                if isComplementizer(u) || has(u, .coordinator) || has(u, .clauseWord) { return nil }
                words += 1
            } else if !(isPunct(u, .period) && u > 0 && tokens[u - 1].end == tokens[u].start) {
                return nil
            }
            u += 1
        }
        return nil
    }

    /// Most words of the subject of a coordinated statement ("and the bank's chief economist said").
    static let coordinatedSubjectWords = 5

    /// Whether a cue is followed by its own content (a complementizer, a colon or a quotation
    /// within a few words), so that it starts a new statement.
    func startsClause(after cue: Range<Int>) -> Bool {
        var t = cue.upperBound
        let end = min(tokens.count, t + ReportedSpeechFinder.maximumGap)
        while t < end {
            if isComplementizer(t) || isPunct(t, .colon) || (tokens[t].kind == .quote && quoteEnd[t] > t) { return true }
            if isSentencePunct(t) || tokens[t].kind == .lineBreak { return false }
            t += 1
        }
        return false
    }

    /// Start of the clause that ends at `end`: the sentence start, or just after a colon
    /// ("Emploi : Le nombre … selon le syndicat").
    func clauseStart(before end: Int) -> Int {
        let sentence = sentenceStart(end)
        let start = max(sentence, end - ReportedSpeechFinder.maximumClause - 1)
        var t = end - 1
        while t >= start {
            if quoteEnd[t] < 0, insidePair[t] >= 0, !inQuote(t), pairs[insidePair[t]].close == t {
                t = pairs[insidePair[t]].open - 1
                continue
            }
            if isPunct(t, .colonSemicolon) { return t + 1 }
            t -= 1
        }
        if start == sentence, let after = datelineEnd(from: start), after < end { return after }
        return start
    }

    /// The token after a dateline that opens a sentence ("PARIS, 3 mars (AFP) —", "CALLOWAY,
    /// Ohio (AP) —"): a word in capitals, then at most a dozen words, numbers, commas and
    /// parentheses, then a dash. A dateline is never part of what was said.
    func datelineEnd(from start: Int) -> Int? {
        guard start < tokens.count, isWord(start), tokens[start].capitalized, tokens[start].end - tokens[start].start >= 2,
              !scalars[tokens[start].start + 1].properties.isLowercase else { return nil }   // most sentences: no String made
        let first = text(tokens[start].span)
        guard first == first.uppercased() else { return nil }
        var t = start + 1
        while t < tokens.count, t - start <= 12 {
            let token = tokens[t]
            if token.kind == .dash { return t + 1 }
            // (A state's abbreviation keeps its period: "Calif.", "D.C.")
            guard token.kind == .word || token.kind == .number || isPunct(t, .comma) || isPunct(t, .openParenthesis)
                    || isPunct(t, .closeParenthesis) || (isPunct(t, .period) && t > start && tokens[t - 1].end == token.start)
            else { return nil }
            t += 1
        }
        return nil
    }

    /// The tokens a span covers: from the one at its start to the last that starts before its end.
    func tokens(of span: TextSpan) -> Range<Int> {
        let first = token(atScalar: span.start)
        var last = first
        while last < tokens.count, tokens[last].start < span.end { last += 1 }
        return first..<last
    }

    /// Token index of the first token at or after scalar offset `offset`.
    func token(atScalar offset: Int) -> Int {
        // The answer grows with the offset: it lies between those of the block's ends.
        let block = offset >> Self.scalarBlockShift
        var lo = 0, hi = tokens.count
        if block >= 0, block + 1 < firstTokenOfBlock.count {
            lo = Int(firstTokenOfBlock[block])
            hi = Int(firstTokenOfBlock[block + 1])
        } else if block >= 0, let last = firstTokenOfBlock.last {
            lo = Int(last)
        }
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].end <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
