/// Finds runs of letters in a script other than the one of the paragraph's language (the
/// untranslated Cyrillic words in machine-translated French). Words of the same foreign script
/// separated only by spaces or hyphens form one fragment.
public struct ForeignFragmentFinder: Sendable {
    /// Read once here: the loop classifies every scalar.
    let classes = CharClass.table

    public init() {}

    public func find(_ v: [UInt32], text: ScalarText, paragraph: Range<Int>, language: String) -> [ForeignFragment] {
        guard let home = Script.forLanguage(language) else { return [] }
        let latinHome = home == .latin
        if latinHome ? !Self.mayHoldNonLatinLetter(v, paragraph)
                     : home == .cyrillic && !Self.mayHoldNonCyrillicLetter(v, paragraph) { return [] }
        let evidence = LetterEvidenceTable.shared
        let homeGroup = latinHome ? LetterEvidenceTable.latin : home == .cyrillic ? LetterEvidenceTable.cyrillic : nil
        var result: [ForeignFragment] = []
        var i = paragraph.lowerBound
        let n = paragraph.upperBound
        while i < n {
            let c = v[i]
            if latinHome && c < 0x80 { i += 1; continue } // ASCII is never foreign to a Latin-script paragraph
            let e = evidence.of(c)
            guard e & LetterEvidenceTable.letter != 0 else { i += 1; continue }
            // The table's script group spares the switch of `Script.of` for home-script words.
            let script = LetterEvidenceTable.group(e) == homeGroup ? home : Script.of(c)
            if script == home || script == .other {
                // Skip the whole word, so a foreign letter inside a home-script word is not a fragment.
                while i < n, classes.isWord(v[i]) { i += 1 }
                continue
            }
            // A word must be all in the foreign script (plus marks/digits) to count.
            let start = i
            var end = i
            var j = i
            while j < n {
                var k = j, pure = true
                while k < n, classes.isWord(v[k]) {
                    if classes.isLetter(v[k]), Script.of(v[k]) != script { pure = false }
                    k += 1
                }
                if !pure || k == j { break }
                end = k
                // Continue across one space or hyphen to another word of the same script.
                if k + 1 < n, v[k] == 0x20 || v[k] == 0x2D, classes.isLetter(v[k + 1]), Script.of(v[k + 1]) == script {
                    j = k + 1
                } else { break }
            }
            if end > start {
                let span = TextSpan(start, end)
                result.append(ForeignFragment(span: span, text: text[span], script: script.rawValue,
                                              lang: script.likelyLanguage))
                i = end
            } else {
                while i < n, classes.isWord(v[i]) { i += 1 }
            }
        }
        return result
    }

    /// Whether `v[range]` holds a scalar at U+0370 or above outside general punctuation (dashes,
    /// quotes, ellipsis): every letter below is Latin or of no script, so without one a
    /// Latin-script paragraph has no fragment. One pass without branches, much cheaper than the
    /// letter-by-letter scan it spares most paragraphs.
    static func mayHoldNonLatinLetter(_ v: [UInt32], _ range: Range<Int>) -> Bool {
        v.withUnsafeBufferPointer { v in
            var found: UInt32 = 0
            for i in range {
                let c = v[i]
                // 0x370 ≤ c < 0x2000 as one unsigned comparison: the loop then vectorises.
                found |= (c &- 0x370 < 0x2000 - 0x370 ? 1 : 0) | (c > 0x206F ? 1 : 0)
            }
            return found != 0
        }
    }

    /// The same for a Cyrillic-script paragraph: whether it holds an ASCII letter, a scalar in
    /// U+00C0–U+03FF (Latin-1 and Extended letters, Greek), or one at U+0530 or above outside
    /// general punctuation. Every other letter is Cyrillic or of no script; « » and dashes,
    /// frequent in Russian text, are not looked at.
    static func mayHoldNonCyrillicLetter(_ v: [UInt32], _ range: Range<Int>) -> Bool {
        v.withUnsafeBufferPointer { v in
            var found: UInt32 = 0
            for i in range {
                let c = v[i]
                found |= ((c | 0x20) &- 0x61 < 26 ? 1 : 0) | (c &- 0xC0 < 0x400 - 0xC0 ? 1 : 0)
                    | (c &- 0x530 < 0x2000 - 0x530 ? 1 : 0) | (c > 0x206F ? 1 : 0)
            }
            return found != 0
        }
    }
}
