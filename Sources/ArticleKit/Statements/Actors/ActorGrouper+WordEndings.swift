/// Word endings (Russian surnames, oblique cases, patronymics) and the lowercasing they are compared in.
extension ActorGrouper {
    /// `word.hasSuffix(suffix)`, comparing scalars when both are made of scalars that are each a
    /// whole character in normal form (Latin below U+0300, Cyrillic letters): the same answer
    /// without the grapheme machinery. Anything else goes to `String.hasSuffix`.
    static func hasSuffix(_ word: String, _ suffix: String) -> Bool {
        @inline(__always) func simple(_ v: UInt32) -> Bool {
            v >= 0x20 && (v < 0x300 || (v >= 0x400 && v <= 0x4FF && !(v >= 0x483 && v <= 0x489)))
        }
        let w = word.unicodeScalars, x = suffix.unicodeScalars
        for c in w where !simple(c.value) { return word.hasSuffix(suffix) }
        for c in x where !simple(c.value) { return word.hasSuffix(suffix) }
        var i = w.endIndex, j = x.endIndex
        while j > x.startIndex {
            guard i > w.startIndex else { return false }
            w.formIndex(before: &i); x.formIndex(before: &j)
            if w[i] != x[j] { return false }
        }
        return true
    }

    static let masculineEndings = WordLists.russian.words("surname-endings-masculine")

    static let feminineEndings = WordLists.russian.words("surname-endings-feminine")

    static let masculineEndingSet = LowercaseEndings(masculineEndings)

    static let feminineEndingSet = LowercaseEndings(feminineEndings)

    static let obliqueEndingSet = LowercaseEndings(obliqueEndings)

    /// The lowercased scalars of `scalars[start..<start+length]` when every scalar is printable
    /// ASCII, Latin-1 or basic Cyrillic (U+0400–U+045F), whose lowercase is one scalar of the
    /// same set: then scalar suffixes agree with `String.lowercased().hasSuffix`. Else nil.
    static func fastLowercased(_ scalars: some ScalarReader, _ start: Int, _ length: Int) -> [UInt32]? {
        guard start >= 0, length >= 0, start + length <= scalars.count else { return nil }
        var out = [UInt32](repeating: 0, count: length)
        for k in 0..<length {
            let v = scalars[start + k].value
            switch v {
            case 0x41...0x5A: out[k] = v + 32
            case 0x20..<0x100: out[k] = (v >= 0xC0 && v <= 0xDE && v != 0xD7) ? v + 32 : v
            case 0x400...0x40F: out[k] = v + 80
            case 0x410...0x42F: out[k] = v + 32
            case 0x430...0x45F: out[k] = v
            default: return nil
            }
        }
        return out
    }

    /// The lowercase of one scalar of the `fastLowercased` set, else nil.
    /// `text.lowercased()`, mapped scalar by scalar when every one is in `lowercasedFast`'s set
    /// (Latin-1 and Cyrillic: no special casing there): `lowercased` cost thousands of
    /// instructions per name.
    static func lowercased(_ text: String) -> String {
        var lower: [Unicode.Scalar] = []
        lower.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            guard let l = lowercasedFast(scalar.value) else { return text.lowercased() }
            lower.append(Unicode.Scalar(l)!)   // (a Latin-1 or Cyrillic letter: always valid)
        }
        return ScalarString.make(lower, TextSpan(0, lower.count))
    }

    @inline(__always) static func lowercasedFast(_ v: UInt32) -> UInt32? {
        switch v {
        case 0x41...0x5A: return v + 32
        case 0x20..<0x100: return (v >= 0xC0 && v <= 0xDE && v != 0xD7) ? v + 32 : v
        case 0x400...0x40F: return v + 80
        case 0x410...0x42F: return v + 32
        case 0x430...0x45F: return v
        default: return nil
        }
    }

    static let obliqueEndings = WordLists.russian.words("oblique-endings")

    static let patronymicEndings = WordLists.russian.words("patronymic-endings")

    static let surnameCaseEndings = Set(WordLists.russian.words("surname-case-endings"))
}
