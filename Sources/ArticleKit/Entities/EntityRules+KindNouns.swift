/// Organisations named right after the common noun of their kind: "la chaîne Histoire", "the
/// airline Skyvo", "телеканал RT", "клуб «Пари Сен-Жермен»", "клубы «A», «B» и «C»". The kind
/// noun says what the name is, whatever the tagger or the place list read in it (an agency
/// "«Москва»" is not the city).
extension EntityRules {
    /// French and English kind nouns, whole words (lang/fr.txt, lang/en.txt).
    static let kindNouns = lookup(WordLists.words("organisation-kind-nouns", in: [.french, .english]).map { hashOf($0) })

    /// (first, last letter) of the French and English kind nouns, as `Gazetteer.endsKey` reads a word.
    static let kindNounEnds = endsBitmap(WordLists.words("organisation-kind-nouns", in: [.french, .english]))

    /// A bitmap of the (first, last letter) keys of `words`: most words are ruled out without a hash.
    static func endsBitmap(_ words: [String]) -> [UInt64] {
        var bits = [UInt64](repeating: 0, count: 64 * 64 / 64)
        for w in words {
            let v = w.unicodeScalars.map(\.value)
            let key = Gazetteer.endsKey(v, TextSpan(0, v.count), CharClass.table)
            bits[key >> 6] |= 1 << UInt64(key & 63)
        }
        return bits
    }

    /// Whether the word's (first, last letter) key is in `bitmap`.
    func endsIn(_ bitmap: [UInt64], _ v: [UInt32], _ t: Token) -> Bool {
        let key = Gazetteer.endsKey(v, t.span, classes)
        return bitmap[key >> 6] & (1 << UInt64(key & 63)) != 0
    }

    /// Russian kind nouns by stem (lang/ru.txt): the case endings follow.
    static let russianKindStems = RussianStems(WordLists.russian.words("organisation-kind-stems"))

    /// Letters a Russian noun ending is made of (-а, -ом, -ами, -ях…): "клубом" is a kind noun,
    /// "клубника" is not.
    static let russianEndingLetters = RussianStems.endingLetters

    /// Legal forms written before a quoted name ("ООО «…»", "la SARL « … »"; lang/fr.txt, lang/ru.txt).
    static let legalForms = lookup(WordLists.words("organisation-legal-forms", in: [.french, .russian]).map { hashOf($0) })

    /// A kind noun or legal form before a quoted name, in any case ("Завод «…»" opening a sentence).
    func isKindBeforeQuote(_ v: [UInt32], _ t: Token) -> Bool {
        guard t.kind == .word else { return false }
        if Self.legalForms.contains(lowerHash(v, t)) { return true }
        return isKindNoun(v, t, anyCase: true)
    }

    /// A lowercase kind noun (before a bare name a capitalised one is part of the name: "Banque de
    /// France"), or one abbreviated in capitals ("l'ONG X", "the NGO X").
    func isKindNoun(_ v: [UInt32], _ t: Token, anyCase: Bool = false) -> Bool {
        guard t.kind == .word, t.span.length >= 3,
              anyCase || classes.of(v[t.span.start]) & CharClass.lower != 0 || isAllCapsWord(v, t) else { return false }
        if Script.of(v[t.span.start]) != .cyrillic {
            // Most words before a capital are not kind nouns: a (first, last letter) bitmap spares the hash.
            guard endsIn(Self.kindNounEnds, v, t) else { return false }
            return Self.kindNouns.contains(lowerHash(v, t))
        }
        return Self.russianKindStems.matches(v, t.span, classes)
    }

    /// The name in quotes opening at token `open` (a quote mark): up to the next quote mark, at
    /// most 8 tokens, opening with a capital; nil otherwise.
    func quotedName(at open: Int, _ v: [UInt32], _ tokens: [Token], limit: Int) -> Range<Int>? {
        guard open + 1 < limit, tokens[open].kind == .quote, hasCapital(v, tokens[open + 1]) else { return nil }
        var k = open + 1
        while k < limit, k <= open + 8 {
            if tokens[k].kind == .quote { return k > open + 1 ? (open + 1)..<k : nil }
            k += 1
        }
        return nil
    }

    /// A Russian surname in the genitive or dative ("группировка Лебедева": the group of a person),
    /// from the surname endings of lang/ru.txt.
    static let russianObliqueSurname = WordEndings(WordLists.russian.words("surname-endings-masculine").flatMap { [$0 + "а", $0 + "у"] }
        + WordLists.russian.words("surname-endings-feminine"))

    /// Whether the word is a known first name that names no place or organisation.
    func isPlainFirstName(_ v: [UInt32], _ t: Token) -> Bool {
        let known = gaz.classes(ofToken: v, t.span)
        return known.contains(.firstName) && !known.contains(.place) && !known.contains(.organisation)
    }

    /// The unquoted name starting at `i`: capitalised words (numbers after the first, "France 5")
    /// in the script of the first, at most 4 ("телеканала Bravo Энди Коэн": the name is "Bravo").
    /// Nil when it opens with a first name: a person after a genitive kind noun ("le directeur
    /// de la chaîne, Jeanne Morel"; "редактор канала Анна Петрова") is not the organisation.
    func bareName(at i: Int, _ v: [UInt32], _ tokens: [Token], limit: Int) -> Range<Int>? {
        guard tokens[i].span.length >= 2, !isPlainFirstName(v, tokens[i]), !Self.russianObliqueSurname.matchesEnd(of: v, tokens[i].span, classes) else { return nil }
        let script = Script.of(v[tokens[i].span.start])
        var e = i + 1
        while e < limit, e < i + 4 {
            let t = tokens[e]
            if t.kind == .number { e += 1; continue }
            guard t.kind == .word, classes.isUpper(v[t.span.start]), Script.of(v[t.span.start]) == script,
                  !isPlainFirstName(v, t) else { break }
            e += 1
        }
        // One word that is a country or a capital is the noun's complement, not its name ("организация
        // Мали", "правительство Чехии"); "France 2", "France Info" go on past the place.
        if e == i + 1 {
            let known = gaz.classes(ofToken: v, tokens[i].span)
            if known.contains(.capital), !known.contains(.organisation) { return nil }
        }
        return i..<e
    }

