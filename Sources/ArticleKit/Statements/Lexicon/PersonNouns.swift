import Foundation

/// Common nouns that name a person ("актриса", "футболист"), with their grammatical gender:
/// a bare one as a speaker ("заявила актриса") describes a person of the article rather than
/// introducing a new one. Learned from treebanks (Resources/lexicon/person-nouns-<lang>.txt);
/// a language without such a file has none, and the resolver then keeps the noun as written.
struct PersonNouns: Sendable {
    typealias Gender = CueLexicon.Pronoun.Gender

    /// Lemma → gender.
    private let lemmas: [CueWordKey: Gender]
    /// Stem (the lemma without its final vowel or soft sign) → gender, for the other case forms.
    private let stems: [CueWordKey: Gender]
    /// Longest case ending a form may add to a stem.
    static let longestEnding = 3
    static let shortestStem = 4
    /// Last letters a stem drops from its lemma.
    private static let stemEndings: Set<Unicode.Scalar> = Set("аяоеьйи".unicodeScalars)

    init(lines: String) {
        var lemmas: [CueWordKey: Gender] = [:]
        var stems: [CueWordKey: Gender] = [:]
        GenderedWordList.forEachWord(in: lines) { gender, word in
            lemmas[CueWordKey(scalars: word)] = gender
            let stem = word.count > Self.shortestStem && Self.stemEndings.contains(word.last!) ? word.dropLast() : word
            stems[CueWordKey(scalars: stem), default: gender] = gender
        }
        self.lemmas = lemmas
        self.stems = stems
    }

    static func load(_ language: Language) -> PersonNouns {
        guard let code = language.code,
              let url = Bundle.module.url(forResource: "person-nouns-\(code)", withExtension: "txt",
                                          subdirectory: "Resources/lexicon"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return PersonNouns(lines: "") }
        return PersonNouns(lines: text)
    }

    var isEmpty: Bool { lemmas.isEmpty }

    /// The gender of the person a word (any case form) names, or nil when it names none.
    func gender(of word: String) -> Gender? {
        if let gender = lemmas[CueWordKey(word)] { return gender }
        let scalars = Array(word.unicodeScalars)
        guard scalars.count > Self.shortestStem else { return nil }
        // "актрисы", "футболистом": a known stem and a short ending.
        for cut in 1...min(Self.longestEnding, scalars.count - Self.shortestStem) {
            if let gender = stems[CueWordKey(scalars: scalars[..<(scalars.count - cut)])] { return gender }
        }
        return nil
    }
}
