/// The nominative of a Russian person's name met only in another case ("по словам Сергея
/// Лаврова" → "Сергей Лавров"), by the rules of the lexicon's [name-declension] section: the
/// first name, once an ending is replaced and it is an entry of the first-name gazetteers, gives
/// the gender and the case; the patronymic and the surname then take that gender's nominative
/// ending from the same case's rules. A name the rules do not fit (foreign, indeclinable, a first
/// name already in the nominative) is left as it is. Works on lowercase scalar values: it is
/// asked for every person of a Russian article, and String's suffix tests cost several percent
/// of the whole pipeline.
struct NameDeclension: Sendable {
    private struct Rule: Sendable {
        let from: [UInt32]
        let to: [UInt32]
        /// "m gen", "f acc": the gender and case a first-name rule tells.
        let form: String
    }

    /// First-name rules in one list; the others by "part gender case"; longest ending first.
    private let firstNames: [Rule]
    private let others: [String: [Rule]]

    /// From lines `part gender case: from>to from>to …` (an empty `to` drops the ending).
    init(lines: [String]) {
        var firstNames: [Rule] = [], others: [String: [Rule]] = [:]
        func values(_ s: Substring) -> [UInt32] { s.unicodeScalars.map { CharClass.lower($0.value) } }
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let head = line[..<colon].split(separator: " ").map(String.init)
            guard head.count == 3 else { continue }
            let form = head[1] + " " + head[2]
            for pair in line[line.index(after: colon)...].split(separator: " ") {
                let sides = pair.split(separator: ">", omittingEmptySubsequences: false)
                guard sides.count == 2, !sides[0].isEmpty else { continue }
                let rule = Rule(from: values(sides[0]), to: values(sides[1]), form: form)
                if head[0] == "first" { firstNames.append(rule) } else { others[head[0] + " " + form, default: []].append(rule) }
            }
        }
        // Longest first; among equals, in the order written (masculine before feminine).
        self.firstNames = firstNames.enumerated().sorted { ($0.element.from.count, -$0.offset) > ($1.element.from.count, -$1.offset) }.map(\.element)
        for key in others.keys { others[key]!.sort { $0.from.count > $1.from.count } }
        self.others = others
    }

    var isEmpty: Bool { firstNames.isEmpty }

    /// The nominative of `name` (two or three Cyrillic words: first name, patronymic, surname),
    /// or nil when it is one already or the rules do not tell. `isFirstName` answers for a word's
    /// lowercase scalar values.
    /// `masculine`: the name is known to be a man's, so a first name that is also a woman's as
    /// written ("Александра", "Евгения", "Виталия") is read as his in the genitive.
    func nominative(of name: String, isFirstName: ([UInt32]) -> Bool, masculine: Bool = false) -> String? {
        guard !firstNames.isEmpty else { return nil }
        // The first word alone first: most names have one mention in the nominative, whose
        // first name is an entry as it is, and need no more.
        var first: [UInt32] = []
        first.reserveCapacity(12)
        var spaced = false
        for s in name.unicodeScalars {
            if s == " " { spaced = true; break }
            first.append(CharClass.lower(s.value))
        }
        guard spaced, first.count >= 3, Script.of(first[0]) == .cyrillic, masculine || !isFirstName(first) else { return nil }
        for rule in firstNames where Self.hasEnding(first, rule.from) && (!masculine || rule.form.hasPrefix("m")) {
            guard isFirstName(first.dropLast(rule.from.count) + rule.to) else { continue }
            let words = name.unicodeScalars.split(separator: " ").map { $0.map(\.value) }
            guard words.count == 2 || words.count == 3, words.allSatisfy({ $0.allSatisfy { Script.of($0) == .cyrillic } }) else { return nil }
            var result = [Self.replacing(words[0], rule)]
            if words.count == 3 {
                // A patronymic: "-ович", "-овна" once declined back.
                let patronymic = Self.declined(words[1], others["middle " + rule.form]) {
                    Self.hasEnding($0, [0x438, 0x447]) || Self.hasEnding($0, [0x43D, 0x430])   // "ич", "на"
                }
                // Else a second given name, in the first's case ("Марком Дэвидом Чэпменом"): the
                // same ending goes.
                let secondName = Self.hasEnding(words[1].map(CharClass.lower), rule.from) ? Self.replacing(words[1], rule) : nil
                result.append(patronymic ?? secondName ?? words[1])
            }
            result.append(Self.declined(words[words.count - 1], others["last " + rule.form]) { _ in true } ?? words[words.count - 1])
            var text = String.UnicodeScalarView()
            for (k, word) in result.enumerated() {
                if k > 0 { text.append(" ") }
                text.append(contentsOf: word.compactMap(Unicode.Scalar.init))
            }
            return String(text)
        }
        return nil
    }

    /// Whether `word` (lowercase) ends in `ending` and keeps a stem of two scalars at least.
    private static func hasEnding(_ word: [UInt32], _ ending: [UInt32]) -> Bool {
        word.count > ending.count + 1 && word.suffix(ending.count).elementsEqual(ending)
    }

    /// `word` with the first (longest) rule that fits it and gives a form `accept` takes.
    private static func declined(_ word: [UInt32], _ rules: [Rule]?, accept: ([UInt32]) -> Bool) -> [UInt32]? {
        let lower = word.map(CharClass.lower)
        for rule in rules ?? [] where hasEnding(lower, rule.from) {
            let candidate = replacing(word, rule)
            if accept(candidate.map(CharClass.lower)) { return candidate }
        }
        return nil
    }

    /// The word's stem as written (its capitals kept) with the rule's ending.
    private static func replacing(_ word: [UInt32], _ rule: Rule) -> [UInt32] {
        word.dropLast(rule.from.count) + rule.to
    }
}