    /// Organisation spans named after a kind noun, sorted and disjoint.
    func kindNounOrganisations(_ v: [UInt32], _ analysis: Analysis, _ capitals: CapitalIndex) -> [Span] {
        let tokens = analysis.tokens
        var found: [Span] = []
        capitals.forEach(in: analysis.sentences, skippingFirst: 1) { j, s in
            guard tokens[j].kind == .word, classes.isUpper(v[tokens[j].span.start]),
                  found.last.map({ $0.range.upperBound <= j }) ?? true else { return }
            var range: Range<Int>? = nil
            if isKindNoun(v, tokens[j - 1]) {
                range = bareName(at: j, v, tokens, limit: s.tokens.upperBound)
            } else if j - 2 >= s.tokens.lowerBound, tokens[j - 1].kind == .quote, isKindBeforeQuote(v, tokens[j - 2]) {
                range = quotedName(at: j - 1, v, tokens, limit: s.tokens.upperBound)
            }
            guard var r = range else { return }
            found.append(Span(range: r, type: .organisation, forced: true))
            // A list of quoted names after one kind noun: "клубы «A», «B» и «C»".
            guard tokens[r.lowerBound - 1].kind == .quote else { return }
            while r.upperBound + 2 < s.tokens.upperBound {
                let sep = tokens[r.upperBound + 1]
                guard (sep.kind == .punctuation && v[sep.span.start] == 0x2C) || Self.listAnd.contains(lowerHash(v, sep)),
                      let next = quotedName(at: r.upperBound + 2, v, tokens, limit: s.tokens.upperBound) else { break }
                found.append(Span(range: next, type: .organisation, forced: true))
                r = next
            }
        }
        guard !found.isEmpty else { return found }
        return found + laterMentions(of: found, v, analysis, capitals)
    }

    /// The other mentions of the names found after a kind noun, word for word and capitalised the
    /// same way: one name, one type in the text ("le club Norvalia … Norvalia a gagné"; "клуб
    /// «Зарница» … в «Зарнице»" is another form and is left to the tagger). Sorted.
    func laterMentions(of names: [Span], _ v: [UInt32], _ analysis: Analysis, _ capitals: CapitalIndex) -> [Span] {
        let tokens = analysis.tokens
        var known = HashTable<Bool>(capacity: 2 * names.count, empty: false)
        var lengths = 0   // bit n: a name of n tokens
        for n in names where n.range.count <= 4 {
            known.set(exactHash(v, tokens, n.range), true)
            lengths |= 1 << n.range.count
        }
        var covered = coverage(of: names, tokenCount: tokens.count)
        var more: [Span] = []
        var s = 0
        for j in capitals.positions where !covered[j] && tokens[j].kind == .word && classes.isUpper(v[tokens[j].span.start]) {
            while s < analysis.sentences.count, analysis.sentences[s].tokens.upperBound <= j { s += 1 }
            guard s < analysis.sentences.count else { break }
            let limit = analysis.sentences[s].tokens.upperBound
            for n in stride(from: 4, through: 1, by: -1) where lengths & (1 << n) != 0 && j + n <= limit {
                let r = j..<(j + n)
                // Whole names only: not the start of a longer capitalised run.
                if j + n < limit, tokens[j + n].kind == .word, classes.isUpper(v[tokens[j + n].span.start]) { continue }
                guard r.allSatisfy({ !covered[$0] }), known.contains(exactHash(v, tokens, r)) else { continue }
                more.append(Span(range: r, type: .organisation, forced: true))
                for k in r { covered[k] = true }
                break
            }
        }
        return more
    }

    /// A hash of the tokens' scalars as written (case kept: "Bravo" the channel, not "bravo").
    func exactHash(_ v: [UInt32], _ tokens: [Token], _ r: Range<Int>) -> UInt64 {
        var h = Gazetteer.seed
        for k in r {
            for i in tokens[k].span.start..<tokens[k].span.end { h = (h ^ UInt64(v[i])) &* 0x100000001b3 }
            h = (h ^ 0x20) &* 0x100000001b3
        }
        return h
    }

    /// "and" in the three languages, joining the quoted names of a list.
    static let listAnd = lookup(["and", "et", "и"].map { hashOf($0) })

    /// The gazetteer's organisations and the kind-noun ones as one sorted, disjoint list (the
    /// gazetteer's win an overlap).
    func mergeForced(_ gazetteer: [Span], _ kind: [Span]) -> [Span] {
        guard !kind.isEmpty else { return gazetteer }
        var all = gazetteer
        let sortedKind = kind.sorted { $0.range.lowerBound < $1.range.lowerBound }
        var g = 0   // both sorted by start: one walk
        for k in sortedKind {
            while g < gazetteer.count, gazetteer[g].range.upperBound <= k.range.lowerBound { g += 1 }
            if g < gazetteer.count, gazetteer[g].range.overlaps(k.range) { continue }
            all.append(k)
        }
        all.sort { $0.range.lowerBound < $1.range.lowerBound }
        return all
    }
}
