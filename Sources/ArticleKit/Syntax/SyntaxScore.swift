/// Tagging and parsing scores of a model on gold treebank sentences: UPOS accuracy over all
/// tokens; UAS and LAS over the tokens whose gold tag is not PUNCT (the usual convention for
/// reporting greedy parsers), also given with punctuation. Relations are compared in the model's
/// reduced form (see `SurfaceSentence.reduced`).
public struct SyntaxScore: Sendable {
    public var tokens = 0, tagsRight = 0
    public var scored = 0, headsRight = 0, labelledRight = 0
    public var headsRightAll = 0, labelledRightAll = 0

    public init() {}

    public var tagAccuracy: Double { ratio(tagsRight, tokens) }
    public var uas: Double { ratio(headsRight, scored) }
    public var las: Double { ratio(labelledRight, scored) }
    public var uasWithPunctuation: Double { ratio(headsRightAll, tokens) }
    public var lasWithPunctuation: Double { ratio(labelledRightAll, tokens) }
    private func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }

    /// Scores `analyzer` on `sentences` (their surface tokens are the input).
    public init(_ analyzer: SyntaxAnalyzer, on sentences: [SurfaceSentence]) {
        for s in sentences where s.count > 0 {
            add(gold: s, predicted: analyzer.analyze(words: s.forms))
        }
    }

    public mutating func add(gold s: SurfaceSentence, predicted p: [ParsedWord]) {
        for i in 0..<s.count {
            tokens += 1
            if p[i].upos == s.tags[i] { tagsRight += 1 }
            let head = p[i].head.map { $0 + 1 } ?? 0
            let headRight = head == s.heads[i]
            let labelRight = headRight && p[i].relation == s.relations[i]
            if headRight { headsRightAll += 1 }
            if labelRight { labelledRightAll += 1 }
            guard s.tags[i] != "PUNCT" else { continue }
            scored += 1
            if headRight { headsRight += 1 }
            if labelRight { labelledRight += 1 }
        }
    }
}
