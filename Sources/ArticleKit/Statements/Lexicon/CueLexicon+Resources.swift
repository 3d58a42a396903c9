import Foundation

/// Reading the lexicon's resource files: sections of words per language, phrases split as the
/// tokenizer splits them, and the function words learned from Universal Dependencies.
extension CueLexicon {
    /// A phrase's words as the tokenizer splits them: after an elided prefix ("s'est" → "s'", "est").
    static func phraseWords(_ line: String) -> [String] {
        var out: [String] = []
        for part in line.split(separator: " ") {
            var rest = Substring(part)
            while let apostrophe = rest.firstIndex(where: { $0 == "'" || $0 == "\u{2019}" }),
                  rest.index(after: apostrophe) < rest.endIndex, rest.distance(from: rest.startIndex, to: apostrophe) <= 6 {
                out.append(String(rest[...apostrophe]))
                rest = rest[rest.index(after: apostrophe)...]
            }
            out.append(String(rest))
        }
        return out
    }

    // By the flag table: no Hasher, no String comparison.
    func isRole(_ key: CueWordKey) -> Bool {
        let flags = flagTable.flags(key)
        return flags.contains(.roleNoun) && !flags.contains(.orgNoun)
    }

    /// The dictionary form of a role noun in a singular oblique case ("представителя" →
    /// "представитель", "судьи" → "судья"), else nil.
    func nominative(ofRoleNoun word: String) -> String? {
        guard let lemma = roleLemmas[word.lowercased()] else { return nil }
        return word.first?.isUppercase == true ? lemma.prefix(1).uppercased() + lemma.dropFirst() : lemma
    }

    func isOrgNoun(_ key: CueWordKey) -> Bool { flagTable.flags(key).contains(.orgNoun) }
    func has(_ key: CueWordKey, _ flag: CueWordFlags) -> Bool { flagTable.flags(key).contains(flag) }

    /// Parses the `[section]` file format.
    static func parse(_ text: String) -> [String: [String]] {
        var sections: [String: [String]] = [:]
        var current = ""
        for raw in text.split(whereSeparator: \.isNewline) {
            var line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("#") || line.isEmpty { continue }
            if line.hasPrefix("["), line.hasSuffix("]") {
                current = String(line.dropFirst().dropLast())
                continue
            }
            if let hash = line.range(of: " #") { line = String(line[..<hash.lowerBound]) }
            sections[current, default: []].append(line)
        }
        return sections
    }

    static func functionWords(_ language: Language) -> Set<CueWordKey> {
        let languages = language == .other ? Language.withResources : [language]
        return Set(languages.flatMap(functionWordList).map { CueWordKey($0) })
    }

    /// The words of `Resources/lexicon/function-words-<code>.txt` (learned from UD), empty when
    /// there is no such file.
    static func functionWordList(_ language: Language) -> [String] {
        guard let code = language.code,
              let url = Bundle.module.url(forResource: "function-words-\(code)", withExtension: "txt", subdirectory: "Resources/lexicon"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        var words: [String] = []
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            words += line.split(separator: " ").map(String.init)
        }
        return words
    }

    static func load(_ language: String) -> [String: [String]] {
        guard let url = Bundle.module.url(forResource: language, withExtension: "txt", subdirectory: "Resources/statements"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return [:] }
        return parse(text)
    }
}
