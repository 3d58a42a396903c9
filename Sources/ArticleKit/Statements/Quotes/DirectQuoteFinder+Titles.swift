/// Quoted words that name rather than say: a title ("le film « … »", "автор «…»"), a list of
/// titles, a numbered item, or a quoted name (a newspaper's, an organisation's).
extension DirectQuoteFinder {
    /// A title or a name: "le film « … »", "intitulée « … »", "called "…"",
    /// "avait appelé X « … »"; or the content is itself a name (a newspaper's name).
    func isNamed(_ doc: StatementDocument, _ pair: QuotePair, depth: Int = 0) -> Bool {
        if isTitle(doc, pair, depth: depth) { return true }
        var first = pair.open + 1
        while first < pair.close, !doc.tokens[first].isWord { first += 1 }
        guard first < pair.close else { return false }
        // Russian subject or addressee after its verb: "опровергла «Российская газета».", a short
        // capitalised name right after the verb that ends the sentence or is followed by more of
        // the clause, not what was said.
        if doc.lexicon.language == .russian, pair.open > 0, doc.cue(at: pair.open - 1) != nil || doc.tokens[pair.open - 1].flags.contains(.cueVerb), doc.tokens[first].capitalized,
           doc.wordCount((pair.open + 1)..<pair.close) <= 3, !((pair.open + 1)..<pair.close).contains(where: { doc.isSentencePunct($0) }),
           pair.close + 1 >= doc.tokens.count || doc.isSentencePunct(pair.close + 1) || doc.tokens[pair.close + 1].kind == .lineBreak
            // "Как сообщил «Интерфаксу» источник в ведомстве": the clause goes on after the name.
            || (doc.isWord(pair.close + 1) && !doc.tokens[pair.close + 1].capitalized) {
            return true
        }
        let e = doc.entityAt[first]
        if e >= 0 {
            let covered = doc.entities[e].span.overlapLength(with: pair.content)
            if covered * 5 >= max(1, pair.content.length) * 4 { return true }
        }
        return false
    }

    /// Whether token `t` lies in a quoted title.
    func isInTitle(_ doc: StatementDocument, _ t: Int) -> Bool {
        doc.insidePair[t] >= 0 && isTitle(doc, doc.pairs[doc.insidePair[t]])
    }

    /// A title: after a naming word ("le film « … »", "intitulée « … »", "автор романа «…»"), in
    /// a list of titles, a numbered item's, or followed by its original in parentheses. A work,
    /// never a speaker, unlike a quoted organisation's name.
    func isTitle(_ doc: StatementDocument, _ pair: QuotePair, depth: Int = 0) -> Bool {
        var t = pair.open - 1
        // A list of names ("назвал … «…», «…»", "« … » et de « … »", "«…» и «…»"): named like
        // the one before it.
        var joint = t
        while joint >= 0, pair.open - joint <= 2, doc.isPunct(joint, .comma) || doc.has(joint, .coordinator) || doc.isAnyPreposition(joint) {
            joint -= 1
        }
        if depth < 3, joint < t, joint >= 0, doc.tokens[joint].kind == .quote, doc.insidePair[joint] >= 0 {
            let previous = doc.pairs[doc.insidePair[joint]]
            if previous.close == joint, isTitle(doc, previous, depth: depth + 1) { return true }
        }
        var steps = 0
        while t >= 0, steps < 4, doc.tokens[t].isWord {
            if doc.has(t, .naming) { return true }
            if doc.cue(at: t) != nil { break }
            t -= 1
            steps += 1
        }
        // "article 12-3 « … »", "ст. 20 ч. 1 «…»": the title of a numbered item.
        if pair.open > 0, doc.tokens[pair.open - 1].kind == .number { return true }
        // "«…» (Original Title)": a translated title with its original in parentheses.
        if doc.isPunct(pair.close + 1, .openParenthesis), pair.close + 2 < doc.tokens.count, doc.tokens[pair.close + 2].capitalized,
           doc.lexicon.language == .russian, doc.scalars[doc.tokens[pair.close + 2].start].value < 0x250 { return true }
        return false
    }
}
