/// One article prepared for the statement finders: its tokens, quotation pairs, sentences and
/// entity positions, each computed once in linear time. A class: the finders and resolvers all
/// hold it, and a struct of fifteen arrays costs fifteen retains and releases per copy.
final class StatementDocument {
    let scalars: ScalarColumn
    /// The text itself, for the Strings of spans (copied from the original's UTF-8).
    private let source: ScalarText
    let lexicon: CueLexicon
    let tokens: [StatementToken]
    /// All quotation pairs, outermost and nested, by opening token.
    let pairs: [QuotePair]
    /// For an outermost opening mark's token: the token of its closing mark; else -1.
    let quoteEnd: RunStartColumn
    /// For each token: the outermost pair that contains it (marks included), or -1.
    let insidePair: RunColumn
    /// Word count of each pair's content.
    let pairWords: [Int]
    /// For an outermost opening mark's token: its pair's index; else -1.
    let pairAt: RunStartColumn
    let sentences: [Range<Int>]
    let sentenceOf: StepColumn
    let entities: [Entity]
    /// Token range of each entity (empty when it covers no token).
    let entityTokens: [Range<Int>]
    /// For each token: the entity covering it, or -1.
    let entityAt: RunColumn
    /// For each token: its paragraph number (blank lines separate paragraphs).
    let paragraphOf: StepColumn
    /// For each token: the length in tokens of the cue starting there, or 0 (computed once, as
    /// the finders ask about the same tokens many times).
    private let cueLengths: [UInt8]
    /// For every `scalarBlock`th scalar offset: the first token ending after it, so that
    /// `token(atScalar:)` searches the few tokens of one block instead of the whole article.
    let firstTokenOfBlock: [Int32]
    static let scalarBlockShift = 8

