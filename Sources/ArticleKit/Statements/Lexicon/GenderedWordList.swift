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

    /// The same, each word given as its `CueWordKey`: one pass over the scalars, hashing each word
    /// as it goes, for the lists of tens of thousands of first names (a substring per name cost
    /// about 10 ms per list).
    static func forEachKey(in text: String, _ body: (CueLexicon.Pronoun.Gender, CueWordKey) -> Void) {
        forEachWord(in: text) { gender, word in body(gender, CueWordKey(scalars: word)) }
    }

    /// The same, each word given as its scalars (a buffer reused from one word to the next).
    static func forEachWord(in text: String, _ body: (CueLexicon.Pronoun.Gender, ArraySlice<Unicode.Scalar>) -> Void) {
        enum State { case lineStart, mark(Unicode.Scalar), words(CueLexicon.Pronoun.Gender), skip }
        var state = State.lineStart
        var word: [Unicode.Scalar] = []
        word.reserveCapacity(32)
        func endWord(_ gender: CueLexicon.Pronoun.Gender) {
            if !word.isEmpty { body(gender, word[...]) }
            word.removeAll(keepingCapacity: true)
        }
        for scalar in text.unicodeScalars {
            switch state {
            case .lineStart:
                state = scalar == "#" ? .skip : scalar == "\n" ? .lineStart : .mark(scalar)
            case .mark(let mark):
                state = scalar == ":" ? .words(mark == "f" ? .feminine : mark == "x" ? .unknown : .masculine) : scalar == "\n" ? .lineStart : .skip
            case .words(let gender):
                if scalar == " " || scalar == "\n" {
                    endWord(gender)
                    if scalar == "\n" { state = .lineStart }
                } else {
                    word.append(scalar)
                }
            case .skip:
                if scalar == "\n" { state = .lineStart }
            }
        }
        if case .words(let gender) = state { endWord(gender) }
    }
}
