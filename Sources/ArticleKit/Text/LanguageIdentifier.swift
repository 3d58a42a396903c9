/// Guesses the language of a text from character statistics: the share of each script among
/// letters decides Cyrillic vs Latin; among Latin-script languages, diacritics typical of each
/// language and the frequency of its shortest function words decide. Below a minimum of
/// evidence the answer is "und".
public struct LanguageIdentifier: Sendable {
    /// Read once here: the loops classify every scalar.
    let classes = CharClass.table

    public init() {}

    static let languages = ["fr", "en", "de", "es"]
    static let functionWords: HashTable<Int> = {
        let lists: [[String]] = [
            ["le", "la", "les", "des", "du", "et", "est", "une", "un", "que", "qui", "dans", "pour", "pas", "au",
             "aux", "sur", "ce", "il", "elle", "ont", "été", "par", "avec", "sont", "mais", "ses", "leur", "selon"],
            ["the", "of", "and", "to", "is", "that", "for", "was", "on", "with", "as", "by", "at", "from", "it",
             "he", "she", "has", "have", "are", "were", "said", "this", "which", "be", "an", "its", "after"],
            ["der", "die", "und", "das", "ist", "nicht", "mit", "den", "von", "zu", "dem", "sich", "auf", "ein",
             "eine", "auch", "wird", "wurde", "für", "im"],
            ["el", "los", "las", "y", "del", "por", "con", "una", "para", "es", "lo", "como", "más", "fue", "su",
             "sus", "pero", "al", "entre", "sobre"],
        ]
        var table = HashTable<Int>(capacity: 128, empty: -1)
        for (index, list) in lists.enumerated() {
            for w in list { table.set(AbbreviationList.hash(w.unicodeScalars.map(\.value)[...]), index) }
        }
        return table
    }()

    public func identify(_ text: String) -> String {
        let v = TextNormalizer().normalize(Array(text.unicodeScalars))
        return identify(v, in: 0..<v.count)
    }

    /// Share of letters in `script` among the first scalars of `range` (a cheap pre-check).
    public func scriptShare(_ v: [UInt32], in range: Range<Int>, _ script: Script) -> Double {
        var letters = 0, matching = 0
        for i in range.lowerBound..<min(range.upperBound, range.lowerBound + 80) where classes.isLetter(v[i]) {
            letters += 1
            let x = v[i]
            if (x < 0x80 ? Script.latin : Script.of(x)) == script { matching += 1 }
        }
        return letters == 0 ? 1 : Double(matching) / Double(letters)
    }

    public func identify(_ v: [UInt32], in range: Range<Int>) -> String {
        var latin = 0, cyrillic = 0, other = 0, ukrainian = 0
        var hits = [Double](repeating: 0, count: Self.languages.count)
        let functionWords = Self.functionWords
        var i = range.lowerBound
        // Cap the work on huge texts: statistics of the first 800 scalars are plenty.
        let end = min(range.upperBound, range.lowerBound + 800)
        /// Counts a letter by script, and the diacritics typical of each Latin-script language.
        @inline(__always) func count(_ x: UInt32) {
            if x < 0x80 { latin += 1; return }
            switch Script.of(x) {
            case .latin:
                latin += 1
                switch classes.lower(x) {
                case 0xE9, 0xE8, 0xEA, 0xE0, 0xE7, 0xF9, 0xE2, 0xEE, 0xF4, 0x153, 0xFB, 0xEB, 0xEF: hits[0] += 0.5
                case 0xE4, 0xF6, 0xFC, 0xDF: hits[2] += 0.5
                case 0xF1, 0xE1, 0xED, 0xF3, 0xFA, 0xBF: hits[3] += 0.5
                default: break
                }
            case .cyrillic:
                cyrillic += 1
                if x == 0x456 || x == 0x457 || x == 0x454 || x == 0x491 { ukrainian += 1 }
            default: other += 1
            }
        }
        while i < end {
            let c = v[i]
            guard classes.isLetter(c) else { i += 1; continue }
            var h: UInt64 = 0xcbf29ce484222325
            let start = i
            while i < end {
                // One table read per scalar serves the word test and the letter test.
                let x = v[i]
                let cls = classes.of(x)
                guard cls & CharClass.wordChar != 0 else { break }
                if cls & CharClass.letter != 0 { count(x) }
                // Only words of up to 6 scalars are looked up: longer ones need no hash.
                if i - start < 7 { h = (h ^ UInt64(classes.lower(x))) &* 0x100000001b3 }
                i += 1
            }
            if i - start <= 6, let lang = functionWords.get(h) { hits[lang] += 1 }
        }
        let letters = latin + cyrillic + other
        guard letters >= 3 else { return "und" }
        if cyrillic * 2 > letters { return ukrainian * 50 > cyrillic ? "uk" : "ru" }
        guard latin * 2 > letters else { return "und" }
        var best = 0
        for k in hits.indices where hits[k] > hits[best] { best = k }
        let sorted = hits.sorted(by: >)
        guard sorted[0] >= 1, sorted[0] > sorted[1] else { return "und" }
        return Self.languages[best]
    }
}
