extension StatementDocument {
    /// The role class of the role noun at token `t`: the class of a role phrase starting there
    /// ("глава государства" → president) before the noun's own ("глава" → chief). `phrase` tells
    /// which: a phrase's head is too general a word to match holders of the same noun by key.
    func roleClass(ofNoun t: Int) -> (roleClass: String, phrase: Bool)? {
        let key = tokens[t].key
        if let candidates = lexicon.rolePhrases[key] {
            for candidate in candidates where matches(candidate.words, at: t) {
                return (candidate.roleClass, true)
            }
        }
        return lexicon.roleNouns[key].map { ($0, false) }
    }

    /// Whether the word tokens from `t` on have the keys `words`.
    private func matches(_ words: [CueWordKey], at t: Int) -> Bool {
        var i = t
        for word in words {
            guard i < tokens.count, tokens[i].isWord, tokens[i].key == word else { return false }
            i += 1
        }
        return true
    }
}