    init(text: ScalarText, language: String, entities: [Entity]) {
        let scalars = text.column
        let lexicon = CueLexicon.forLanguage(language)
        let tokens = StatementTokenizer(lexicon: lexicon).tokenize(scalars)
        self.scalars = scalars
        source = text
        self.lexicon = lexicon
        self.tokens = tokens
        let allPairs = QuoteMarkScanner().scan(tokens, scalars)
        pairs = allPairs
        // The outermost pairs: each pair that opens after the last one taken closes (so they do
        // not overlap one another), with its place in `pairs`.
        var outermost: [Range<Int>] = []
        var closes: [Int32] = [], insideIndex: [Int32] = []
        for (index, pair) in allPairs.enumerated() where pair.open >= (outermost.last?.upperBound ?? 0) {
            outermost.append(pair.open..<(pair.close + 1))
            closes.append(Int32(pair.close))
            insideIndex.append(Int32(index))
        }
        let quoteRuns = TokenRuns(count: tokens.count, runs: outermost)
        insidePair = RunColumn(runs: quoteRuns, values: insideIndex)
        let ends = RunStartColumn(runs: quoteRuns, values: closes)
        quoteEnd = ends
        // For each outermost pair, the last pair with the same marks (itself but for a duplicate).
        var atIndex = insideIndex
        var pairWords = [Int](repeating: 0, count: allPairs.count)
        for (index, pair) in allPairs.enumerated() where ends[pair.open] == pair.close {
            atIndex[quoteRuns.run(startingAt: pair.open)] = Int32(index)
            var n = 0
            for t in (pair.open + 1)..<pair.close where tokens[t].isWord { n += 1 }
            pairWords[index] = n
        }
        pairAt = RunStartColumn(runs: quoteRuns, values: atIndex)
        self.pairWords = pairWords
        let split = StatementClauseScanner(lexicon: lexicon).sentences(tokens, scalars, quoteEnd: ends)
        sentences = split.ranges
        sentenceOf = StepColumn(split.sentenceOf)
        // The recogniser gives entities in order: the sort (stable) is then only a check.
        // (Read by index: a copy of each entity would retain and release its strings.)
        let inOrder = entities.indices.dropFirst().allSatisfy { !(entities[$0].span < entities[$0 - 1].span) }
        let ordered = inOrder ? entities : entities.sorted { $0.span < $1.span }
        // The token range of each entity, in one scan (spans and tokens are both in order): the
        // check below and `entityAt` both read them, instead of scanning the tokens once each.
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(ordered.count)
        var t = 0
        // By index, the span alone: a copy of each entity would retain and release its strings.
        for index in ordered.indices {
            let span = ordered[index].span
            while t < tokens.count, tokens[t].end <= span.start { t += 1 }
            var u = t
            while u < tokens.count, tokens[u].start < span.end { u += 1 }
            ranges.append(t..<u)
        }
        // A "person" that is only a role noun or a pronoun ("Porte-parole" opening a sentence) is
        // a mention to resolve, not a name: the recogniser's guess is dropped here.
        var dropped: [Int] = []
        for e in ordered.indices where ordered[e].type == .person && !ranges[e].isEmpty {
            let named = ranges[e].contains { tokens[$0].isWord && tokens[$0].flags.isDisjoint(with: [.roleNoun, .pronoun, .determiner]) }
            if !named { dropped.append(e) }
        }
        // Usually none is dropped: the arrays are then shared, not copied.
        let kept = dropped.isEmpty ? nil : ordered.indices.filter { !dropped.contains($0) }
        let sorted = kept.map { $0.map { ordered[$0] } } ?? ordered
        self.entities = sorted
        let entityTokens = kept.map { $0.map { ranges[$0] } } ?? ranges
        // Entities seldom overlap: their token runs then serve as the column.
        let entityRuns = entityTokens.filter { !$0.isEmpty }
        let entityAt: RunColumn
        if TokenRuns.areDisjoint(entityRuns) {
            let indices = entityTokens.indices.filter { !entityTokens[$0].isEmpty }.map { Int32($0) }
            entityAt = RunColumn(runs: TokenRuns(count: tokens.count, runs: entityRuns), values: indices)
        } else {
            var column = TokenColumn(repeating: -1, count: tokens.count)
            column.withUnsafeMutableBufferPointer { column in
                for index in entityTokens.indices {
                    for u in entityTokens[index] where column[u] < 0 { column[u] = Int32(index) }
                }
            }
            entityAt = RunColumn(column)
        }
        self.entityTokens = entityTokens
        self.entityAt = entityAt
        self.paragraphOf = StepColumn(TokenColumn(count: tokens.count) { paragraphOf in
            var paragraph: Int32 = 0
            for i in tokens.indices {
                if tokens[i].kind == .lineBreak && tokens[i].blank { paragraph += 1 }
                paragraphOf.initializeElement(at: i, to: paragraph)
            }
        })
        cueLengths = Self.cueLengths(tokens, lexicon, entityAt)
        firstTokenOfBlock = Self.firstTokenOfBlock(tokens, scalarCount: scalars.count)
    }

    private static func firstTokenOfBlock(_ tokens: [StatementToken], scalarCount: Int) -> [Int32] {
        let blocks = scalarCount >> scalarBlockShift + 2
        return [Int32](unsafeUninitializedCapacity: blocks) { first, count in
            var t = 0
            for block in 0..<blocks {
                let offset = block << scalarBlockShift
                while t < tokens.count, tokens[t].end <= offset { t += 1 }
                first.initializeElement(at: block, to: Int32(t))
            }
            count = blocks
        }
    }

