/// Tests on a token's written form without building a String: exact where the scalars are each a
/// character of their own (Latin, basic Cyrillic), else the String comparison they stand for.
extension StatementDocument {
    /// A noun the language's person-noun list knows ("актриса", "сопредседатель"), lowercase but
    /// for a sentence's first word, and no part of a name.
    /// A word with one of the language's adjective endings, lowercase but for a sentence's first
    /// word, and no part of a name ("олимпийская", "официальные").
    func isAdjectiveWord(_ t: Int, longerThan length: Int) -> Bool {
        guard isWord(t), entityAt[t] < 0, !tokens[t].capitalized || sentenceStart(t) == t else { return false }
        return lowercased(t, longerThan: length, endsWithOneOf: lexicon.adjectiveEndings) == true
    }

    func isPersonNounWord(_ t: Int) -> Bool {
        guard isWord(t), entityAt[t] < 0, !lexicon.personNouns.isEmpty, !tokens[t].capitalized || sentenceStart(t) == t else { return false }
        return lexicon.personNouns.gender(of: text(tokens[t].span).lowercased()) != nil
    }

    /// Whether the token's text, lowercased, is one of `words` (lowercase literals).
    func lowercased(_ i: Int, isOneOf words: [String]) -> Bool {
        let token = tokens[i]
        var fast = true
        for k in token.start..<token.end where ActorGrouper.lowercasedFast(scalars[k].value) == nil { fast = false; break }
        guard fast else { return words.contains(text(token.span).lowercased()) }
        return words.contains { word in
            var k = token.start
            for s in word.unicodeScalars {
                // A literal outside the set is compared as Strings.
                guard ActorGrouper.lowercasedFast(s.value) != nil else { return text(token.span).lowercased() == word }
                if k == token.end || ActorGrouper.lowercasedFast(scalars[k].value) != s.value { return false }
                k += 1
            }
            return k == token.end
        }
    }

    /// `text(token).hasSuffix(suffix)` for the token's text as written.
    func written(_ i: Int, hasSuffix suffix: [Unicode.Scalar], _ string: String) -> Bool {
        let token = tokens[i]
        for k in token.start..<token.end where !Self.isSimple(scalars[k]) { return text(token.span).hasSuffix(string) }
        for s in suffix where !Self.isSimple(s) { return text(token.span).hasSuffix(string) }
        guard suffix.count <= token.end - token.start else { return false }
        let offset = token.end - suffix.count
        for k in 0..<suffix.count where scalars[offset + k] != suffix[k] { return false }
        return true
    }

    /// Whether the token's text as written is one of `words`.
    func written(_ i: Int, isOneOf words: [String]) -> Bool {
        let token = tokens[i]
        for k in token.start..<token.end where !Self.isSimple(scalars[k]) { return words.contains(text(token.span)) }
        return words.contains { word in
            var k = token.start
            for s in word.unicodeScalars {
                guard Self.isSimple(s) else { return text(token.span) == word }
                if k == token.end || scalars[k] != s { return false }
                k += 1
            }
            return k == token.end
        }
    }

    /// A scalar that is a whole character in normal form (Latin below U+0300, Cyrillic letters):
    /// Character comparisons then agree with scalar comparisons.
    @inline(__always) static func isSimple(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v >= 0x20 && (v < 0x300 || (v >= 0x400 && v <= 0x4FF && !(v >= 0x483 && v <= 0x489)))
    }

    /// Gender told by the ending of cue verb token `t` (Russian past "заявил" / "заявила").
    func verbEndingGender(_ t: Int) -> CueLexicon.Pronoun.Gender {
        let lexicon = self.lexicon
        for k in lexicon.feminineVerbEndings.indices
            where written(t, hasSuffix: lexicon.feminineVerbEndingScalars[k], lexicon.feminineVerbEndings[k]) { return .feminine }
        for k in lexicon.masculineVerbEndings.indices
            where written(t, hasSuffix: lexicon.masculineVerbEndingScalars[k], lexicon.masculineVerbEndings[k]) { return .masculine }
        return .unknown
    }

    /// The gender a noun or title marks by its form ("élue", "actrice", "spokeswoman", "Mme"), else unknown.
    func nounGender(_ t: Int) -> CueLexicon.Pronoun.Gender {
        has(t, .feminine) ? .feminine : has(t, .masculine) ? .masculine : .unknown
    }

    /// A word that may be a common noun heading a phrase: no name's, no role noun, and lowercase
    /// unless it opens its sentence ("Supporters", "partisans", "Сторонники").
    func isPlainNounWord(_ t: Int) -> Bool {
        isWord(t) && entityAt[t] < 0 && !has(t, .roleNoun) && (!tokens[t].capitalized || t == sentenceStart(t))
    }

    /// `properties.isWhitespace`, with ASCII answered inline.
    @inline(__always) static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        return StatementTokenizer.isWhitespace(s)
    }
}
