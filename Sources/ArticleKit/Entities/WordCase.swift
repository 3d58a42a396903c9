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
        @inline(__always) func key(_ t: Token) -> Int {
            Int(classes.lower(v[t.span.start]) & 63) * 16 + min(t.span.length, 15)
        }
        // Uppercase scalars before each offset, in one pass without a branch that depends on the
        // text: then whether a word holds a capital is one subtraction, where a scan of each word
        // mispredicted at every word's end.
        let uppers = [Int32](unsafeUninitializedCapacity: v.count + 1) { count, initialized in
            var n: Int32 = 0
            count[0] = 0
            v.withUnsafeBufferPointer { v in
                for j in 0..<v.count {
                    n &+= classes.of(v[j]) & CharClass.upper != 0 ? 1 : 0
                    count[j + 1] = n
                }
            }
            initialized = v.count + 1
        }
        var capitalCount = 0
        var starts: [Int] = [], names: [Int] = []
        var lowercase: [Int] = []   // words of 3+ scalars opening in lowercase, hashed below if the filter lets them
        for (i, t) in tokens.enumerated() where t.kind == .word {
            let c0 = classes.of(v[t.span.start])
            if c0 & CharClass.upper != 0 || c0 & CharClass.lower == 0 { starts.append(i) }
            if c0 & CharClass.lower != 0, t.span.length >= 3 { lowercase.append(i) }
            let hasCapital = uppers[t.span.end] != uppers[t.span.start]
            if c0 & CharClass.letter != 0, c0 & CharClass.lower == 0 || hasCapital { names.append(i) }
            guard hasCapital else { continue }
            if t.span.length >= 3 {
                filter[key(t)] = true
                capitalCount += 1
            }
        }
        var seen = HashTable<Bool>(capacity: min(capitalCount, 1 << 16) + 16, empty: false)
        if capitalCount > 0 {
            for i in lowercase {
                let t = tokens[i]
                guard filter[key(t)] else { continue }
                var h = Gazetteer.seed
                for i in t.span.start..<t.span.end where v[i] != TextNormalizer.absorbed {
                    h = (h ^ UInt64(classes.lower(v[i]))) &* 0x100000001b3
                }
                seen.set(h, true)
            }
        }
        nameLike = CapitalIndex(positions: names)
        lowercaseSeen = seen
        self.capitals = CapitalIndex(positions: starts)
    }
}
