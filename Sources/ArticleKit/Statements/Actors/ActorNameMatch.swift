import Foundation

/// `ActorGrouper`'s rules for two names of one actor, on plain strings, for stores that merge
/// actors across articles: a name is part of another when its words match the other's in
/// order, two words matching when equal, when one is the other's initial ("S." for "Sergueï"), or
/// (Cyrillic) when they are one word in two cases (`ActorGrouper.sameStem`: "Лаврова", "Лавров").
/// Words are compared case- and diacritic-insensitively, so a name typed on any keyboard
/// ("Serguei Lavrov") finds the one written with its accents.
public enum ActorNameMatch {
    /// The name's words, folded (lowercase, no diacritics, typographic apostrophes as ').
    public static func words(_ name: String) -> [String] {
        fold(name).split { !($0.isLetter || $0.isNumber || $0 == "-" || $0 == "'") }
            .map(String.init).filter { !$0.isEmpty }
    }

    /// The folded name as one key: its words joined by single spaces.
    public static func key(_ name: String) -> String { words(name).joined(separator: " ") }

    /// Whether `short`'s words appear, in order, among `long`'s ("Lavrov" in "Sergueï Lavrov").
    public static func isPart(_ short: [String], of long: [String]) -> Bool {
        guard !short.isEmpty, short.count <= long.count else { return false }
        var j = 0
        for word in short {
            while j < long.count, !same(word, long[j]) { j += 1 }
            if j == long.count { return false }
            j += 1
        }
        return true
    }

    /// Same name word: equal, `a` an initial of `b` ("s" of "sergueï"), or a Cyrillic word in another case.
    public static func same(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let (x, y) = (Array(a), Array(b))
        if x.count == 1 || y.count == 1 { return x.count == 1 && x.first == y.first }
        guard isCyrillic(a), isCyrillic(b) else { return false }
        return ActorGrouper.sameStem(x[...], y[...])
    }

    /// The shortest prefix two words that `same` matches share (for an index range look-up):
    /// the whole word outside Cyrillic, else the stem prefix `sameStem` requires at least.
    public static func lookupPrefix(_ word: String) -> String {
        guard isCyrillic(word), word.count > 3 else { return word }
        return String(word.prefix(max(3, word.count - 4)))
    }

    public static func isCyrillic(_ word: String) -> Bool {
        word.unicodeScalars.contains { (0x400...0x4FF).contains($0.value) }
    }

    /// Lowercase without diacritics. Latin and Cyrillic letters (all that names in the three
    /// languages use) go through a table made once; any other text through Foundation's folding.
    static func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                out.append(v >= 0x41 && v <= 0x5A ? Unicode.Scalar(v + 32)! : scalar)
            } else if v == 0x2019 || v == 0x2018 || v == 0x02BC {
                out.append("'")
            } else if v < 0x530 {
                out.append(contentsOf: foldTable[Int(v)].unicodeScalars)
            } else {
                return slowFold(text)
            }
        }
        return String(out)
    }

    private static let foldTable: [String] = (0..<0x530).map { v in
        guard let scalar = Unicode.Scalar(v) else { return "" }
        return slowFold(String(scalar))
    }

    private static func slowFold(_ text: String) -> String {
        text.replacingOccurrences(of: "\u{2019}", with: "'")
            .folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}
