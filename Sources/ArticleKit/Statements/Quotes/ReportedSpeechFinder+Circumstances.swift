/// Content before a postposed cue may open with a circumstance ("В прошлом страна платила дань
/// соседу, рассказал он", "In the past, the port paid a toll to the city, she said"); a phrase
/// with no main verb of its own is no content ("À la mairie, le texte qui a été lu par l'adjoint,
/// a précisé …" is the verb's subject).
extension ReportedSpeechFinder {
    /// Fewest words of such content: shorter, a preposition opens a circumstance of the cue itself.
    static let prepositionalClauseWords = 8

    /// Whether `content`, opening with a preposition, is a clause of its own: long enough, and
    /// the parse finds a verb in it that heads its sentence or a clause reported by the cue.
    func opensWithCircumstance(_ doc: StatementDocument, _ content: Range<Int>) -> Bool {
        guard doc.wordCount(content) >= Self.prepositionalClauseWords,
              let syntax = SyntaxAnalyzer.shared(for: doc.lexicon.language) else { return false }
        let sentence = doc.sentences[doc.sentenceOf[content.lowerBound]]
        let span = TextSpan(doc.tokens[sentence.lowerBound].start, doc.tokens[sentence.upperBound - 1].end)
        guard let parse = ParsedSentence(text: doc.text, clause: span, around: doc.tokens[content.lowerBound].start, syntax: syntax) else { return false }
        let inside = TextSpan(doc.tokens[content.lowerBound].start, doc.tokens[content.upperBound - 1].end)
        return parse.words.indices.contains { w in
            inside.contains(parse.spans[w]) && CueSubject.verbal.contains(parse.words[w].upos)
                && Self.clauseRelations.contains(parse.words[w].relation)
        }
    }

    /// Relations of a verb that heads a clause said, not a phrase's modifier.
    static let clauseRelations: Set<String> = ["root", "ccomp", "parataxis", "conj"]
}
