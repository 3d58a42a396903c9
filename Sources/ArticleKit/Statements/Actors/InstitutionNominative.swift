/// Russian: a one-word institution or place named only in an oblique case ("в Кремле", "Интерфаксу")
/// takes the dictionary form the gazetteer holds ("Кремль", "Интерфакс") as the actor's name.
struct InstitutionNominative {
    static let caseEndings = WordLists.russian.words("institution-case-endings").sorted { $0.count > $1.count }
    static let nominativeEndings = [""] + WordLists.russian.words("institution-nominative-endings")

    /// The gazetteer's form of `name`, or nil when `name` is that form already or none is found.
    static func nominative(of name: String) -> String? {
        guard !name.contains(" "), name.count >= 4, let first = name.first, first.isUppercase else { return nil }
        let lower = name.lowercased()
        if isInstitution(lower) { return nil }
        for ending in caseEndings where lower.hasSuffix(ending) && lower.count - ending.count >= 3 {
            let stem = String(lower.dropLast(ending.count))
            for nominative in nominativeEndings where nominative != ending {
                let candidate = stem + nominative
                if isInstitution(candidate) { return String(first) + candidate.dropFirst() }
            }
        }
        return nil
    }

    /// Whether the gazetteer holds `word` (lowercase) as an organisation or a place, exactly.
    private static func isInstitution(_ word: String) -> Bool {
        let classes = Gazetteer.shared.classes(ofWord: word.unicodeScalars.map(\.value))
        return classes.contains(.organisation) || classes.contains(.place)
    }
}
