/// The format of the gendered word resources (Resources/lexicon/person-nouns-*.txt,
/// firstname-genders-*.txt, the [definite-determiners] of Resources/statements): "f: word word …",
/// "m: word word …" and "x: word …" (either gender) lines, "#" comments.
enum GenderedWordList {
    static func forEach(in text: String, _ body: (CueLexicon.Pronoun.Gender, Substring) -> Void) {
        for line in text.split(separator: "\n") where line.first != "#" {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let mark = line[..<colon]
            let gender: CueLexicon.Pronoun.Gender = mark == "f" ? .feminine : mark == "x" ? .unknown : .masculine
            for word in line[line.index(after: colon)...].split(separator: " ") { body(gender, word) }
        }
    }
}
