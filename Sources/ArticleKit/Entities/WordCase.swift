/// What the recogniser needs to know about the case of a text's words, found in one pass before
/// tagging and shared by the features and the rules: which tokens are words holding a capital,
/// and which capitalised words are also written in lowercase somewhere in the text (a
/// sentence-initial "Le", "The", "Pendant" is then probably not a name).
struct WordCase {
    /// Per token: a word with an uppercase scalar anywhere ("Paris", "iPhone", "ONU").
    let hasCapital: [Bool]
    /// Lowercase hashes (`Gazetteer.extend`) of the words written in lowercase somewhere.
    let lowercaseSeen: HashTable<Bool>
    /// Word tokens whose first scalar is not lowercase (capitalised, or caseless), in order: the
    /// rules look only near these, instead of scanning every token in each pass.
    let capitals: CapitalIndex

    init(_ v: [UInt32], _ tokens: [Token]) {
        let classes = CharClass.table
        var hasCapital = [Bool](repeating: false, count: tokens.count)
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
        var capitals = 0
        var starts: [Int] = []
        for (i, t) in tokens.enumerated() where t.kind == .word {
            let c0 = classes.of(v[t.span.start])
            if c0 & CharClass.upper != 0 || c0 & CharClass.lower == 0 { starts.append(i) }
            guard uppers[t.span.end] != uppers[t.span.start] else { continue }
            hasCapital[i] = true
            if t.span.length >= 3 {
                filter[key(t)] = true
                capitals += 1
            }
        }
        var seen = HashTable<Bool>(capacity: min(capitals, 1 << 16) + 16, empty: false)
        if capitals > 0 {
            for t in tokens where t.kind == .word && t.span.length >= 3 {
                guard classes.of(v[t.span.start]) & CharClass.lower != 0, filter[key(t)] else { continue }
                var h = Gazetteer.seed
                for i in t.span.start..<t.span.end where v[i] != TextNormalizer.absorbed {
                    h = (h ^ UInt64(classes.lower(v[i]))) &* 0x100000001b3
                }
                seen.set(h, true)
            }
        }
        self.hasCapital = hasCapital
        lowercaseSeen = seen
        self.capitals = CapitalIndex(positions: starts)
    }
}