    /// The length of the cue verb or cue phrase starting at each token, or 0.
    private static func cueLengths(_ tokens: [StatementToken], _ lexicon: CueLexicon, _ entityAt: RunColumn) -> [UInt8] {
        var ends = [UInt8](repeating: 0, count: tokens.count)
        for i in tokens.indices {
            let token = tokens[i]
            // A name is never a cue ("Twitter", "Says").
            guard token.kind == .word, !token.flags.isDisjoint(with: [.cueVerb, .cuePhraseStart, .headCue]), entityAt[i] < 0 else { continue }
            if token.flags.contains(.cuePhraseStart), let phrases = lexicon.cuePhrases[token.key],
               let phrase = phrases.first(where: { matches($0, at: i, tokens) }) {
                ends[i] = UInt8(phrase.words.count)
                continue
            }
            // (`.cueVerb` marks exactly the forms of `lexicon.cueVerbs`.)
            if token.flags.contains(.cueVerb) {
                // "the report said": after an article the word is a noun.
                if i > 0, tokens[i - 1].kind == .word, lexicon.nominalisingDeterminers.contains(tokens[i - 1].key) { continue }
                // "according to state media", "according to reports": it opens the attribution's noun phrase.
                if followsAttribution(i, tokens, lexicon) { continue }
                // "said State Senator …", "a déclaré Marche Solidaire": a capital after a lowercase
                // word starts a name, not a verb (a title-case headline capitalises both).
                if token.capitalized, i > 0, tokens[i - 1].kind == .word, !tokens[i - 1].capitalized { continue }
                ends[i] = 1
                continue
            }
            // "explique-t-il": the head before the hyphen is a cue verb (what `.headCue` marks).
            if token.invertedPronoun != nil, token.flags.contains(.headCue) { ends[i] = 1 }
        }
        return ends
    }

    /// Whether an attribution opener ("according to", "selon") ends right before token `i`.
    private static func followsAttribution(_ i: Int, _ tokens: [StatementToken], _ lexicon: CueLexicon) -> Bool {
        (max(0, i - lexicon.longestAttribution)..<i).contains { attribution(at: $0, tokens, lexicon)?.upperBound == i }
    }

    /// Whether token `i` is part of a quotation (a pair of three words or more): names and
    /// scare-quoted words ("Коммерсантъ", « mules ») stay readable as mentions.
    func inQuotation(_ i: Int) -> Bool {
        let p = insidePair[i]
        return p >= 0 && pairWords[p] >= 3
    }

    /// The text of a span.
    func text(_ span: TextSpan) -> String {
        source[span]
    }

    func text(tokens range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return text(TextSpan(tokens[range.lowerBound].start, tokens[range.upperBound - 1].end))
    }

    @inline(__always) func isPunct(_ i: Int, _ marks: MarkSet) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].kind == .punctuation && marks.contains(tokens[i].mark)
    }

    @inline(__always) static func isMark(_ mark: Unicode.Scalar, in marks: MarkSet) -> Bool { marks.contains(mark) }

    /// Whether token `i` lies inside an outermost quotation (its marks excluded).
    func inQuote(_ i: Int) -> Bool {
        let p = insidePair[i]
        return p >= 0 && pairs[p].open != i && pairs[p].close != i
    }

    /// The cue verb or cue phrase starting at token `i`: its token range.
    func cue(at i: Int) -> Range<Int>? {
        let length = Int(cueLengths[i])
        return length > 0 ? i..<(i + length) : nil
    }

    func matches(_ phrase: CueLexicon.Phrase, at i: Int) -> Bool { Self.matches(phrase, at: i, tokens) }

    static func matches(_ phrase: CueLexicon.Phrase, at i: Int, _ tokens: [StatementToken]) -> Bool {
        guard i + phrase.words.count <= tokens.count else { return false }
        for (offset, key) in phrase.words.enumerated() where tokens[i + offset].key != key { return false }
        return true
    }

    /// The attribution opener ("selon", "according to", "по словам") at token `i`.
    func attribution(at i: Int) -> Range<Int>? { Self.attribution(at: i, tokens, lexicon) }

    /// The same, before the document exists (its cue lengths read it).
    static func attribution(at i: Int, _ tokens: [StatementToken], _ lexicon: CueLexicon) -> Range<Int>? {
        guard tokens[i].kind == .word, tokens[i].flags.contains(.attributionStart),
              let phrases = lexicon.attributions[tokens[i].key] else { return nil }
        for phrase in phrases where matches(phrase, at: i, tokens) { return i..<(i + phrase.words.count) }
        return nil
    }
}
