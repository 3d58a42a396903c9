import Foundation

/// Loads each lexicon once, thread-safely.
final class CueLexiconCache: @unchecked Sendable {
    private let lock = NSLock()
    private var lexicons: [Language: CueLexicon] = [:]

    func lexicon(for language: Language) -> CueLexicon {
        lock.lock()
        defer { lock.unlock() }
        if let found = lexicons[language] { return found }
        let sections: [String: [String]]
        if let code = language.code {
            sections = CueLexicon.load(code)
        } else {
            var merged: [String: [String]] = [:]
            for one in [Language.french, .english, .russian] {
                for (name, lines) in CueLexicon.load(one.code!) {
                    // Restricted openers and bare complements stay language-specific.
                    if name == "restricted-attributions" || name == "bare-complement-verbs" || name == "attributions" && one == .french {
                        merged[name, default: []] += lines.filter { $0 != "pour" }
                        continue
                    }
                    merged[name, default: []] += lines
                }
            }
            sections = merged
        }
        let lexicon = CueLexicon(language: language, sections: sections)
        lexicons[language] = lexicon
        return lexicon
    }
}
