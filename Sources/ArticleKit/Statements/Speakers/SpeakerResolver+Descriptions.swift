/// A bare description as speaker ("заявила актриса", "По словам футболиста", "l'ONG précise"):
/// in news such a noun refers back to an actor of the article, not to a new unnamed speaker:
/// the salient one whose gender agrees with the noun and the verb.
extension SpeakerResolver {
    func describedPerson(_ range: Range<Int>, before offset: Int) -> Int? {
        let nouns = doc.lexicon.personNouns
        // (A plural verb speaks for a group, never one person: "Соседи … утверждают".)
        guard !nouns.isEmpty, !verbPlural, !range.contains(where: { doc.entityAt[$0] >= 0 }) else { return nil }
        let words = range.filter { doc.isWord($0) && !doc.isDeterminer($0) }
        // The description the article gave a person before a name ("Сопредседатель группы
        // «Рассвет» Олег Лунин … — заключил сопредседатель группы"), complement and all.
        if words.count > 1, let a = describedAs(words, before: offset) { return a }
        // The noun alone, or after lowercase adjectives ("олимпийская чемпионка"): a complement
        // ("отец Джеймсона", "представитель полиции") makes it someone else.
        guard let head = words.last, words.dropLast().allSatisfy({ isAdjective($0) }),
              !doc.tokens[head].capitalized || head == doc.sentenceStart(head),
              let gender = nouns.gender(of: doc.text(doc.tokens[head].span).lowercased()) else { return nil }
        // A masculine noun with a plural ending names several people ("сообщили правоохранители,
        // добавив, что …", "по мнению журналистов"); a feminine one may be a genitive singular
        // ("по словам актрисы").
        if gender == .masculine, doc.lowercased(head, longerThan: 2, endsWithOneOf: doc.lexicon.pluralNounEndings) == true
            || doc.lowercased(head, longerThan: 2, endsWithOneOf: doc.lexicon.masculinePluralObliqueEndings) == true { return nil }
        let agrees = { (a: Int) in
            actors.actors[a].type == .person && (genders[a] == .unknown || genders[a] == gender)
                && (verbGender == .unknown || verbGender == gender)
        }
        return salient(before: offset, among: people, where: agrees)
    }

    /// The person whose description before the name held every word of `words` (a noun of a
    /// person first, lowercase words after it), mentioned last before `offset`.
    private func describedAs(_ words: [Int], before offset: Int) -> Int? {
        guard let first = words.first, doc.isPersonNounWord(first), words.dropFirst().allSatisfy({ !doc.tokens[$0].capitalized }) else { return nil }
        let keys = words.map { doc.tokens[$0].key }
        let holds = { (a: Int) in self.isPerson(a) && keys.allSatisfy { self.actors.descriptionWords[a].contains($0) } }
        return lastMentioned(before: offset, among: people.filter(holds), where: holds)
    }

    /// A lowercase word with an adjective's ending, not itself a noun of a person.
    private func isAdjective(_ t: Int) -> Bool {
        doc.isAdjectiveWord(t, longerThan: 2) && !doc.isPersonNounWord(t)
    }

    /// The actor a description refers back to: the one just mentioned when it was mentioned in
    /// this sentence or the one before (the description continues that sentence's topic), else
    /// the one mentioned most so far (the article's subject), the latest of those on a tie.
    func salient(before offset: Int, among candidates: [Int], where accepts: (Int) -> Bool) -> Int? {
        guard let latest = lastMentioned(before: offset, among: candidates.filter(accepts), where: accepts) else { return nil }
        if timeline != nil { return latest }
        let here = doc.sentenceOf[min(doc.token(atScalar: offset), doc.tokens.count - 1)]
        let there = doc.sentenceOf[min(doc.token(atScalar: lastMention(latest, before: offset)), doc.tokens.count - 1)]
        if here - there <= 1 { return subject(ofSentence: there, before: offset, among: candidates, where: accepts) ?? latest }
        var best: (actor: Int, count: Int, last: Int)?
        for a in candidates where accepts(a) {
            let count = mentions(of: a, before: offset)
            guard count > 0 else { continue }
            let last = lastMention(a, before: offset)
            if best == nil || count > best!.count || (count == best!.count && last > best!.last) { best = (a, count, last) }
        }
        return best?.actor ?? latest
    }

