/// Inputs that once were, or could be, slower than linear for the analysis: repeated and
/// distinct names, unclosed and nested quotation marks, text without line breaks or punctuation.
/// Each is made at any size `n` (a count of its repeated unit), deterministically.
enum PathologicalText {
    /// "Jean Jean Jean …": one name, `n` times.
    static func repeatedName(_ n: Int) -> String { String(repeating: "Jean ", count: n) }

    /// `n` different capitalised name-like words ("Baba Caba …"), three syllables each.
    static func distinctNames(_ n: Int) -> String {
        var text = ""
        text.reserveCapacity(n * 7)
        for i in 0..<n { text += name(i) + " " }
        return text
    }

    /// The `i`th name-like word: three syllables, the first varying fastest.
    static func name(_ i: Int) -> String {
        let consonants = Array("BCDFGLMNPRSTVZ"), vowels = Array("aeiou")
        let syllables = consonants.count * vowels.count
        precondition(i < syllables * syllables * syllables)
        var word = ""
        var k = i
        for position in 0..<3 {
            let consonant = consonants[k % consonants.count]
            word.append(position == 0 ? consonant : Character(consonant.lowercased()))
            word.append(vowels[(k / consonants.count) % vowels.count])
            k /= syllables
        }
        return word
    }

    /// `n` different people of one family name, one sentence each.
    static func sharedFamilyName(_ n: Int) -> String {
        (0..<n).map { name($0) + " Dupont est venu." }.joined(separator: " ")
    }

    /// `n` different people of one family name, each then called by the family name alone.
    static func familyNameAfterFullNames(_ n: Int) -> String {
        (0..<n).map { "M. " + name($0) + " Dupont a dit que Dupont viendra." }.joined(separator: " ")
    }

    /// `n` different organisations whose initials are the same acronym, each followed by it.
    static func sharedAcronym(_ n: Int) -> String {
        (0..<n).map { "Union " + name($0) + " des travailleurs (UDT)." }.joined(separator: " ")
    }

    /// One line of `n` short sentences, no line break anywhere.
    static func singleLine(_ n: Int) -> String {
        String(repeating: "Le train part à midi et arrive le soir. ", count: n)
    }

    /// `n` lowercase words and no punctuation at all.
    static func wordsWithoutPunctuation(_ n: Int) -> String {
        String(repeating: "le vent souffle sur la plaine ", count: n / 6 + 1)
    }

    /// `n` one-word paragraphs.
    static func oneWordParagraphs(_ n: Int) -> String {
        String(repeating: "Bonjour\n\n", count: n)
    }

    /// `n` opening marks, each before a word, never closed.
    static func unclosedQuotes(_ n: Int, mark: String) -> String {
        String(repeating: mark + "mot ", count: n) + "fin."
    }

    /// `n` « one inside the other: « « « … x.
    static func nestedGuillemets(_ n: Int) -> String {
        String(repeating: "« ", count: n) + "x"
    }

    /// `n` quotations, each by a different person of one family name.
    static func quotesByDistinctSpeakers(_ n: Int) -> String {
        (0..<n).map { "\"The plan works,\" " + name($0) + " Smith said. He added that it was fine." }.joined(separator: " ")
    }

    /// One person, then `n` quotations attributed by a pronoun.
    static func pronounQuotes(_ n: Int) -> String {
        "John Smith arrived. " + String(repeating: "\"We are fine,\" he said. He added that all was well. ", count: n)
    }

    /// `n` presidents, each followed by a quotation of "the two presidents".
    static func collectiveQuotes(_ n: Int) -> String {
        (0..<n).map { "Le président " + name($0) + " Dupont est venu. « Tout va bien », ont déclaré les deux présidents." }
            .joined(separator: " ")
    }

    /// `n` Russian people, each then named in another case.
    static func russianNameForms(_ n: Int) -> String {
        let cyrillic = Array("бвгдклмнпрст"), vowels = Array("аеиоу")
        return (0..<n).map { i -> String in
            var stem = ""
            var k = i
            for _ in 0..<3 { stem.append(cyrillic[k % cyrillic.count]); stem.append(vowels[(k / cyrillic.count) % vowels.count]); k /= 60 }
            let surname = stem.prefix(1).uppercased() + stem.dropFirst() + "ов"
            return "Иван \(surname) приехал. «Всё хорошо», — сказал \(surname)у журналист."
        }.joined(separator: " ")
    }
}
