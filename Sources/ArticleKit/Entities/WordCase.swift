/// What the recogniser needs to know about the case of a text's words, found in one pass before
/// tagging and shared by the features and the rules: which tokens are words holding a capital,
/// and which capitalised words are also written in lowercase somewhere in the text (a
/// sentence-initial "Le", "The", "Pendant" is then probably not a name).
struct WordCase {
    /// Words opening with a letter that hold an uppercase scalar anywhere ("Paris", "iPhone", "ONU")
    /// or are in a caseless script: the words the tagger scores, with their neighbours.
    let nameLike: CapitalIndex
    /// Lowercase hashes (`Gazetteer.extend`) of the words written in lowercase somewhere.
    let lowercaseSeen: HashTable<Bool>
    /// Word tokens whose first scalar is not lowercase (capitalised, or caseless), in order: the
    /// rules look only near these, instead of scanning every token in each pass.
    let capitals: CapitalIndex

    init(_ v: [UInt32], _ tokens: [Token]) {
        let classes = CharClass.table
        // Only capitalised words are ever looked up: a filter on (first letter, length) of those
        // spares hashing most lowercase words.
        var filter = [Bool](repeating: false, count: 64 * 16)
        var capitalCount = 0
        var starts: [Int] = [], names: [Int] = []
        var lowercase: [Int] = []   // words of 3+ scalars opening in lowercase, hashed below if the filter lets them
        // One pass over the tokens into the three lists, each written through a buffer: no
        // uniqueness check and no branch per append.
        let n = max(tokens.count, 1) // a base address even without tokens
        starts = [Int](unsafeUninitializedCapacity: n) { startsOut, startsCount in
            names = [Int](unsafeUninitializedCapacity: n) { namesOut, namesCount in
                lowercase = [Int](unsafeUninitializedCapacity: n) { lowerOut, lowerCount in
                    v.withUnsafeBufferPointer { v in
                        tokens.withUnsafeBufferPointer { tokens in
                            filter.withUnsafeMutableBufferPointer { filter in
                                let lists = Lists(starts: startsOut.baseAddress!, names: namesOut.baseAddress!,
                                                  lowercase: lowerOut.baseAddress!)
                                (startsCount, namesCount, lowerCount, capitalCount) =
                                    Self.scan(v, tokens, classes, filter: filter, into: lists)
                            }
                        }
                    }
                }
            }
        }
        var seen = HashTable<Bool>(capacity: min(capitalCount, 1 << 16) + 16, empty: false)
        if capitalCount > 0 {
            // Through buffers: `scan` checked that these words' spans index `v`.
            v.withUnsafeBufferPointer { v in
                tokens.withUnsafeBufferPointer { tokens in
                    for i in lowercase {
                        let t = tokens[i]
                        guard filter[Int(classes.lower(v[t.span.start]) & 63) * 16 + min(t.span.length, 15)] else { continue }
                        var h = Gazetteer.seed
                        for i in t.span.start..<t.span.end where v[i] != TextNormalizer.absorbed {
                            h = (h ^ UInt64(classes.lower(v[i]))) &* 0x100000001b3
                        }
                        seen.set(h, true)
                    }
                }
            }
        }
        nameLike = CapitalIndex(positions: names)
        lowercaseSeen = seen
        self.capitals = CapitalIndex(positions: starts)
    }

    /// Whether a scalar of `span` is uppercase: what the tokenizer tells of its words
    /// (`Token.holdsUppercase`), for tokens made elsewhere. Out of line: the scan loop stays small.
    @inline(never) static func holdsUpper(_ v: UnsafeBufferPointer<UInt32>, _ span: TextSpan, _ classes: CharClassTable) -> Bool {
        for j in span.start..<span.end where classes.isUpper(v[j]) { return true }
        return false
    }

    /// Where `scan` writes the token indices of each list (room for every token).
    private struct Lists {
        let starts: UnsafeMutablePointer<Int>, names: UnsafeMutablePointer<Int>, lowercase: UnsafeMutablePointer<Int>
    }

    /// Sorts the word tokens into `lists` and marks the (first letter, length) keys of the
    /// capitalised ones in `filter`; returns the lists' lengths and the count of such words.
    private static func scan(_ v: UnsafeBufferPointer<UInt32>, _ tokens: UnsafeBufferPointer<Token>, _ classes: CharClassTable,
                             filter: UnsafeMutableBufferPointer<Bool>, into lists: Lists) -> (Int, Int, Int, Int) {
        var starts = 0, names = 0, lowercase = 0, capitals = 0
        for i in 0..<tokens.count where tokens[i].kind == .word {
            let span = tokens[i].span
            precondition(span.start >= 0 && span.start < v.count && span.start <= span.end && span.end <= v.count) // spans index `v`
            let c0 = classes.of(v[span.start])
            let upper = c0 & CharClass.upper != 0, lower = c0 & CharClass.lower != 0
            // Known for the tokenizer's words: no scalar is classified again here.
            let hasCapital = tokens[i].holdsUppercase ?? holdsUpper(v, span, classes)
            // Written every time, kept by advancing the length: no branch on the word's case.
            lists.starts[starts] = i
            starts &+= upper || !lower ? 1 : 0
            lists.lowercase[lowercase] = i
            lowercase &+= lower && span.length >= 3 ? 1 : 0
            lists.names[names] = i
            names &+= c0 & CharClass.letter != 0 && (!lower || hasCapital) ? 1 : 0
            guard hasCapital, span.length >= 3 else { continue }
            filter[Int(classes.lower(v[span.start]) & 63) * 16 + min(span.length, 15)] = true
            capitals += 1
        }
        return (starts, names, lowercase, capitals)
    }
}
