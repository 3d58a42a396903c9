import Foundation

/// Common nouns that name a person ("актриса", "футболист"), with their grammatical gender:
/// a bare one as a speaker ("заявила актриса") describes a person of the article rather than
/// introducing a new one. Learned from treebanks (Resources/lexicon/person-nouns-<lang>.txt);
/// a language without such a file has none, and the resolver then keeps the noun as written.
struct PersonNouns: Sendable {
    typealias Gender = CueLexicon.Pronoun.Gender

    /// Lemma → gender.
    private let lemmas: [String: Gender]
    /// Stem (the lemma without its final vowel or soft sign) → gender, for the other case forms.
    private let stems: [String: Gender]
    /// Longest case ending a form may add to a stem.
    static let longestEnding = 3
    static let shortestStem = 4

    init(lines: String) {
        var lemmas: [String: Gender] = [:]
        var stems: [String: Gender] = [:]
        GenderedWordList.forEach(in: lines) { gender, word in
            let lemma = String(word)
            lemmas[lemma] = gender
            stems[Self.stem(lemma), default: gender] = gender
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

    /// The gender of the person a word (any case form, lowercase) names, or nil when it names none.
    func gender(of word: String) -> Gender? {
        if let gender = lemmas[word] { return gender }
        let scalars = Array(word.unicodeScalars)
        guard scalars.count > Self.shortestStem else { return nil }
        // "актрисы", "футболистом": a known stem and a short ending.
        for cut in 1...min(Self.longestEnding, scalars.count - Self.shortestStem) {
            let stem = String(String.UnicodeScalarView(scalars[..<(scalars.count - cut)]))
            if let gender = stems[stem] { return gender }
        }
        return nil
    }

    private static func stem(_ lemma: String) -> String {
        guard let last = lemma.last, "аяоеьйи".contains(last), lemma.count > shortestStem else { return lemma }
        return String(lemma.dropLast())
    }
}
