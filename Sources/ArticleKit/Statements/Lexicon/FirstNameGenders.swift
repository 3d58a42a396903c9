import Foundation

/// The gender a first name gives a person ("Ольга" feminine, "Игорь" masculine), for the
/// agreement of pronouns, verbs and descriptions with a speaker whose surname does not tell
/// (Resources/lexicon/firstname-genders-<lang>.txt). Read once, the first time a person of
/// that language needs it.
struct FirstNameGenders: Sendable {
    typealias Gender = CueLexicon.Pronoun.Gender

    /// By the folded key of the name: no string is built per name when the table is read.
    private let names: [CueWordKey: Gender]

    init(lines: String) {
        var names: [CueWordKey: Gender] = [:]
        names.reserveCapacity(lines.utf8.count / 8)
        GenderedWordList.forEachKey(in: lines) { gender, key in names[key] = gender }
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
