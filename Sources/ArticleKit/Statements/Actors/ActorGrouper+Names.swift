/// The name of each entity as the grouper compares it: its words (without titles, with a
/// Russian name's loose words), and whether a short name is part of, or an acronym of, a long one.
extension ActorGrouper {
    func inParentheses(_ doc: StatementDocument, _ e: Int) -> Bool {
        let r = doc.entityTokens[e]
        return r.lowerBound > 0 && doc.isPunct(r.lowerBound - 1, .openParenthesis)
    }

    /// One word of a name: its key and where it is, for prefix comparisons without Strings.
    struct NameWord {
        var key: CueWordKey
        var start: Int
        var length: Int
        var cyrillic: Bool
    }

    /// The name words of every entity, in one array: `names[e]` is a slice of it.
    struct NameTable {
        private let words: [NameWord]
        private let bounds: [Int]

        init(words: [NameWord], bounds: [Int]) {
            self.words = words
            self.bounds = bounds
        }

        /// Number of words of all the names.
        var count: Int { words.count }

        subscript(e: Int) -> ArraySlice<NameWord> { words[bounds[e]..<bounds[e + 1]] }

        /// `self[e].count` without a slice (which retains and releases the words).
        func wordCount(_ e: Int) -> Int { bounds[e + 1] - bounds[e] }
    }

    /// The words of each person's and organisation's name, without punctuation ("A. Dupont" → a,
    /// dupont); none for the other entities, which are never actors.
    /// Whether a word (lowercase scalar values) is a first name of the gazetteers as it is (not
    /// by its stem).
    static func isFirstName(_ word: [UInt32]) -> Bool {
        Gazetteer.shared.classes(ofWord: word).contains(.firstName)
    }

    /// A first name of a person already recognised: the gazetteer leaves out names that are also
    /// common words ("Яков" is also the genitive plural of "як"), the gender list keeps them.
    static func isDeclinedFirstName(_ word: [UInt32]) -> Bool {
        if isFirstName(word) { return true }
        var name = String.UnicodeScalarView()
        for v in word { if let s = Unicode.Scalar(v) { name.append(s) } }
        return FirstNameGenders.russian.gender(of: String(name)) != .unknown
    }

    func nameTable(_ doc: StatementDocument) -> NameTable {
        var words: [NameWord] = []
        words.reserveCapacity(doc.entities.count * 2)   // about two words a name
        var bounds: [Int] = []
        bounds.reserveCapacity(doc.entities.count + 1)
        bounds.append(0)
        for e in doc.entities.indices {
            if doc.entities[e].type == .person || doc.entities[e].type == .organisation {
                let nameEnd = doc.entities[e].span.end
                for t in nameTokens(doc, e) where doc.tokens[t].isWord {
                    let token = doc.tokens[t]
                    let first = doc.scalars[token.start].value
                    // "Obama's", "DAB’s": the last word runs on past the name over a possessive;
                    // the name word is the part inside the entity, or "Obama's" is not "Obama".
                    // (Words wholly past the entity, where `nameTokens` extends an organisation's
                    // name, stay whole.)
                    let end = token.start < nameEnd && token.end > nameEnd ? nameEnd : token.end
                    let key = end < token.end ? CueWordKey(doc.scalars, token.start..<end) : token.key
                    words.append(NameWord(key: key, start: token.start, length: end - token.start, cyrillic: first >= 0x400 && first <= 0x4FF))
                }
            }
            bounds.append(words.count)
        }
        return NameTable(words: words, bounds: bounds)
    }

    /// The tokens of an entity's name without leading determiners, titles and role nouns
    /// ("le ministère" → ministère, "ministre Anne Dupont" → Anne Dupont, "Mr Smith" → Smith),
    /// should the recogniser include them.
    func nameTokens(_ doc: StatementDocument, _ e: Int) -> Range<Int> {
        let range = doc.entityTokens[e]
        var lower = range.lowerBound
        while lower < range.upperBound - 1 {
            let token = doc.tokens[lower]
            let strip = doc.isDeterminer(lower) || !token.isWord
                || (doc.entities[e].type == .person && (doc.lexicon.isRole(token.key) || (token.isWord && !token.capitalized)))
            if !strip { break }
            lower += 1
        }
        // Quotation marks or punctuation the recogniser may include at the end.
        var upper = range.upperBound
        while upper > lower + 1, doc.tokens[upper - 1].kind == .quote || doc.isPunct(upper - 1, .commaColonSemicolon) { upper -= 1 }
        // "Association des …" + "du <pays>": an organisation's name goes on over a
        // genitive and the place the recogniser tagged apart.
        if doc.entities[e].type == .organisation, upper == range.upperBound, doc.has(upper, .genitive) {
            var u = upper + 1
            while u < doc.tokens.count, doc.isDeterminer(u) || doc.isPunct(u, .apostrophes) { u += 1 }
            if u < doc.tokens.count, doc.entityAt[u] >= 0, doc.entityTokens[doc.entityAt[u]].lowerBound == u,
               doc.entities[doc.entityAt[u]].type == .location {
                return lower..<doc.entityTokens[doc.entityAt[u]].upperBound
            }
        }
        guard doc.lexicon.language == .russian, doc.entities[e].type == .person || doc.entities[e].type == .organisation else { return lower..<upper }
        // The word tokens: how many, and the first two (no array: this runs for every name).
        var wordCount = 0, firstWord = -1, secondWord = -1
        for t in lower..<upper where doc.tokens[t].isWord {
            if wordCount == 0 { firstWord = t } else if wordCount == 1 { secondWord = t }
            wordCount += 1
        }
        // A surname whose first name the recogniser left out (a foreign first name, or an English word): one
        // capitalised word before it, with no meaning in the lexicon, not opening the sentence.
        if wordCount == 1, lower == range.lowerBound, lower > 0, isLooseNameWord(doc, lower - 1),
           doc.sentenceStart(lower - 1) != lower - 1, !isLooseNameWord(doc, lower - 2) {
            return (lower - 1)..<upper
        }
        // "Представитель <ведомства> Иван Петров": the complement of the role before the
        // name (an institution in the genitive) is not part of it. A patronymic second word
        // ("Игорь Евгеньевич Конашенков") keeps the three words together.
        // Evaluated only when the other conditions hold (it builds a String).
        func genitiveShape() -> Bool {
            let first = wordCount == 0 ? "" : doc.text(doc.tokens[firstWord].span)
            return Self.hasGenitiveEnding(first) && lower > 0 && doc.isWord(lower - 1) && !doc.tokens[lower - 1].capitalized
        }
        if doc.entities[e].type == .person, wordCount == 3, firstWord == lower, lower > 0, doc.has(lower - 1, .roleNoun) || genitiveShape() {
            let second = doc.text(doc.tokens[secondWord].span)
            let patronymic = Self.patronymicEndings.contains { Self.hasSuffix(second, $0) }
            // The institution is in the genitive or an acronym ("Минобороны", "МИД"); "директор
            // Марк Питер Хэйл" opens with a first name.
            let first = doc.text(doc.tokens[firstWord].span)
            let institutional = Self.hasGenitiveEnding(first) || first.unicodeScalars.allSatisfy { !$0.properties.isLowercase }
            let firstName = Self.isFirstName(first.lowercased().unicodeScalars.map(\.value))
            if !patronymic, institutional, !firstName { return secondWord..<upper }
        }
        return lower..<upper
    }

