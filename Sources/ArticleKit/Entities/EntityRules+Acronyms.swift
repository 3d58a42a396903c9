import Foundation

/// Acronyms: an all-caps word the tagger left out is most often an organisation in news, and one
/// defined in the text by the words before it in parentheses takes their reading.
extension EntityRules {
    /// Common-noun abbreviations ("PIB", "ONG", "СМИ") and Roman numerals, per language.
    static let notAcronyms = lookup(WordLists.words("not-acronyms", in: [.anyLanguage, .french, .english, .russian]).map { hashOf($0) })

    /// Letters only, all uppercase, 2–6 of them.
    @inline(__always) func isAllCapsWord(_ v: [UInt32], _ t: Token) -> Bool {
        guard t.kind == .word, t.span.length >= 2, t.span.length <= 6 else { return false }
        for k in t.span.start..<t.span.end where !classes.isUpper(v[k]) { return false }
        return true
    }

    /// Function words of the three languages (UD-derived lists in lexicon/, and the language-identification
    /// lists in lang/): a shouted "NEVER" or "APRÈS" is not an acronym.
    static let functionWords: HashTable<Bool> = {
        var words = WordLists.words("function-words", in: [.french, .english])
        for language in Language.withResources { words += CueLexicon.functionWordList(language) }
        return lookup(words.map { hashOf($0.lowercased()) })
    }()

    /// Hashes of the all-caps words of 2 or 5–6 letters met at least twice in the text (nil: none).
    /// Those lengths hold more noise (OCR debris, shouted words), so they need the text's own
    /// evidence. Most texts have no such word: no table is built for them.
    func recurringLongOrShortCaps(_ v: [UInt32], _ tokens: [Token], _ capitals: CapitalIndex) -> HashTable<Bool>? {
        var hashes: [UInt64] = []
        for i in capitals.positions {
            let length = tokens[i].span.length
            guard length == 2 || (length >= 5 && length <= 6), isAllCapsWord(v, tokens[i]) else { continue }
            hashes.append(lowerHash(v, tokens[i]))
        }
        guard hashes.count >= 2 else { return nil }
        var seen = HashTable<Bool>(capacity: hashes.count, empty: false)
        var twice = HashTable<Bool>(capacity: hashes.count, empty: false)
        for h in hashes { if seen.contains(h) { twice.set(h, true) } else { seen.set(h, true) } }
        return twice
    }

    /// An ALL-CAPS word of 3–4 letters the tagger left out ("CGT", "ТАСС"), or of 2 or 5–6 letters
    /// met twice ("ИГ", "SYRIZA") is, in news, most often an organisation; not in a shouted
    /// headline, not a known place, abbreviation, function word or Roman numeral.
    func isAcronym(_ v: [UInt32], _ t: Token, _ tokens: [Token], _ i: Int, _ lowercaseSeen: HashTable<Bool>,
                   recurring: HashTable<Bool>?, hash h: UInt64) -> Bool {
        guard isAllCapsWord(v, t) else { return false }
        if t.span.length == 2 || t.span.length >= 5, !(recurring?.contains(h) ?? false) { return false }
        if Self.notAcronyms.contains(h) || lowercaseSeen.contains(h) || Self.functionWords.contains(h) { return false }
        let known = gaz.classes(ofToken: v, t.span, hash: h)
        if known.contains(.place) || known.contains(.demonym) || known.contains(.title) { return false }
        // Headline check: the neighbours are not all-caps words too.
        for j in stride(from: i - 1, through: i + 1, by: 2) where j >= 0 && j < tokens.count && tokens[j].kind == .word && tokens[j].span.length > 1 {
            var upper = true
            for k in tokens[j].span.start..<tokens[j].span.end where !classes.isUpper(v[k]) { upper = false; break }
            if upper { return false }
        }
        return true
    }

    @inline(__always) func isScalar(_ v: [UInt32], _ t: Token, _ c: UInt32) -> Bool {
        t.span.length == 1 && v[t.span.start] == c
    }

    /// What the parentheses around the acronym at `i` say it is: the type of the organisation or
    /// place ending right before "(" ("Parti socialiste (PS)"); `.some(nil)` when the lowercase words
    /// before spell it by their initials (a common noun: "produit intérieur brut (PIB)"); nil when
    /// nothing is defined.
    func acronymDefinition(_ i: Int, _ v: [UInt32], _ tokens: [Token], spanEndingAt: [Int: EntityType]) -> EntityType?? {
        guard i >= 2, i + 1 < tokens.count, isScalar(v, tokens[i - 1], 0x28), isScalar(v, tokens[i + 1], 0x29) else { return nil }
        if let type = spanEndingAt[i - 1] { return type == .organisation || type == .location ? .some(type) : nil }
        // Initials, last letter first, skipping connectors ("de", "of") and elisions.
        let letters = tokens[i].span
        var n = letters.end - 1, k = i - 2
        while n >= letters.start, k >= 0 {
            let t = tokens[k]
            guard isLowercaseWord(v, t) else { return nil }
            k -= 1
            if Self.connectors.contains(lowerHash(v, t)) || Self.frenchArticles.contains(lowerHash(v, t)) || v[t.span.end - 1] == 0x27 { continue }
            guard classes.lower(v[t.span.start]) == classes.lower(v[n]) else { return nil }
            n -= 1
        }
        return n < letters.start ? .some(nil) : nil
    }

