/// The grammatical subject of a cue verb, read from the dependency parse of the cue's sentence,
/// for one check: a speaker mention found by position that the parse shows to be an object, an
/// oblique or a noun's complement there ("Olsen thanked the engineer Reyes and said …", "La maire
/// a remercié l'ingénieur Rivière et a déclaré …", "Мэр поблагодарила инженера Смирнова и
/// сказала …") gives way to the cue's own subject.
///
/// Only sentences where the check can change something are parsed: the mention comes before the
/// cue, in its sentence but not first in it, and neither next to the cue ("X said") nor followed
/// by a comma ("X, the party's whip, said"), where position and grammar agree.
struct CueSubject {
    let doc: StatementDocument

    /// Universal Dependencies relations of a dependent that is not the clause's subject.
    static let nonSubjectRelations: Set<String> = ["obj", "iobj", "obl", "nmod", "nmod:poss"]
    /// Parts of speech a speaker's head word can have.
    static let nominal: Set<String> = ["NOUN", "PROPN", "PRON"]

    /// The scalar span of the subject of the cue verb at token `cue` when the parse says
    /// `mention` is not it; nil when the parse agrees, finds no nominal subject outside `quote`
    /// and other quotation marks (a quoted title is no speaker), or the check does not apply.
    func subject(ofCue cue: Int, replacing mention: TextSpan, quote: TextSpan) -> TextSpan? {
        guard mayBeComplement(mention, before: cue),
              // The model loads on the first sentence that needs it, not with the article.
              let syntax = SyntaxAnalyzer.shared(for: doc.lexicon.language) else { return nil }
        let sentence = doc.sentences[doc.sentenceOf[cue]]
        // What follows the cue is not read: its subject and the mention come before it.
        let clause = TextSpan(doc.tokens[sentence.lowerBound].start, doc.tokens[cue].end)
        guard let parse = ParsedSentence(text: doc.text, clause: clause, around: doc.tokens[cue].start, syntax: syntax),
              let verb = parse.word(at: doc.tokens[cue].start),
              let head = parse.head(of: mention),
              Self.nonSubjectRelations.contains(parse.words[parse.phraseHead(of: head)].relation),
              let subject = parse.subject(of: verb), Self.nominal.contains(parse.words[subject].upos),
              !(parse.words[subject].upos == "PRON" && parse.words[verb].relation == "acl") else { return nil }
        let span = parse.phrase(of: subject)
        guard !quote.contains(span.start), !doc.inQuotation(doc.token(atScalar: span.start)), !span.overlaps(mention),
              // A name inside the subject's own phrase names it or its complement ("the prosecutor,
              // Ms Diallo", "the spokesman for the city Tom Reyes", "a spokeswoman for Acme"),
              // which the finder already weighs: the parse cannot tell them apart.
              !parse.isInside(head, phraseOf: subject) else { return nil }
        return span
    }

    /// The token of a clause's main verb by its parse (the clause that introduces a quotation
    /// with a colon, "Cruz called them on it:"), whose subject the mention finder then reads as it
    /// reads a cue's; nil when the parse's root is no verb inside the clause.
    func mainVerb(ofClause clause: Range<Int>) -> Int? {
        guard !clause.isEmpty, let syntax = SyntaxAnalyzer.shared(for: doc.lexicon.language) else { return nil }
        let span = TextSpan(doc.tokens[clause.lowerBound].start, doc.tokens[clause.upperBound - 1].end)
        guard let parse = ParsedSentence(text: doc.text, clause: span, around: doc.tokens[clause.upperBound - 1].start, syntax: syntax),
              let root = parse.words.indices.first(where: { parse.words[$0].head == nil }),
              Self.verbal.contains(parse.words[root].upos) else { return nil }
        let token = doc.token(atScalar: parse.spans[root].start)
        return clause.contains(token) && token > clause.lowerBound ? token : nil
    }

    static let verbal: Set<String> = ["VERB", "AUX"]

    /// Whether the mention's place leaves room for it to be a complement: before the cue in its
    /// sentence, after a word of that sentence, not next to the cue, not followed by a comma.
    private func mayBeComplement(_ mention: TextSpan, before cue: Int) -> Bool {
        let first = doc.token(atScalar: mention.start)
        let sentence = doc.sentences[doc.sentenceOf[cue]]
        return first < cue && doc.sentenceOf[first] == doc.sentenceOf[cue] && !isNextTo(cue, mention)
            && !doc.isPunct(doc.token(atScalar: mention.end), .comma)
            && (sentence.lowerBound..<first).contains { doc.isWord($0) && !doc.inQuotation($0) }
    }

    /// Whether only punctuation and brackets lie between the mention and the cue after it
    /// ("X said", "Mary Hale (D-Ore.) said", "Иванов (ЛДПР) заявил").
    private func isNextTo(_ cue: Int, _ mention: TextSpan) -> Bool {
        let after = doc.tokens(of: mention).upperBound
        var depth = 0
        for t in after..<max(after, cue) {
            if doc.isPunct(t, .openParenthesis) { depth += 1 } else if doc.isPunct(t, .closeParenthesis) { depth = max(0, depth - 1) }
            if depth == 0, doc.isWord(t) { return false }
        }
        return true
    }
}
