/// Streets, squares and roads named after people or places: "rue Victor Hugo", "улица Жукова",
/// "Martin Luther King Avenue" are places, whatever the name inside reads as. The thoroughfare
/// nouns are per language in Resources/lang (`street-nouns-before`, `street-nouns-after`).
/// French and English spans take the noun in ("rue de Lille", "Canyon Road", as the French
/// and English corpora annotate them); Russian ones the name alone ("на улице Лётчиков").
extension EntityRules {
    static let streetNounsBefore: [Language: HashTable<Bool>] = [
        .french: lookup(WordLists.french.words("street-nouns-before").map { hashOf($0) }),
        .russian: lookup(WordLists.russian.words("street-nouns-before").map { hashOf($0) }),
    ]
    static let streetNounsAfter: [Language: HashTable<Bool>] = [
        .english: lookup(WordLists.english.words("street-nouns-after").map { hashOf($0) }),
    ]
    static let streetNameParticles = lookup(WordLists.french.words("street-name-particles").map { hashOf($0) })
    /// Most capitalised words of a street's name.
    static let streetNameWords = 4

    /// `spans` with the street names of the text as places; a name inside a longer span ("Wall
    /// Street Journal") is left to it.
    func streetNames(_ spans: [Span], _ v: [UInt32], _ analysis: Analysis, _ capitals: CapitalIndex, language: Language) -> [Span] {
        let before = Self.streetNounsBefore[language], after = Self.streetNounsAfter[language]
        guard before != nil || after != nil else { return spans }
        let tokens = analysis.tokens
        var found: [Span] = []
        var streets: [Range<Int>] = []   // each street with its noun, for the overlap test
        var last = -1   // end of the last street found: its words are not tried again
        var sentence = 0
        for j in capitals.positions where j >= last && tokens[j].kind == .word {
            while sentence < analysis.sentences.count, analysis.sentences[sentence].tokens.upperBound <= j { sentence += 1 }
            let start = sentence < analysis.sentences.count ? analysis.sentences[sentence].tokens.lowerBound : 0
            if let before, let (noun, street) = streetAfterNoun(at: j, before, v, tokens, from: start, keepsNoun: language == .french) {
                found.append(street)
                streets.append(noun..<street.range.upperBound)
                last = street.range.upperBound
            } else if let after, after.get(lowerHash(v, tokens[j])) == true, let street = streetBeforeNoun(at: j, v, tokens, sentenceStart: start) {
                found.append(street)
                streets.append(street.range)
                last = street.range.upperBound
            }
        }
        guard !found.isEmpty else { return spans }
        // A street replaces the spans inside it; one reaching past it keeps its reading.
        // ("Улица Лорвиль" read as a person is replaced by the place "Лорвиль".) Streets and
        // spans are both in text order: one walk over the spans, whatever the number of streets.
        let sorted = spans.sorted { $0.range.lowerBound < $1.range.lowerBound }
        var dropped = [Bool](repeating: false, count: sorted.count)
        var result: [Span] = []
        result.reserveCapacity(sorted.count + found.count)
        var first = 0
        for (k, street) in streets.enumerated() {
            while first < sorted.count, sorted[first].range.upperBound <= street.lowerBound { first += 1 }
            var inside: [Int] = []
            var crossed = false
            var j = first
            while j < sorted.count, sorted[j].range.lowerBound < street.upperBound {
                if sorted[j].range.overlaps(street) {
                    if street.contains(sorted[j].range) { inside.append(j) } else { crossed = true }
                }
                j += 1
            }
            guard !crossed else { continue }
            for j in inside { dropped[j] = true }
            result.append(found[k])
        }
        for (j, s) in sorted.enumerated() where !dropped[j] { result.append(s) }
        result.sort { $0.range.lowerBound < $1.range.lowerBound }
        return result
    }

    /// The name after a thoroughfare noun (and its period, "ул.", or a particle, "rue de la
    /// Paix") whose first capitalised word is token `j`, the noun in the same sentence (from
    /// token `from`: "dans la rue. Trois" is none).
    private func streetAfterNoun(at j: Int, _ nouns: HashTable<Bool>, _ v: [UInt32], _ tokens: [Token], from: Int, keepsNoun: Bool) -> (noun: Int, street: Span)? {
        var n = j - 1
        while n >= 0, n >= j - 3, tokens[n].kind == .word, isLowercaseWord(v, tokens[n]), Self.streetNameParticles.get(lowerHash(v, tokens[n])) == true { n -= 1 }
        while n >= 0, tokens[n].kind != .word, n >= j - 4, tokens[n].span.length == 1, v[tokens[n].span.start] == 0x2E || v[tokens[n].span.start] == 0x27 || v[tokens[n].span.start] == 0x2019 { n -= 1 }
        guard n >= from, tokens[n].kind == .word, nouns.get(lowerHash(v, tokens[n])) == true else { return nil }
        let end = nameEnd(from: j, v, tokens)
        return (n, Span(range: (keepsNoun ? n : j)..<end, type: .location))
    }

    /// The capitalised name before a thoroughfare noun at `k` ("Baker Street"), the noun included.
    private func streetBeforeNoun(at k: Int, _ v: [UInt32], _ tokens: [Token], sentenceStart: Int) -> Span? {
        guard k > 0, classes.isUpper(v[tokens[k].span.start]) else { return nil }
        var start = k
        while start > 0, k - start < Self.streetNameWords, tokens[start - 1].kind == .word, classes.isUpper(v[tokens[start - 1].span.start]) {
            start -= 1
        }
        // A sentence's first word is capitalised anyway ("The", "On").
        if start < k, start == sentenceStart, Self.englishFunctionWords.get(lowerHash(v, tokens[start])) == true {
            start += 1
        }
        return start < k ? Span(range: start..<(k + 1), type: .location) : nil
    }

    static let englishFunctionWords = lookup(WordLists.english.words("function-words").map { hashOf($0) })

    /// The end of a capitalised name starting at `j`: capitalised words, hyphens between them.
    private func nameEnd(from j: Int, _ v: [UInt32], _ tokens: [Token]) -> Int {
        var end = j + 1
        while end < tokens.count, end - j < Self.streetNameWords * 2 {
            let t = tokens[end]
            if t.kind == .word, classes.isUpper(v[t.span.start]) { end += 1; continue }
            // "Saint-Michel" may come as three tokens.
            if t.kind != .word, t.span.length == 1, v[t.span.start] == 0x2D, end + 1 < tokens.count, tokens[end + 1].kind == .word,
               classes.isUpper(v[tokens[end + 1].span.start]), t.span.start == tokens[end - 1].span.end { end += 2; continue }
            break
        }
        return end
    }
}
