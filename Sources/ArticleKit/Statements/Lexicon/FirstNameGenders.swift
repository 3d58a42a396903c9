import Foundation

/// The gender a first name gives a person ("Ольга" feminine, "Игорь" masculine), for the
/// agreement of pronouns, verbs and descriptions with a speaker whose surname does not tell
/// (Resources/lexicon/firstname-genders-<lang>.txt). Read once, the first time a person of
/// that language needs it.
struct FirstNameGenders: Sendable {
    typealias Gender = CueLexicon.Pronoun.Gender

    /// By the folded key of the name: no string is built per name when the table is read.
    private let names: [CueWordKey: Gender]

    /// The lists hold tens of thousands of names, read at the first person of an article: one
    /// pass over the scalars of the `GenderedWordList` format, hashing each word as it goes (a
    /// substring per name cost about 10 ms per list).
    init(lines: String) {
        enum State { case lineStart, mark(Unicode.Scalar), words(Gender), skip }
        var names: [CueWordKey: Gender] = [:]
        names.reserveCapacity(lines.utf8.count / 8)
        var state = State.lineStart
        var hash = CueWordKey.empty.value, inWord = false
        func endWord(_ gender: Gender) {
            if inWord { names[CueWordKey(value: hash)] = gender }
            hash = CueWordKey.empty.value
            inWord = false
        }
        for scalar in lines.unicodeScalars {
            switch state {
            case .lineStart:
                state = scalar == "#" ? .skip : scalar == "\n" ? .lineStart : .mark(scalar)
            case .mark(let mark):
                state = scalar == ":" ? .words(mark == "f" ? .feminine : mark == "x" ? .unknown : .masculine) : scalar == "\n" ? .lineStart : .skip
            case .words(let gender):
                if scalar == " " || scalar == "\n" {
                    endWord(gender)
                    if scalar == "\n" { state = .lineStart }
                } else {
                    hash = CueWordKey.mix(hash, CueWordKey.fold(scalar))
                    inWord = true
                }
            case .skip:
                if scalar == "\n" { state = .lineStart }
            }
        }
        if case .words(let gender) = state { endWord(gender) }
        self.names = names
    }

    static let russian = load("ru")
    /// French and English text: first names in the Latin script, whatever their origin.
    static let latin = load("latin")

    static func load(_ code: String) -> FirstNameGenders {
        guard let url = Bundle.module.url(forResource: "firstname-genders-\(code)", withExtension: "txt", subdirectory: "Resources/lexicon"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return FirstNameGenders(lines: "") }
        return FirstNameGenders(lines: text)
    }

    /// The gender of a first name as written (any case of letters), or unknown.
    func gender(of name: some StringProtocol) -> Gender { names[CueWordKey(scalars: name.unicodeScalars)] ?? .unknown }
}
