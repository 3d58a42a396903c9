/// Guesses the language of a text from character statistics: the share of each script among
/// letters decides Cyrillic vs Latin; among Latin-script languages, diacritics typical of each
/// language and the frequency of its shortest function words decide. Below a minimum of
/// evidence the answer is "und".
public struct LanguageIdentifier: Sendable {
    /// Read once here: the loops classify every scalar.
    let classes = CharClass.table
    let evidence = LetterEvidenceTable.shared

    public init() {}

    static let languages = ["fr", "en", "de", "es"]
    static let functionWords: HashTable<Int> = {
        // In the order of `languages`.
        let lists = [WordLists.french, .english, .german, .spanish].map { $0.words("function-words") }
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
        let end = min(range.upperBound, range.lowerBound + 80)
        guard range.lowerBound < end else { return 1 }
        let group: UInt8
        switch script {
        case .latin: group = LetterEvidenceTable.latin
        case .cyrillic: group = LetterEvidenceTable.cyrillic
        default: return slowScriptShare(v, range.lowerBound..<end, script)
        }
        precondition(range.lowerBound >= 0 && end <= v.count)
        let (letters, matching) = v.withUnsafeBufferPointer { Self.countScript($0, range.lowerBound..<end, group, evidence) }
        return letters == 0 ? 1 : Double(matching) / Double(letters)
    }

    /// Letters, and letters of script `group`, in `v[range]`: one add per scalar into counters
    /// packed in 16-bit fields (latin, cyrillic, other, none), as `LetterCounts` does.
    private static func countScript(_ v: UnsafeBufferPointer<UInt32>, _ range: Range<Int>, _ group: UInt8,
                                    _ evidence: LetterEvidenceTable) -> (Int, Int) {
        var groups: UInt64 = 0
        for i in range { groups &+= evidence.groupIncrement(evidence.of(v[i])) }
        @inline(__always) func field(_ k: UInt8) -> Int { Int((groups >> (UInt64(k) &* 16)) & 0xFFFF) }
        let letters = field(LetterEvidenceTable.latin) + field(LetterEvidenceTable.cyrillic) + field(LetterEvidenceTable.other)
        return (letters, field(group))
    }

    /// `scriptShare` for the scripts the table does not single out.
    private func slowScriptShare(_ v: [UInt32], _ range: Range<Int>, _ script: Script) -> Double {
        var letters = 0, matching = 0
        for i in range where classes.isLetter(v[i]) {
            letters += 1
            let x = v[i]
            if (x < 0x80 ? Script.latin : Script.of(x)) == script { matching += 1 }
        }
        return letters == 0 ? 1 : Double(matching) / Double(letters)
    }

    public func identify(_ v: [UInt32], in range: Range<Int>) -> String {
        // Cap the work on huge texts: statistics of the first 800 scalars are plenty.
        let end = min(range.upperBound, range.lowerBound + 800)
        guard range.lowerBound < end else { return "und" }
        precondition(range.lowerBound >= 0 && end <= v.count)
        let counts = v.withUnsafeBufferPointer {
            LetterCounts($0, range.lowerBound..<end, evidence, classes, Self.functionWords)
        }
        let letters = counts.latin + counts.cyrillic + counts.other
        guard letters >= 3 else { return "und" }
        if counts.cyrillic * 2 > letters { return counts.ukrainian * 50 > counts.cyrillic ? "uk" : "ru" }
        guard counts.latin * 2 > letters else { return "und" }
        // Half a point per diacritic, one per function word: sums of halves are exact in Double.
        let hits = (0..<Self.languages.count).map { Double(counts.words[$0]) + 0.5 * Double(counts.diacritics[$0]) }
        var best = 0
        for k in hits.indices where hits[k] > hits[best] { best = k }
        let sorted = hits.sorted(by: >)
        guard sorted[0] >= 1, sorted[0] > sorted[1] else { return "und" }
        return Self.languages[best]
    }
}

/// The evidence `LanguageIdentifier` weighs, counted in one pass over a text's first scalars:
/// letters by script group, Ukrainian letters, and per language (fr, en, de, es) the typical
/// diacritics and the function words.
private struct LetterCounts {
    var latin = 0, cyrillic = 0, other = 0, ukrainian = 0
    var diacritics = [0, 0, 0, 0]
    var words = [0, 0, 0, 0]

    init(_ v: UnsafeBufferPointer<UInt32>, _ range: Range<Int>, _ evidence: LetterEvidenceTable,
         _ classes: CharClassTable, _ functionWords: HashTable<Int>) {
        // Counters packed in 16-bit fields (at most 800 scalars each): one add per letter, no
        // branch on its script. Groups: latin, cyrillic, other, none; diacritics: none, fr, de, es.
        var groups: UInt64 = 0, marks: UInt64 = 0, wordHits: UInt64 = 0
        var ukrainian = 0
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            guard evidence.of(v[i]) & LetterEvidenceTable.letter != 0 else { i += 1; continue }
            let start = i
            while i < end {
                let e = evidence.of(v[i])
                guard e & LetterEvidenceTable.word != 0 else { break }
                // One table read per counter: the shifts that place a count in its field are precomputed.
                groups &+= evidence.groupIncrement(e)
                marks &+= evidence.diacriticIncrement(e)
                ukrainian &+= e & LetterEvidenceTable.ukrainian != 0 ? 1 : 0
                i += 1
            }
            // Only words of up to 6 scalars can be function words: only they are hashed, after the scan.
            if i - start <= 6 {
                var h: UInt64 = 0xcbf29ce484222325
                for k in start..<i { h = (h ^ UInt64(classes.lower(v[k]))) &* 0x100000001b3 }
                if let lang = functionWords.get(h) { wordHits &+= 1 &<< (UInt64(lang) &* 16) }
            }
        }
        @inline(__always) func field(_ packed: UInt64, _ k: Int) -> Int { Int((packed >> UInt64(k * 16)) & 0xFFFF) }
        latin = field(groups, 0); cyrillic = field(groups, 1); other = field(groups, 2)
        self.ukrainian = ukrainian
        // Language order fr, en, de, es; diacritic fields: fr 1, de 2, es 3 (English has none).
        diacritics = [field(marks, 1), 0, field(marks, 2), field(marks, 3)]
        words = (0..<4).map { field(wordHits, $0) }
    }
}
