/// Adjectives of a nationality or a place ("malien", "norwegian", "российское"): the demonyms of
/// the gazetteer lexicon (French feminine and plural forms derived); in French a word that gives a
/// known place once its adjective ending is replaced by a name's ("malien" → "Mali"); in Russian
/// any adjective with a place adjective's ending, less the kind adjectives (lang/fr.txt and
/// lang/ru.txt `place-adjective-endings`).
enum PlaceAdjective {
    static let frenchEndings = WordLists.french.words("place-adjective-endings").sorted { $0.count > $1.count }
    static let frenchNameEndings = [""] + WordLists.french.words("place-name-endings")
    static let russianEndings = WordLists.russian.words("place-adjective-endings")
    static let russianKindEndings = WordLists.russian.words("kind-adjective-endings")

    /// Whether `word` (lowercase) is a nationality or place adjective.
    static func matches(_ word: String, in language: Language) -> Bool {
        if classes(of: word).contains(.demonym) { return true }
        switch language {
        case .french:
            // The stem keeps three letters at least: "mal|ien" → "mali", never "r|ien".
            guard let ending = frenchEndings.first(where: { word.hasSuffix($0) && word.count - $0.count >= 3 }) else { return false }
            let stem = String(word.dropLast(ending.count))
            return frenchNameEndings.contains { classes(of: stem + $0).contains(.place) }
        case .russian:
            return russianEndings.contains(where: word.hasSuffix) && !russianKindEndings.contains(where: word.hasSuffix)
        case .english, .other:
            return false
        }
    }

    private static func classes(of word: String) -> Gazetteer.Classes {
        Gazetteer.shared.classes(ofWord: word.unicodeScalars.map(\.value))
    }
}
