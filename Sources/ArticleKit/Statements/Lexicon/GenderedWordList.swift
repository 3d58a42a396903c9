/// The format of the gendered word resources (Resources/lexicon/person-nouns-*.txt,
/// firstname-genders-*.txt): "f: word word …" and "m: word word …" lines, "#" comments.
enum GenderedWordList {
    static func forEach(in text: String, _ body: (CueLexicon.Pronoun.Gender, Substring) -> Void) {
        for line in text.split(separator: "\n") where line.first != "#" {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let gender: CueLexicon.Pronoun.Gender = line[..<colon] == "f" ? .feminine : .masculine
            for word in line[line.index(after: colon)...].split(separator: " ") { body(gender, word) }
        }
    }
}
