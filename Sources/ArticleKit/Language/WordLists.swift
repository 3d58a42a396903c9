import Foundation

/// The hand-written word lists of one language, read once from `Resources/lang/<file>.txt`
/// (format in Resources/README.md): `[section]` headers, then one entry per line.
struct WordLists: Sendable {
    let sections: [String: [String]]

    init(text: String) {
        var sections: [String: [String]] = [:]
        var current = ""
        for raw in text.split(whereSeparator: \.isNewline) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("["), line.hasSuffix("]") {
                current = String(line.dropFirst().dropLast())
                sections[current, default: []] = sections[current] ?? []
                continue
            }
            sections[current, default: []].append(line)
        }
        self.sections = sections
    }

    /// The entries of `section`; a missing file or section is a packaging error, not a runtime case.
    func words(_ section: String) -> [String] {
        guard let list = sections[section] else { fatalError("Resources/lang: no section [\(section)]") }
        return list
    }

    static func load(_ file: String) -> WordLists {
        guard let url = Bundle.module.url(forResource: file, withExtension: "txt", subdirectory: "Resources/lang"),
              let text = try? String(contentsOf: url, encoding: .utf8) else {
            fatalError("Resources/lang/\(file).txt is missing from the bundle")
        }
        return WordLists(text: text)
    }

    static let french = load("fr")
    static let english = load("en")
    static let russian = load("ru")
    static let german = load("de")
    static let spanish = load("es")
    /// Knowledge tied to no one article language (name particles of many origins, Roman numerals).
    static let anyLanguage = load("any")

    /// The lists of an article language, nil for another one.
    static func forLanguage(_ language: Language) -> WordLists? {
        switch language {
        case .french: french
        case .english: english
        case .russian: russian
        case .other: nil
        }
    }

    /// `section` of each file in turn, concatenated.
    static func words(_ section: String, in files: [WordLists]) -> [String] {
        files.flatMap { $0.words(section) }
    }
}
