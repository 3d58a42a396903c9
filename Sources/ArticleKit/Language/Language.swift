/// The languages the analysis has resources for (`Resources/lang`, `Resources/statements`);
/// every other language is `.other`, which gets the union of the statement lexicons.
enum Language: Sendable, Hashable {
    case french, english, russian, other

    /// The languages with resource files, in the order their files are read.
    static let withResources: [Language] = [.french, .english, .russian]

    /// The language of an article code as `Analysis.language` holds it (lowercased, "und" when
    /// unknown): only "fr", "en" and "ru" themselves name a language with resources.
    init(code: String) {
        switch code {
        case "fr": self = .french
        case "en": self = .english
        case "ru": self = .russian
        default: self = .other
        }
    }

    /// The language of a tag by its first two characters, any case ("fr-CA", "EN"): how the
    /// statement lexicon is chosen for a paragraph.
    init(tag: String) {
        self.init(code: String(tag.prefix(2)).lowercased())
    }

    /// The two-letter code of the resource files; nil for `.other`.
    var code: String? {
        switch self {
        case .french: "fr"
        case .english: "en"
        case .russian: "ru"
        case .other: nil
        }
    }
}
