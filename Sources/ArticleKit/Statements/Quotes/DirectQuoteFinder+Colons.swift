/// Quotations introduced by a colon: the colon itself (before the mark or ending the paragraph
/// before), a speaker named alone before it, and a clause with no speech verb that names someone.
extension DirectQuoteFinder {
    /// The colon that introduces a quotation: right before its opening mark, or ending the
    /// paragraph before a quotation set as a paragraph of its own ("Dan Ruiz responded:" then
    /// the quoted paragraph); nil when there is none.
    func introducingColon(_ doc: StatementDocument, _ open: Int) -> Int? {
        var j = open - 1
        while j >= 0, doc.tokens[j].kind == .lineBreak { j -= 1 }
        return j >= 0 && doc.isPunct(j, .colon) ? j : nil
    }

    /// The clause a colon ends when it introduces a quotation with no speech verb ("Union leader
    /// Tom Brady disagreed:", "Paul Girard s'est emporté :", "Мэр возразила:"): the clause opens
    /// its sentence and names someone (a person, an organisation, a role or a subject pronoun),
    /// whom the resolver reads as its subject. Nil for a clause that names no one ("The results
    /// were clear:").
    func introducingClause(_ doc: StatementDocument, _ colon: Int) -> Range<Int>? {
        let start = doc.sentenceStart(colon)
        guard colon > start, colon - start <= Self.introducingClauseWords,
              !(start..<colon).contains(where: { doc.tokens[$0].kind == .quote || doc.tokens[$0].kind == .lineBreak }) else { return nil }
        let names = (start..<colon).contains { t in
            let e = doc.entityAt[t]
            if e >= 0 { return doc.entities[e].type == .person || doc.entities[e].type == .organisation }
            return doc.isWord(t) && (doc.lexicon.isRole(doc.tokens[t].key) || doc.pronoun(t).map { !$0.stressed && !$0.impersonal } == true)
        }
        return names ? start..<colon : nil
    }
    /// Most tokens of a clause introducing a quotation with a colon.
    static let introducingClauseWords = 16

    /// `Smith: "We will win."`, `Le ministre : « … »`: a name or a role alone before a colon
    /// that opens its sentence, as in interviews and headlines.
    func speakerBeforeColon(_ doc: StatementDocument, _ open: Int) -> Range<Int>? {
        let colon = open - 1
        guard doc.isPunct(colon, .colon), colon > 0 else { return nil }
        var start = doc.sentenceStart(colon)
        // "TURNOUT IN IOWA DOESN'T RISE - Michael P. McDonald: “…”": a headline, a dash, the name.
        if let dash = (start..<colon).last(where: { doc.tokens[$0].kind == .dash }) { start = dash + 1 }
        guard colon - start <= 6, colon > start else { return nil }
        let e = doc.entityAt[colon - 1]
        if e >= 0, doc.entities[e].type == .person || doc.entities[e].type == .organisation,
           (start..<doc.entityTokens[e].lowerBound).allSatisfy({ doc.isDeterminer($0) || doc.has($0, .roleNoun) }) {
            return start..<colon
        }
        if (start..<colon).contains(where: { doc.isWord($0) && doc.lexicon.isRole(doc.tokens[$0].key) }),
           (start..<colon).allSatisfy({ doc.isWord($0) && doc.cue(at: $0) == nil }) {
            return start..<colon
        }
        return nil
    }
}
