import Foundation

/// Tags and parses one sentence of already tokenised words (the project tokenizer's surface
/// tokens: "au", "l'", "do" "n't"), with the model of one language.
public struct SyntaxAnalyzer: Sendable {
    public let model: SyntaxModel
    private let tagger: PartOfSpeechTagger
    private let parser: DependencyParser
    private let rootLabel: Int
    /// The UPOS part of each of the model's tags (a tag may carry a case: "NOUN|Nom").
    private let universalTags: [String]

    public init(model: SyntaxModel) {
        self.model = model
        tagger = PartOfSpeechTagger(rowMask: model.tagger.rowMask)
        parser = DependencyParser(actionMask: model.actions.rowMask, labelMask: model.labels.rowMask)
        rootLabel = model.relations.firstIndex(of: "root") ?? 0
        universalTags = model.tags.map { String($0.prefix { $0 != "|" }) }
    }

    /// The analyser of a language ("fr", "en", "ru"), loaded once on first use; nil when that
    /// language has no model (see `SyntaxModel.loadShipped` for the reason).
    public static func shared(for language: String) -> SyntaxAnalyzer? {
        switch language {
        case "fr": french
        case "en": english
        case "ru": russian
        default: nil
        }
    }

    /// The analyser of a language with resources; nil for `.other` or a missing model.
    static func shared(for language: Language) -> SyntaxAnalyzer? {
        language.code.flatMap { shared(for: $0) }
    }

    // Static lets: each loads lazily, once, thread-safely, and only when its language is asked for.
    private static let french = try? SyntaxAnalyzer(model: .loadShipped(language: "fr"))
    private static let english = try? SyntaxAnalyzer(model: .loadShipped(language: "en"))
    private static let russian = try? SyntaxAnalyzer(model: .loadShipped(language: "ru"))

    /// Part of speech, head and relation of each word.
    public func analyze(words: [String]) -> [ParsedWord] {
        let hashes = words.map { WordHashes($0) }
        let (tags, heads, labels) = analyzeIndices(hashes)
        return words.indices.map {
            ParsedWord(upos: universalTags[tags[$0]], head: heads[$0] >= 0 ? heads[$0] : nil, relation: model.relations[labels[$0]])
        }
    }

    /// Tag, head (−1 for the root) and relation indices of hashed words.
    func analyzeIndices(_ hashes: [WordHashes]) -> (tags: [Int], heads: [Int], labels: [Int]) {
        var tags: [Int] = []
        tagger.tag(hashes, table: model.tagger, into: &tags)
        let tokens = zip(hashes, tags).map { DependencyParser.Token(word: $0, tag: $1) }
        let (heads, labels) = parser.parse(tokens, actions: model.actions, labels: model.labels, rootLabel: rootLabel)
        return (tags, heads, labels)
    }
}
