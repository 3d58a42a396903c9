/// A quoted predicate that a verb gives its object: "a qualifié l'accord de « victoire pour
/// tous »", "called the deal "a victory for every worker"", "назвал соглашение «победой всех»".
/// The words are the subject's own, a statement, although the verb names: unlike a title or a
/// name ("le film « Les Visiteurs »", "a group called "Open Port""), the predicate opens with a
/// lowercase word.
extension DirectQuoteFinder {
    /// Most tokens between the verb and the opening mark: a short object and a joining word.
    static let maximumNamingGap = 6

    /// The naming verb before `pair`, with an object between them (no preposition in it); nil
    /// when there is none or when the quotation opens with a capital.
    func evaluativeNaming(_ doc: StatementDocument, _ pair: QuotePair, depth: Int = 0) -> Int? {
        var first = pair.open + 1
        while first < pair.close, !doc.tokens[first].isWord { first += 1 }
        guard first < pair.close, !doc.tokens[first].capitalized else { return nil }
        var t = pair.open - 1
        // A list of predicates ("назвал её «…», «…»"): given by the verb of the one before.
        if depth < 3, doc.isPunct(t, .comma), t > 0, doc.tokens[t - 1].kind == .quote, doc.insidePair[t - 1] >= 0,
           case let previous = doc.pairs[doc.insidePair[t - 1]], previous.close == t - 1 {
            return evaluativeNaming(doc, previous, depth: depth + 1)
        }
        if doc.isWord(t), doc.lexicon.namingPredicateWords.contains(doc.tokens[t].key) { t -= 1 }
        else if doc.isPunct(t, .apostrophes), doc.isWord(t - 1), doc.lexicon.namingPredicateWords.contains(doc.tokens[t - 1].key) { t -= 2 }
        var object = 0
        while t >= 0, pair.open - t <= Self.maximumNamingGap, doc.isWord(t) || doc.isPunct(t, .apostrophes) {
            if doc.isWord(t), doc.lexicon.evaluativeNaming.contains(doc.tokens[t].key) { return object > 0 ? t : nil }
            // "called on members to be", "called for more": a verb with a preposition names nothing.
            if doc.cue(at: t) != nil || doc.has(t, .coordinator) || doc.isAnyPreposition(t) { return nil }
            if doc.isWord(t) { object += 1 }
            t -= 1
        }
        return nil
    }
}
