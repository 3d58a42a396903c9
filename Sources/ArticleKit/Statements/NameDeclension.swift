/// The nominative of a Russian person's name met only in another case ("по словам Сергея
/// Лаврова" → "Сергей Лавров"), by the rules of the lexicon's [name-declension] section: the
/// first name, once an ending is replaced and it is an entry of the first-name gazetteers, gives
/// the gender and the case; the patronymic and the surname then take that gender's nominative
/// ending from the same case's rules. A name the rules do not fit (foreign, indeclinable, a first
/// name already in the nominative) is left as it is.
struct NameDeclension: Sendable {
    private struct Rule: Sendable {
        let from: String
        let to: String
        /// "m gen", "f acc": the gender and case a first-name rule tells.
        let form: String
    }

    /// Rules by part ("first", "middle", "last") and then by "gender case" (the first names' in
    /// one list), longest ending first.
    private let firstNames: [Rule]
    private let others: [String: [Rule]]

    /// From lines `part gender case: from>to from>to …` (an empty `to` drops the ending).
    init(lines: [String]) {
        var firstNames: [Rule] = [], others: [String: [Rule]] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let head = line[..<colon].split(separator: " ").map(String.init)
            guard head.count == 3 else { continue }
            let form = head[1] + " " + head[2]
            for pair in line[line.index(after: colon)...].split(separator: " ") {
                let sides = pair.split(separator: ">", omittingEmptySubsequences: false)
                guard sides.count == 2, !sides[0].isEmpty else { continue }
                let rule = Rule(from: String(sides[0]), to: String(sides[1]), form: form)
                if head[0] == "first" { firstNames.append(rule) } else { others[head[0] + " " + form, default: []].append(rule) }
            }
        }
        // Longest first; among equals, masculine before feminine as written.
        self.firstNames = firstNames.enumerated().sorted { ($0.element.from.count, -$0.offset) > ($1.element.from.count, -$1.offset) }.map(\.element)
        for key in others.keys { others[key]!.sort { $0.from.count > $1.from.count } }
        self.others = others
    }

    var isEmpty: Bool { firstNames.isEmpty }

    /// The nominative of `name` (two or three Cyrillic words: first name, patronymic, surname),
    /// or nil when it is one already or the rules do not tell. `isFirstName` answers for a
    /// lowercase word.
    func nominative(of name: String, isFirstName: (String) -> Bool) -> String? {
        guard !firstNames.isEmpty else { return nil }
        let words = name.split(separator: " ").map(String.init)
        guard words.count == 2 || words.count == 3,
              words.allSatisfy({ $0.unicodeScalars.allSatisfy { Script.of($0.value) == .cyrillic } }) else { return nil }
        let first = words[0].lowercased()
        guard !isFirstName(first) else { return nil }
        for rule in firstNames where first.hasSuffix(rule.from) && first.count > rule.from.count + 1 {
            guard isFirstName(String(first.dropLast(rule.from.count)) + rule.to) else { continue }
            var result = [replacing(words[0], rule)]
            if words.count == 3 {
                // A patronymic: "-ович", "-овна" once declined back.
                result.append(declined(words[1], "middle " + rule.form) { $0.hasSuffix("ич") || $0.hasSuffix("на") } ?? words[1])
            }
            result.append(declined(words[words.count - 1], "last " + rule.form) { _ in true } ?? words[words.count - 1])
            return result.joined(separator: " ")
        }
        return nil
    }

    /// `word` with the first (longest) rule of `key` that fits it and gives a form `accept` takes.
    private func declined(_ word: String, _ key: String, accept: (String) -> Bool) -> String? {
        let lower = word.lowercased()
        for rule in others[key] ?? [] where lower.hasSuffix(rule.from) && lower.count > rule.from.count + 1 {
            let candidate = replacing(word, rule)
            if accept(candidate.lowercased()) { return candidate }
        }
        return nil
    }

    /// The word's stem as written (its capitals kept) with the rule's ending.
    private func replacing(_ word: String, _ rule: Rule) -> String {
        String(word.dropLast(rule.from.count)) + rule.to
    }
}