    /// Of the candidates mentioned in sentence `s` before `offset`, the one mentioned first there
    /// (the subject opens the sentence: "Сорокин предложил Петрову …", "Dupont a reçu Martin").
    func subject(ofSentence s: Int, before offset: Int, among candidates: [Int], where accepts: (Int) -> Bool) -> Int? {
        let sentence = doc.sentences[s]
        let start = doc.tokens[sentence.lowerBound].start
        var best: (actor: Int, at: Int)?
        for a in candidates where accepts(a) {
            let count = mentions(of: a, before: offset)
            guard count > 0 else { continue }
            // The first of its mentions inside the sentence.
            var k = count - 1
            while k > 0, actors.actors[a].mentions[k - 1].start >= start { k -= 1 }
            let at = actors.actors[a].mentions[k].start
            guard at >= start else { continue }
            if best == nil || at < best!.at { best = (a, at) }
        }
        return best?.actor
    }

    /// "говорится в совместном заявлении", "selon le rapport", "the statement said": a document
    /// speaks for its author: who spoke last in these paragraphs, else the salient actor before
    /// the statement (a name inside the quotation is what the document says, not who wrote it).
    func documentAuthor(_ range: Range<Int>, before offset: Int, paragraph: Int) -> Int? {
        guard isDocument(range) else { return nil }
        if let noun = range.first(where: { doc.isWord($0) && doc.lexicon.documentNouns.contains(doc.tokens[$0].key) }),
           let owner = documentPossessor(of: noun)?.actor { return owner }
        if let previous, let actor = previous.mention.actor, paragraph - previous.paragraph <= Self.continuationParagraphs { return actor }
        return salient(before: offset, among: Array(actors.actors.indices), where: { isPerson($0) || isOrganisation($0) })
    }

    /// A short phrase naming a document and no one ("le texte", "the statement", "в заявлении").
    func isDocument(_ range: Range<Int>) -> Bool {
        guard !range.contains(where: { doc.entityAt[$0] >= 0 }) else { return false }
        let words = range.filter { doc.isWord($0) && !doc.isDeterminer($0) }
        return words.count <= 3 && words.contains { doc.lexicon.documentNouns.contains(doc.tokens[$0].key) }
    }

    /// "La direction a publié un communiqué. … indique le texte": a document speaks for whoever
    /// the sentence that brought it up (in this paragraph, up to two sentences before) was about:
    /// the mention before its document noun, inferred rather than named here (a name counts as a role).
    func documentPublisher(_ range: Range<Int>, at position: Int) -> SpeakerMention? {
        guard isDocument(range) else { return nil }
        let here = doc.sentenceOf[min(position, doc.tokens.count - 1)]
        for s in stride(from: here - 1, through: max(0, here - 2), by: -1) {
            let sentence = doc.sentences[s]
            guard !sentence.isEmpty, doc.paragraphOf[sentence.lowerBound] == doc.paragraphOf[range.lowerBound] else { return nil }
            guard let noun = sentence.first(where: { doc.isWord($0) && doc.insidePair[$0] < 0 && doc.lexicon.documentNouns.contains(doc.tokens[$0].key) }),
                  let candidate = finder.best(in: sentence.lowerBound..<noun, nearestFirst: false) else { continue }
            if case .pronoun = candidate { return nil }
            // (A name resolves without looking back; a description through `plainMention`, which ends.)
            let mention: SpeakerMention?
            if case .entity = candidate { mention = resolve(candidate, at: sentence.lowerBound) } else { mention = plainMention(candidate) }
            guard var mention, mention.kind != .impersonal else { return nil }
            if mention.kind == .name { mention.kind = .role }
            return mention
        }
        return nil
    }

    /// "в его телеграмме", "son communiqué", "their statement": a document with a possessive
    /// (one word may stand between, "son dernier communiqué") is its possessor's.
    func documentPossessor(of noun: Int) -> SpeakerMention? {
        var t = noun - 1
        if t > 0, doc.isWord(t), !doc.has(t, .possessive), !doc.tokens[t].capitalized, doc.entityAt[t] < 0 { t -= 1 }
        guard t >= 0, doc.has(t, .possessive), let owner = resolvePronoun(at: t), owner.actor != nil else { return nil }
        return owner
    }

    /// A document noun right around a cue ("говорится в заявлении", "the statement said").
    func documentNoun(near cue: Range<Int>) -> Int? {
        let window = max(0, cue.lowerBound - 3)..<min(doc.tokens.count, cue.upperBound + 3)
        return window.first { doc.isWord($0) && doc.insidePair[$0] < 0 && doc.lexicon.documentNouns.contains(doc.tokens[$0].key) }
    }
}
