/// Whether a predicted speaker mention names the source a gold mention names: they share a
/// content word (case-insensitive; articles, prepositions and conjunctions of fr/en/ru, listed in
/// the `[mention-stop-words]` sections of Resources/lang, do not count). So "the company's
/// spokeswoman" matches "a spokeswoman", "Mr. Hallett" matches "Hallett", "he" matches "He".
public struct MentionMatcher: Sendable {
    private let stopWords: Set<String>

    public init() {
        stopWords = Set(WordLists.words("mention-stop-words", in: [.french, .english, .russian]).map { $0.lowercased() })
    }

    public func matches(_ predicted: String, _ gold: String) -> Bool {
        !contentWords(predicted).isDisjoint(with: contentWords(gold))
    }

    /// The words of a mention, lowercased, without the stop words.
    func contentWords(_ mention: String) -> Set<String> {
        let words = mention.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
        return Set(words.filter { !stopWords.contains($0) })
    }
}
