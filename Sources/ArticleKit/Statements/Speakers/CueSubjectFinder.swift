/// The grammatical subject of a cue verb, read from a dependency parse of its sentence: the
/// `nsubj` of the verb (or of the verb it is coordinated with), or the `obl:agent` of a passive,
/// with its phrase ("Mr. Hallett", "a spokeswoman for the company"; not an apposition).
/// Only the sentences holding a cue are parsed, each once.
struct CueSubjectFinder {
    struct Subject {
        /// The phrase's tokens and its head word.
        var phrase: Range<Int>
        var head: Int
        var headTag: String
        /// "nsubj", or "obl:agent" for the agent of a passive.
        var relation: String
        /// The cue verb's index in the parse, the parsed tokens and their words.
        var verb: Int
        var tokens: [Int]
        var words: [ParsedWord]

        /// The relation of the verb's dependent whose phrase holds token `t` ("obj" for "AFP" in
        /// "X told AFP"), nil when `t` is not under the verb.
        func verbRelation(of t: Int) -> String? {
            guard var w = tokens.firstIndex(of: t) else { return nil }
            for _ in 0..<words.count {
                guard let head = words[w].head else { return nil }
                if head == verb { return words[w].relation }
                w = head
            }
            return nil
        }
    }

    let doc: StatementDocument
    /// Looked up at the first cue: an article without one never loads a model (13 MB).
    private lazy var analyzer: SyntaxAnalyzer? = doc.lexicon.language.code.flatMap { SyntaxAnalyzer.shared(for: $0) }
    /// Parse of each sentence met so far: the statement tokens parsed and their words.
    private var parses: [Int: (tokens: [Int], words: [ParsedWord])] = [:]
    /// Most words parsed around a cue: a clause that runs over many quoted sentences is cut to a
    /// window, so a parse costs no more than a long sentence.
    static let maxWords = 48
    /// Whether a relation keeps a word in its head's phrase ("Mr." flat, "company" nmod, "a" det);
    /// an apposition ("Mr. Okafor, the party's whip") or a relative clause does not.
    private static func isPhraseRelation(_ relation: String) -> Bool {
        switch relation {
        case "flat", "compound", "amod", "det", "nmod", "case", "nummod", "fixed", "punct": true
        default: false
        }
    }

    init(doc: StatementDocument) {
        self.doc = doc
    }

    /// The subject of the cue verb in `cue`, nil when the parse gives none.
    mutating func subject(ofCue cue: Range<Int>) -> Subject? {
        guard let verb = cue.first(where: { doc.tokens[$0].flags.contains(.cueVerb) }), let analyzer else { return nil }
        let (tokens, words) = parse(around: verb, with: analyzer)
        guard let v = tokens.firstIndex(of: verb) else { return nil }
        var subject = dependent(of: v, in: words)
        // "X a déclaré … et a ajouté": a coordinated verb shares the first one's subject.
        if subject == nil, words[v].relation == "conj", let head = words[v].head { subject = dependent(of: head, in: words) }
        // "He began by saying": a participle or an infinitive takes the subject of its verb.
        if subject == nil, words[v].relation == "advcl" || words[v].relation == "xcomp", let head = words[v].head, words[head].upos == "VERB" {
            subject = dependent(of: head, in: words)
        }
        guard let s = subject else { return nil }
        var lower = s, upper = s
        expand(s, words, &lower, &upper)
        // Punctuation at the edges is not part of the phrase.
        while lower < s, words[lower].upos == "PUNCT" { lower += 1 }
        while upper > s, words[upper].upos == "PUNCT" { upper -= 1 }
        let phrase = tokens[lower]..<(tokens[upper] + 1)
        // A phrase crossing a quotation mark is a misparse.
        guard !phrase.contains(where: { doc.tokens[$0].kind == .quote || doc.tokens[$0].kind == .lineBreak }) else { return nil }
        return Subject(phrase: phrase, head: tokens[s], headTag: words[s].upos, relation: words[s].relation, verb: v, tokens: tokens, words: words)
    }

    private func dependent(of v: Int, in words: [ParsedWord]) -> Int? {
        words.indices.first { words[$0].head == v && (words[$0].relation == "nsubj" || words[$0].relation == "obl:agent") }
    }

    /// Widens `lower...upper` over the phrase dependents of `w`, recursively.
    private func expand(_ w: Int, _ words: [ParsedWord], _ lower: inout Int, _ upper: inout Int) {
        for d in words.indices where words[d].head == w && Self.isPhraseRelation(words[d].relation) {
            lower = min(lower, d); upper = max(upper, d)
            expand(d, words, &lower, &upper)
        }
    }

    /// The parse of the window of the verb's sentence (line breaks left out), from the cache.
    private mutating func parse(around verb: Int, with analyzer: SyntaxAnalyzer) -> (tokens: [Int], words: [ParsedWord]) {
        let sentence = doc.sentenceOf[verb]
        let range = doc.sentences.isEmpty ? 0..<doc.tokens.count : doc.sentences[sentence]
        let lower = max(range.lowerBound, verb - Self.maxWords * 2 / 3)
        let upper = min(range.upperBound, lower + Self.maxWords)
        if let cached = parses[sentence], cached.tokens.contains(verb) { return cached }
        let tokens = (lower..<upper).filter { doc.tokens[$0].kind != .lineBreak }
        // Quotation marks of any style read as the plain ones most treebanks use.
        let words = tokens.map { doc.tokens[$0].kind == .quote ? "\"" : doc.text(tokens: $0..<($0 + 1)) }
        let parsed = (tokens, analyzer.analyze(words: words))
        parses[sentence] = parsed
        return parsed
    }
}