    /// An organisation spelled out before its acronym keeps its lowercase last words: "Coalition de
    /// la gauche radicale (SYRIZA)", "Всемирного боксерского совета (WBC)". From "(" back over at
    /// most 5 lowercase words to a capitalised word inside the sentence (not its first word) that
    /// is an organisation or no entity yet, and no known place or first name; that span grows to "(".
    func growExpansion(before i: Int, _ spans: inout [Span], _ v: [UInt32], _ tokens: [Token], _ sentences: [Sentence]) {
        let end = i - 1   // the "("
        guard end >= 2, isLowercaseWord(v, tokens[end - 1]) else { return }
        var k = end - 1
        while k > end - 7, k > 0, isLowercaseWord(v, tokens[k]) || v[tokens[k].span.end - 1] == 0x27 { k -= 1 }
        let t = tokens[k]
        guard k > end - 7, t.kind == .word, classes.isUpper(v[t.span.start]), sameSentence(k - 1, end, sentences) else { return }
        if let s = spans.firstIndex(where: { $0.range.contains(k) }) {
            guard spans[s].type == .organisation, spans[s].range.upperBound <= end else { return }
            spans[s].range = spans[s].range.lowerBound..<end
            spans[s].hash = 0
            return
        }
        let known = gaz.classes(ofToken: v, t.span)
        guard known.isDisjoint(with: Self.notOnlyOrganisation) else { return }
        spans.append(Span(range: k..<end, type: .organisation))
    }

    /// Applies the parenthesised definitions to every mention of each defined acronym: retypes or
    /// drops single-token spans, and adds spans for uncovered mentions the acronym test refused
    /// ("PS" is also an abbreviation). Returns the uncovered words left.
    func applyAcronymDefinitions(_ spans: inout [Span], _ uncovered: [(index: Int, hash: UInt64)], _ v: [UInt32],
                                 _ tokens: [Token], _ sentences: [Sentence], _ capitals: CapitalIndex) -> [(index: Int, hash: UInt64)] {
        // Parentheses are rare: find a defined acronym before building any table.
        var candidates: [Int] = []
        for i in capitals.positions where i >= 2 && i + 1 < tokens.count && isScalar(v, tokens[i - 1], 0x28)
            && isScalar(v, tokens[i + 1], 0x29) && isAllCapsWord(v, tokens[i]) { candidates.append(i) }
        guard !candidates.isEmpty else { return uncovered }
        let before = spans.count
        for i in candidates { growExpansion(before: i, &spans, v, tokens, sentences) }
        // A word a new expansion took is no longer uncovered.
        var uncovered = uncovered
        for s in spans[before...] { uncovered.removeAll { s.range.contains($0.index) } }
        var spanEndingAt: [Int: EntityType] = [:]
        for s in spans { spanEndingAt[s.range.upperBound] = s.type }
        var defined: [UInt64: EntityType?] = [:]
        for i in candidates {
            let h = lowerHash(v, tokens[i])
            if defined[h] != nil { continue }   // the first definition holds
            if let d = acronymDefinition(i, v, tokens, spanEndingAt: spanEndingAt) { defined[h] = d }
        }
        guard !defined.isEmpty else { return uncovered }
        var kept = 0
        for k in spans.indices {
            var s = spans[k]
            if !s.forced, s.range.count == 1, isAllCapsWord(v, tokens[s.range.lowerBound]),
               let d = defined[s.hash != 0 ? s.hash : lowerHash(v, tokens[s.range.lowerBound])] {
                guard let type = d else { continue }   // a common noun: no entity
                s.type = type
            }
            spans[kept] = s
            kept += 1
        }
        spans.removeLast(spans.count - kept)
        var rest: [(index: Int, hash: UInt64)] = []
        for u in uncovered {
            if let d = defined[u.hash], let type = d, isAllCapsWord(v, tokens[u.index]) {
                spans.append(Span(range: u.index..<(u.index + 1), type: type, hash: u.hash))
            } else {
                rest.append(u)
            }
        }
        return rest
    }
}
