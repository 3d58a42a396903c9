/// Organisations named in English word order, ending in the noun of their kind: "South China
/// Morning Post", "Ohio Valley Rugby League", "Harlan County School", "New Jersey Department of
/// Public Safety". The head makes the whole capitalised run one organisation, whatever the tagger
/// read in its first words (a place, a person). Latin script only, in any text: English names
/// are quoted as they are in French and Russian news.
extension EntityRules {
    /// Organisation heads that end a name (lang/en.txt `name-last-heads-org`).
    static let organisationLastHeads = lookup(WordLists.english.words("name-last-heads-org").map { hashOf($0) })
    static let organisationLastHeadEnds = endsBitmap(WordLists.english.words("name-last-heads-org"))

    /// Capitalised runs ending in an organisation head, sorted and disjoint.
    func headWordOrganisations(_ v: [UInt32], _ analysis: Analysis, _ capitals: CapitalIndex) -> [Span] {
        let tokens = analysis.tokens
        var found: [Span] = []
        capitals.forEach(in: analysis.sentences, skippingFirst: 1) { head, s in
            guard found.last.map({ $0.range.upperBound <= head }) ?? true, isOrganisationHead(v, tokens[head]),
                  !isCapitalisedLatin(v, tokens, head + 1, limit: s.tokens.upperBound),   // "Hospital Station": not the head
                  let start = runStart(before: head, v, tokens, from: max(s.tokens.lowerBound, found.last?.range.upperBound ?? 0))
            else { return }
            let end = complementEnd(after: head + 1, v, tokens, limit: s.tokens.upperBound)
            found.append(Span(range: start..<end, type: .organisation, forced: true))
        }
        return found
    }

    /// A capitalised Latin head of the list, not shouted ("THE WORST SCHOOL"; "FC", "Inc" are short).
    private func isOrganisationHead(_ v: [UInt32], _ t: Token) -> Bool {
        guard t.kind == .word, t.span.length >= 2, Script.of(v[t.span.start]) == .latin, classes.isUpper(v[t.span.start]),
              t.span.length <= 3 || !classes.isUpper(v[t.span.start + 1]) else { return false }
        return endsIn(Self.organisationLastHeadEnds, v, t) && Self.organisationLastHeads.contains(lowerHash(v, t))
    }

    /// First token of the capitalised Latin words before `head` (at most four, none before
    /// `lowest`), back to a function word or an elision ("The", "In", "L'"), which stay out; nil
    /// when there is none, or when the name is a first name and the head a surname ("Emily Post").
    private func runStart(before head: Int, _ v: [UInt32], _ tokens: [Token], from lowest: Int) -> Int? {
        var start = head
        while start - 1 >= lowest, head - (start - 1) <= 4 {
            guard isCapitalisedLatin(v, tokens, start - 1, limit: head), !isElision(v, tokens[start - 1]),
                  !Self.functionWords.contains(lowerHash(v, tokens[start - 1])) else { break }
            start -= 1
        }
        guard start < head else { return nil }
        if start + 1 == head, isPlainFirstName(v, tokens[start]) { return nil }
        return start
    }

    /// End of the name past its head: "of"/"for" (not "and": two names) and capitalised words
    /// ("Department of Public Safety"), at most four; else `from`.
    private func complementEnd(after from: Int, _ v: [UInt32], _ tokens: [Token], limit: Int) -> Int {
        var k = from
        while k < limit, k < from + 2, tokens[k].kind == .word, Self.connectors.contains(lowerHash(v, tokens[k])),
              lowerHash(v, tokens[k]) != Self.and { k += 1 }
        guard k > from else { return from }
        var end = k
        while end < k + 4, isCapitalisedLatin(v, tokens, end, limit: limit) { end += 1 }
        return end > k ? end : from
    }

    private func isCapitalisedLatin(_ v: [UInt32], _ tokens: [Token], _ i: Int, limit: Int) -> Bool {
        guard i < limit, tokens[i].kind == .word else { return false }
        let c = v[tokens[i].span.start]
        return Script.of(c) == .latin && classes.isUpper(c)
    }

    /// "L'", "D’": an elided article or preposition (French), not a word of the name.
    private func isElision(_ v: [UInt32], _ t: Token) -> Bool {
        let last = v[t.span.end - 1]
        return t.span.length <= 3 && (last == 0x27 || last == 0x2019)
    }
}
