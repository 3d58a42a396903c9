/// Russian institutions named by a capitalised head noun and its lowercase genitive complement:
/// "Фонд государственного имущества", "Федерации независимых профсоюзов России", "Альянс
/// надежды". The tagger reads the capitalised head alone, often as a person after a role noun
/// ("Председатель Федерации …"); the head and its complement make the name.
extension EntityRules {
    static let institutionHeadStems: [[UInt32]] = WordLists.russian.words("institution-head-stems").map { $0.unicodeScalars.map(\.value) }
    static let institutionComplementEndings = WordEndings(WordLists.russian.words("institution-complement-endings"))
    /// Verb forms end a name's complement ("Компания заявила"): the statement lexicon's endings.
    static let russianVerbEndings = WordEndings(CueLexicon.forLanguage("ru").verbEndings.filter { $0.unicodeScalars.count <= WordEndings.maxLength })

    func russianInstitutions(_ v: [UInt32], _ analysis: Analysis, _ capitals: CapitalIndex) -> [Span] {
        let tokens = analysis.tokens
        var found: [Span] = []
        var s = 0
        for j in capitals.positions where found.last.map({ $0.range.upperBound <= j }) ?? true {
            let t = tokens[j]
            guard t.kind == .word, t.span.length >= 4, Script.of(v[t.span.start]) == .cyrillic,
                  !classes.isUpper(v[t.span.start + 1]), hasRussianStem(v, t, among: Self.institutionHeadStems) else { continue }
            while s < analysis.sentences.count, analysis.sentences[s].tokens.upperBound <= j { s += 1 }
            guard s < analysis.sentences.count else { break }
            let limit = analysis.sentences[s].tokens.upperBound
            var end = j + 1
            while end < limit, end < j + 5, isComplementWord(v, tokens[end]) { end += 1 }
            let modifiers = end - j - 1
            guard modifiers >= 1 else { continue }
            // A place or an acronym closing the name ("… России", "… РАН"), not a person after it.
            var closing = 0
            while closing < 2, end < limit, tokens[end].kind == .word, tokens[end - 1].span.end + 1 == tokens[end].span.start,
                  Script.of(v[tokens[end].span.start]) == .cyrillic, classes.isUpper(v[tokens[end].span.start]),
                  !isPlainFirstName(v, tokens[end]) { end += 1; closing += 1 }
            // A sentence's first word is capitalised anyway: it needs more than one complement word.
            if j == analysis.sentences[s].tokens.lowerBound, modifiers + closing < 2 { continue }
            found.append(Span(range: j..<end, type: .organisation, forced: true))
        }
        return found
    }

    /// A lowercase Cyrillic word in the genitive of a name's complement: not a function word, not a verb.
    private func isComplementWord(_ v: [UInt32], _ t: Token) -> Bool {
        guard t.kind == .word, t.span.length >= 3, Script.of(v[t.span.start]) == .cyrillic,
              classes.of(v[t.span.start]) & CharClass.lower != 0,
              Self.institutionComplementEndings.matchesEnd(of: v, t.span, classes),
              !Self.russianVerbEndings.matchesEnd(of: v, t.span, classes) else { return false }
        return !Self.functionWords.contains(lowerHash(v, t))
    }
}
