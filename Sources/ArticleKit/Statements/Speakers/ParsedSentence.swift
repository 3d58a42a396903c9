/// One sentence of an article, tokenised as the text layer does and parsed: its words' spans in
/// the article and their part of speech, head and relation. Built on demand for the few
/// sentences a statement pass asks about (the statement layer's clauses run across the
/// sentences a quotation spans; the models were trained on the text layer's sentences and tokens).
struct ParsedSentence {
    /// Article offsets of each word.
    let spans: [TextSpan]
    let words: [ParsedWord]

    /// The text-layer sentence of `clause` that holds the offset `position`; nil when it has no word.
    init?(text: (TextSpan) -> String, clause: TextSpan, around position: Int, syntax: SyntaxAnalyzer) {
        let scalars = Array(text(clause).unicodeScalars)
        let normalized = TextNormalizer().normalize(scalars)
        let tokens = Tokenizer().tokenize(normalized, in: 0..<normalized.count)
        let sentences = SentenceSplitter().split(normalized, tokens: tokens, in: 0..<tokens.count)
        let local = position - clause.start
        guard let sentence = sentences.first(where: { range in range.contains { tokens[$0].span.contains(local) } }) else { return nil }
        let chosen = tokens[sentence]
        spans = chosen.map { TextSpan($0.span.start + clause.start, $0.span.end + clause.start) }
        words = syntax.analyze(words: chosen.map { String(String.UnicodeScalarView(scalars[$0.span.start..<$0.span.end])) })
    }

    /// The word whose span holds the offset.
    func word(at offset: Int) -> Int? {
        spans.firstIndex { $0.contains(offset) }
    }

    /// The word of `span` whose head lies outside it (the head of a phrase); nil when no word is inside.
    func head(of span: TextSpan) -> Int? {
        let inside = spans.indices.filter { span.contains(spans[$0]) }
        return inside.first { words[$0].head.map { !inside.contains($0) } ?? true }
    }

    /// The word whose relation tells what `word`'s phrase does in its clause: the word itself, or
    /// the noun it is a name part of or stands in apposition to ("the engineer Tom Reyes":
    /// "engineer", the object).
    func phraseHead(of word: Int) -> Int {
        var w = word
        for _ in 0..<Self.climb {
            guard Self.namePartRelations.contains(words[w].relation), let up = words[w].head else { break }
            w = up
        }
        return w
    }

    static let namePartRelations: Set<String> = ["appos", "flat", "compound"]

    func dependents(of word: Int) -> [Int] {
        words.indices.filter { words[$0].head == word }
    }

    /// The subject of a verb: its `nsubj`, else the subject of the verb it is coordinated with
    /// or depends on ("X praised Y and said", "…, adding"), up to a few steps.
    func subject(of verb: Int) -> Int? {
        var v = verb
        for _ in 0..<Self.climb {
            let subjects = dependents(of: v).filter { words[$0].relation == "nsubj" }
            // A verb has one subject: two mean the parse went wrong here.
            if subjects.count > 1 { return nil }
            if let s = subjects.first { return s }
            guard Self.sharedSubject.contains(words[v].relation), let up = words[v].head else { return nil }
            v = up
        }
        return nil
    }

    /// Whether `word` lies inside the phrase of `noun`: it depends on it through any words.
    func isInside(_ word: Int, phraseOf noun: Int) -> Bool {
        var w = word
        for _ in 0..<Self.climb {
            guard let up = words[w].head else { return false }
            if up == noun { return true }
            w = up
        }
        return false
    }

    /// Relations by which a verb shares the subject of the verb it depends on ("X praised Y and
    /// said", "…, adding", "a tenu à dire").
    static let sharedSubject: Set<String> = ["conj", "xcomp", "advcl"]

    /// Most steps any walk up the tree takes here (a verb's subject, a phrase's head).
    static let climb = 4

    /// The words that name what `word` names: itself with its determiner, adjectives, compound
    /// and flat name parts and apposition, each with its own such words ("the deputy Anna Berg",
    /// "депутат Иван Ковалёв"); not a possessor, which is someone else ("the party's whip").
    func phrase(of word: Int) -> TextSpan {
        var span = spans[word]
        for d in dependents(of: word) where Self.phraseRelations.contains(words[d].relation) {
            let part = phrase(of: d)
            span = TextSpan(min(span.start, part.start), max(span.end, part.end))
        }
        return span
    }

    static let phraseRelations: Set<String> = ["flat", "compound", "amod", "det", "appos"]
}
