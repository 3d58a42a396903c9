/// Russian institutions named by a capitalised head noun and its lowercase genitive complement:
/// "Фонд государственного имущества", "Федерации независимых профсоюзов России", "Альянс
/// надежды". The tagger reads the capitalised head alone, often as a person after a role noun
/// ("Председатель Федерации …"); the head and its complement make the name.
extension EntityRules {
    static let institutionHeadStems = RussianStems(WordLists.russian.words("institution-head-stems"))
    static let institutionComplementEndings = WordEndings(WordLists.russian.words("institution-complement-endings"))
    /// Verb forms end a name's complement ("Компания заявила"): the statement lexicon's endings.
    static let russianVerbEndings = WordEndings(CueLexicon.forLanguage(.russian).verbEndings.filter { $0.unicodeScalars.count <= WordEndings.maxLength })

    func russianInstitutions(_ v: [UInt32], _ analysis: Analysis, _ capitals: CapitalIndex) -> [Span] {
        let tokens = analysis.tokens
        var found: [Span] = []
        capitals.forEach(in: analysis.sentences) { j, sentence in
            let t = tokens[j]
            guard found.last.map({ $0.range.upperBound <= j }) ?? true, t.kind == .word, t.span.length >= 4,
                  Script.of(v[t.span.start]) == .cyrillic, !classes.isUpper(v[t.span.start + 1]),
                  Self.institutionHeadStems.matches(v, t.span, classes) else { return }
            let limit = sentence.tokens.upperBound
            // A head after a capitalised adjective ends a name that began before it ("Российской Федерации").
            if j > 0, hasCapital(v, tokens[j - 1]), Self.russianAdjectiveEndings.matchesEnd(of: v, tokens[j - 1].span, classes) { return }
            var end = j + 1
            while end < limit, end < j + 5, isComplementWord(v, tokens[end]) { end += 1 }
            let modifiers = end - j - 1
            guard modifiers >= 1 else { return }
            // A place or an acronym closing the name ("… России", "… РАН"), not a person after it.
            var closing = 0
            while closing < 2, end < limit, tokens[end - 1].span.end + 1 == tokens[end].span.start, isClosingName(v, tokens[end]) {
                end += 1
                closing += 1
                if isAllCapsWord(v, tokens[end - 1]) { break }   // an acronym closes the name ("… США")
            }
            // A sentence's first word is capitalised anyway: it needs more than one complement word.
            if j == sentence.tokens.lowerBound, modifiers + closing < 2 { return }
            found.append(Span(range: j..<end, type: .organisation, forced: true))
        }
        return found
    }

    /// An acronym or a known place, in Cyrillic.
    private func isClosingName(_ v: [UInt32], _ t: Token) -> Bool {
        guard t.kind == .word, Script.of(v[t.span.start]) == .cyrillic, classes.isUpper(v[t.span.start]) else { return false }
        if isAllCapsWord(v, t) { return true }
        let known = gaz.classes(ofToken: v, t.span)
        return (known.contains(.place) || known.contains(.capital)) && !known.contains(.firstName)
    }

    /// A lowercase Cyrillic word in the genitive of a name's complement: not a function word, not a verb.
    private func isComplementWord(_ v: [UInt32], _ t: Token) -> Bool {
        guard t.kind == .word, t.span.length >= 3, Script.of(v[t.span.start]) == .cyrillic,
              classes.of(v[t.span.start]) & CharClass.lower != 0,
              Self.institutionComplementEndings.matchesEnd(of: v, t.span, classes),
              !Self.russianVerbEndings.matchesEnd(of: v, t.span, classes) else { return false }
        return !Self.functionWords.contains(lowerHash(v, t))
    }

    /// A tagger organisation that runs on into the sentence: the lowercase words after a Russian
    /// name are its genitive complement ("Министерство обороны"), so the first lowercase content
    /// word in another case ends it ("в Госдуме проект закона" → "Госдуме").
    func cutNonGenitiveTail(_ s: Span, _ v: [UInt32], _ tokens: [Token]) -> Span {
        guard s.type == .organisation, !s.forced, s.range.count >= 2 else { return s }
        for k in (s.range.lowerBound + 1)..<s.range.upperBound {
            let t = tokens[k]
            guard t.kind == .word, Script.of(v[t.span.start]) == .cyrillic, classes.of(v[t.span.start]) & CharClass.lower != 0 else { continue }
            // Only the first lowercase word after the capitalised part is read ("Комитет по делам …" goes on).
            // After a capitalised adjective the lowercase word is the head, in any case ("Колумбийском университете").
            guard t.span.length >= 3, !Self.functionWords.contains(lowerHash(v, t)),
                  !Self.institutionComplementEndings.matchesEnd(of: v, t.span, classes),
                  !Self.russianAdjectiveEndings.matchesEnd(of: v, tokens[k - 1].span, classes) else { return s }
            var out = s
            out.range = s.range.lowerBound..<k
            out.hash = 0
            return out
        }
        return s
    }
}
