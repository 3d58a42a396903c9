import Foundation

/// A Russian common noun naming a person opens a sentence, and the tagger took it into the name
/// that follows ("Лидер группировки…", "Сосед Петрова…"): capitalised only because it comes first.
extension EntityRules {
    /// Lemmas of Russian person nouns (lexicon/person-nouns-ru.txt, learned from UD treebanks).
    static let russianPersonNouns: HashTable<Bool> = {
        guard let url = Bundle.module.url(forResource: "person-nouns-ru", withExtension: "txt", subdirectory: "Resources/lexicon"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return lookup([]) }
        var hashes: [UInt64] = []
        GenderedWordList.forEachWord(in: text) { _, word in hashes.append(hashOf(scalars: word)) }
        return lookup(hashes)
    }()

    /// The span without its sentence-initial person noun (nil when nothing capitalised is left).
    func cutLeadingPersonNoun(_ s: Span, _ v: [UInt32], _ tokens: [Token], _ sentences: [Sentence]) -> Span? {
        let k = s.range.lowerBound
        guard s.type == .person, !s.forced, s.range.count >= 2, Script.of(v[tokens[k].span.start]) == .cyrillic,
              k == 0 || !sameSentence(k - 1, k, sentences) else { return s }
        let h = lowerHash(v, tokens[k])
        guard Self.russianPersonNouns.contains(h), !gaz.classes(ofToken: v, tokens[k].span, hash: h).contains(.firstName) else { return s }
        guard hasCapital(v, tokens[k + 1]) else { return nil }
        var out = s
        out.range = (k + 1)..<s.range.upperBound
        out.hash = 0
        return out
    }
}
