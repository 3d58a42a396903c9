/// The mention whose name an actor takes: the fullest, in the nominative, outside parentheses.
extension ActorGrouper {
    /// The member whose name becomes the actor's: a single member without comparing (and
    /// without the tables the comparison needs).
    func canonical(_ list: ArraySlice<Int>, _ names: NameTable, _ doc: StatementDocument, _ criteria: inout [Int]) -> Int {
        if list.count == 1 { return list.first! }
        // Canonical name: the fullest name, not one in parentheses; the first on ties.
        // Russian: of full names in several cases ("Анну Петрову", "Анна Петрова"), the one
        // whose words recur most among the mentions (the nominative of the subject).
        // (Counted the first time a score is asked: most actors are decided before.)
        var frequency: HashTable<Int>?
        func score(_ e: Int) -> Int {
            guard doc.lexicon.language == .russian else { return 0 }
            if frequency == nil {
                var counts = HashTable<Int>(capacity: list.count * 2, empty: 0)
                for e in list { for w in names[e] { counts.set(w.key.value, 1, merge: +) } }
                frequency = counts
            }
            return names[e].reduce(0) { $0 + (frequency!.get($1.key.value) ?? 0) }
        }
        // Endings no Russian name has in the nominative ("Марию", "Алёхиной", "Матиасом").
        func oblique(_ e: Int) -> Int {
            guard doc.lexicon.language == .russian else { return 0 }
            // Counted without the array a `filter` would build.
            var count = 0
            for w in names[e] where w.length > 2 {
                if let ends = Self.obliqueEndingSet.match(doc.scalars, w.start, w.length) {
                    if ends { count += 1 }
                    continue
                }
                let lower = doc.text(TextSpan(w.start, w.start + w.length)).lowercased()
                if Self.obliqueEndings.contains(where: { Self.hasSuffix(lower, $0) }) { count += 1 }
            }
            return count
        }
        // The last two criteria of each member computed once, by its position in `list` (the
        // comparison below asks for the same member many times), and only when the first ones
        // tie; the first ones are a few reads each. (In the caller's scratch array: obliques,
        // then scores; -1 until computed.)
        let count = list.count
        criteria.truncate(to: 0)
        criteria.append(contentsOf: repeatElement(-1, count: 2 * count))
        func isBefore(_ i: Int, _ j: Int) -> Bool {
            let a = list[list.startIndex + i], b = list[list.startIndex + j]
            let parenthesisedA = inParentheses(doc, a), parenthesisedB = inParentheses(doc, b)
            if parenthesisedA != parenthesisedB { return parenthesisedA }
            if names.wordCount(a) != names.wordCount(b) { return names.wordCount(a) < names.wordCount(b) }
            // "Иван Петров" rather than "И.Петров".
            let initialsA = Self.initialCount(names[a]), initialsB = Self.initialCount(names[b])
            if initialsA != initialsB { return initialsA > initialsB }
            if criteria[i] < 0 { criteria[i] = oblique(a) }
            if criteria[j] < 0 { criteria[j] = oblique(b) }
            if criteria[i] != criteria[j] { return criteria[i] > criteria[j] }
            if criteria[count + i] < 0 { criteria[count + i] = score(a) }
            if criteria[count + j] < 0 { criteria[count + j] = score(b) }
            if criteria[count + i] != criteria[count + j] { return criteria[count + i] < criteria[count + j] }
            return a > b
        }
        // As `max(by:)`: the first member no later one beats.
        var best = 0
        for k in 1..<count where isBefore(best, k) { best = k }
        return list[list.startIndex + best]
    }

    /// Russian: a man's surname written in the genitive or dative in the fullest mention
    /// ("Д. Медведева", "Ивану Сорокину") while another mention has it bare ("Медведев"): the
    /// name with the bare surname. (A woman's surname never declines to the bare form.)
    func bareSurname(_ list: ArraySlice<Int>, _ names: NameTable, _ doc: StatementDocument, of name: String) -> String? {
        guard list.count > 1, let space = name.lastIndex(where: { $0 == " " || $0 == "." }) else { return nil }
        let last = name[name.index(after: space)...]
        for e in list {
            guard let w = names[e].last, w.length >= 3, w.length < last.count else { continue }
            let bare = doc.text(TextSpan(w.start, w.start + w.length))
            guard last.hasPrefix(bare), Self.surnameCaseEndings.contains(String(last.dropFirst(bare.count))) else { continue }
            return String(name[...space]) + bare
        }
        return nil
    }

    /// A man's name that reads as a woman's in the nominative ("бойца Виталия Лешкива", "по словам
    /// Александра Иванова"), once the caller knows he is a man: his name in the nominative, when
    /// the surname declines too ("Андреа Лоренци" is left as written, and so is a man's first
    /// name as written, "Данила").
    /// (The caller's evidence: a masculine verb after a mention or a bare surname among them, and
    /// no feminine word: role nouns are masculine for women too, "пресс-секретарь", and another
    /// Сомов may be in the group.)
    func masculineNominative(of name: String, _ doc: StatementDocument) -> String? {
        guard FirstNameGenders.russian.gender(of: name[..<(name.firstIndex(of: " ") ?? name.endIndex)]) != .masculine,
              let nominative = doc.lexicon.nameDeclension.nominative(of: name, isFirstName: Self.isDeclinedFirstName, masculine: true),
              nominative.split(separator: " ").last != name.split(separator: " ").last else { return nil }
        return nominative
    }

    /// `candidates` (ascending) sorted by name length, longest first, then by index: a counting
    /// sort, stable, so ties keep their ascending order (a comparison sort called the table per
    /// comparison).
    static func byWordCountDescending(_ candidates: [Int], _ names: NameTable) -> [Int] {
        var longest = 0
        for e in candidates { longest = max(longest, names.wordCount(e)) }
        // Bucket `longest - count` holds the names of `count` words.
        var next = [Int](repeating: 0, count: longest + 2)
        for e in candidates { next[longest - names.wordCount(e) + 1] += 1 }
        for b in 0..<(longest + 1) { next[b + 1] += next[b] }
        return [Int](unsafeUninitializedCapacity: candidates.count) { order, count in
            for e in candidates {
                let b = longest - names.wordCount(e)
                order.initializeElement(at: next[b], to: e)
                next[b] += 1
            }
            count = candidates.count
        }
    }

    /// Number of one-letter words (initials) of a name.
    static func initialCount(_ words: ArraySlice<NameWord>) -> Int {
        var n = 0
        for w in words where w.length == 1 { n += 1 }
        return n
    }
}
