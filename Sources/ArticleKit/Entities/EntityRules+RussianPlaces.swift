/// Russian place names that end in a lowercase generic noun ("Курской области").
extension EntityRules {
    /// Lowercase generic place nouns that end a Russian place name after a capitalised adjective
    /// (capitalised adjective + "области", "край", "рифа"…), by stem.
    static let russianPlaceNouns: [[UInt32]] = WordLists.russian.words("place-noun-stems").map { $0.unicodeScalars.map(\.value) }

    static let russianAdjectiveEndings = WordEndings(WordLists.russian.words("adjective-endings"))

    func isRussianPlaceNoun(_ v: [UInt32], _ t: Token) -> Bool {
        guard isLowercaseWord(v, t), Script.of(v[t.span.start]) == .cyrillic else { return false }
        for stem in Self.russianPlaceNouns where stem.count <= t.span.length && t.span.length <= stem.count + 3 {
            var ok = true
            for (k, c) in stem.enumerated() where v[t.span.start + k] != c { ok = false; break }
            if ok { return true }
        }
        return false
    }

    func isRussianAdjective(_ v: [UInt32], _ t: Token) -> Bool {
        guard t.kind == .word, t.span.length >= 5, classes.isUpper(v[t.span.start]), Script.of(v[t.span.start]) == .cyrillic else { return false }
        return Self.russianAdjectiveEndings.matchesEnd(of: v, t.span, classes)
    }

    /// For each token, whether one of `spans` covers it.
    func coverage(of spans: [Span], tokenCount: Int) -> [Bool] {
        var covered = [Bool](repeating: false, count: tokenCount)
        for s in spans { for j in s.range { covered[j] = true } }
        return covered
    }

    /// A capitalised Russian adjective (tagged or not) followed by a generic place noun is a place.
    func extendRussianPlaces(_ spans: [Span], _ v: [UInt32], _ analysis: Analysis, _ capitals: CapitalIndex) -> [Span] {
        let tokens = analysis.tokens
        var result: [Span] = []
        result.reserveCapacity(spans.count + 4)
        let covered = coverage(of: spans, tokenCount: tokens.count)
        var added: [Span] = []
        // The adjective is capitalised: only capitals are tried, each with a word after it in its sentence.
        capitals.forEach(in: analysis.sentences) { i, s in
            guard i + 1 < s.tokens.upperBound, !covered[i], !covered[i + 1] else { return }
            // Cheap tests first: a capitalised word of 5+ letters before a lowercase one.
            let t = tokens[i], n = tokens[i + 1]
            guard t.span.length >= 5, n.span.length >= 3, classes.isUpper(v[t.span.start]),
                  classes.of(v[n.span.start]) & CharClass.lower != 0 else { return }
            if isRussianAdjective(v, t), isRussianPlaceNoun(v, n) {
                added.append(Span(range: i..<(i + 2), type: .location))
            }
        }
        for var s in spans {
            let e = s.range.upperBound
            if !s.forced, e < tokens.count, !covered[e], isRussianPlaceNoun(v, tokens[e]), isRussianAdjective(v, tokens[e - 1]) {
                s.range = s.range.lowerBound..<(e + 1)
                s.type = .location
            }
            result.append(s)
        }
        guard !added.isEmpty else { return result }
        result += added
        result.sort { $0.range.lowerBound < $1.range.lowerBound }
        return result
    }
}