    /// An ending of a Russian noun's genitive singular ("Минобороны", "Минтранса").
    static func hasGenitiveEnding(_ word: String) -> Bool {
        ["а", "я", "ы", "и"].contains { hasSuffix(word, $0) }
    }

    /// A capitalised word the lexicon does not know and no entity covers: part of a name the
    /// recogniser cut short.
    func isLooseNameWord(_ doc: StatementDocument, _ t: Int) -> Bool {
        guard t >= 0, t < doc.tokens.count else { return false }
        let token = doc.tokens[t]
        return token.kind == .word && token.capitalized && token.flags.isEmpty && doc.entityAt[t] < 0 && token.end - token.start >= 2
    }

    /// The entity's name as written, without what `nameTokens` strips.
    func nameText(_ doc: StatementDocument, _ e: Int) -> String {
        let range = nameTokens(doc, e)
        guard !range.isEmpty, range != doc.entityTokens[e] else { return doc.entities[e].text }
        let end = range.upperBound == doc.entityTokens[e].upperBound ? doc.entities[e].span.end : doc.tokens[range.upperBound - 1].end
        return doc.text(TextSpan(doc.tokens[range.lowerBound].start, end))
    }

    /// Whether `short` matches `long` word by word in order ("Dupont" in "Anne Dupont",
    /// "A. Dupont" in "Anne Dupont", "Петрова" in "Иван Петров").
    func isPart(_ short: ArraySlice<NameWord>, of long: ArraySlice<NameWord>, _ doc: StatementDocument) -> Bool {
        guard short.count <= long.count, !short.isEmpty else { return false }
        var j = long.startIndex
        for word in short {
            while j < long.endIndex, !same(word, long[j], doc) { j += 1 }
            if j == long.endIndex { return false }
            j += 1
        }
        return true
    }

    /// Same name word: equal, an initial of it, or (Cyrillic) the same word in another case.
    func same(_ a: NameWord, _ b: NameWord, _ doc: StatementDocument) -> Bool {
        if a.key == b.key { return true }
        let s = doc.scalars
        if a.length == 1 { return CueWordKey.fold(s[a.start]) == CueWordKey.fold(s[b.start]) }
        guard a.cyrillic, b.cyrillic else { return false }
        let shorter = min(a.length, b.length)
        guard shorter >= 4, abs(a.length - b.length) <= 2 else { return false }
        var common = 0
        while common < shorter, CueWordKey.fold(s[a.start + common]) == CueWordKey.fold(s[b.start + common]) { common += 1 }
        return common >= max(3, shorter - 2)
    }

    /// "UNE" for "Union nationale des étudiants": initials of the words that are not
    /// prepositions or determiners.
    func isAcronym(_ short: ArraySlice<NameWord>, of long: ArraySlice<NameWord>, _ doc: StatementDocument, _ e: Int) -> Bool {
        guard short.count == 1, long.count >= 2, let word = short.first, (2...6).contains(word.length) else { return false }
        guard doc.scalars[word.start..<(word.start + word.length)].allSatisfy({ !$0.properties.isLowercase }) else { return false }
        return initials(long, doc) == word.key.value
    }

    /// Key of the initials of a name's content words.
    func initials(_ words: ArraySlice<NameWord>, _ doc: StatementDocument) -> UInt64 {
        var letters: [Unicode.Scalar] = []
        for w in words where !doc.lexicon.has(w.key, .preposition) && !doc.lexicon.has(w.key, .determiner) {
            letters.append(doc.scalars[w.start])
        }
        return CueWordKey(scalars: letters).value
    }
}
