/// Splits a text into `StatementToken`s in one linear pass.
struct StatementTokenizer {
    let lexicon: CueLexicon
    // Copied out of the lexicon once, so the hot loop does not retain and release them per token.
    private let table: CueWordFlagTable
    private let elisions: CueWordMap<Bool>
    private let inversions: CueWordMap<CueWordKey>
    private let longestInversion: Int

    init(lexicon: CueLexicon) {
        self.lexicon = lexicon
        table = lexicon.flagTable
        elisions = lexicon.elisions
        inversions = lexicon.inversions
        longestInversion = lexicon.longestInversion
    }

    static func isQuoteMark(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x22, 0x27, 0xAB, 0xBB, 0x2018, 0x2019, 0x201A, 0x201C, 0x201D, 0x201E, 0x201F, 0x2039, 0x203A: return true
        default: return false
        }
    }

    static func isApostrophe(_ s: Unicode.Scalar) -> Bool {
        s == "'" || s == "\u{2019}" || s == "\u{02BC}"
    }

    static func isHyphen(_ s: Unicode.Scalar) -> Bool { s == "-" || s == "\u{2011}" || s == "\u{2010}" }

    static func isDash(_ s: Unicode.Scalar) -> Bool {
        s == "\u{2014}" || s == "\u{2013}" || s == "\u{2015}" || s == "\u{2012}"
    }

    @inline(__always) static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 {
            return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39)
        }
        // Fast paths for the article scripts: Latin-1/Extended letters, Cyrillic; Latin-1 symbols
        // and general punctuation (« » — ’ …) are not letters.
        if v < 0xC0 { return v == 0xAA || v == 0xB5 || v == 0xBA }
        if v >= 0x2000 && v <= 0x206F { return false }
        if v >= 0xC0 && v <= 0x24F { return v != 0xD7 && v != 0xF7 }
        if v >= 0x400 && v <= 0x4FF { return v < 0x482 || v > 0x489 }
        return isWordScalarSlow(s)
    }

    // The Unicode property look-ups, out of line: inlined, they cost every caller a few type
    // metadata look-ups per call even when the fast paths answer.
    @inline(never) static func isWordScalarSlow(_ s: Unicode.Scalar) -> Bool {
        let p = s.properties
        return p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
    }

    @inline(never) static func isNumeric(_ s: Unicode.Scalar) -> Bool { s.properties.numericType != nil }

    /// `properties.isWhitespace`, answered inline for the ranges that hold no White_Space scalar
    /// (Latin-1 letters and signs up to Cyrillic and beyond, « », dashes, curly quotes, …).
    @inline(__always) static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if (v >= 0xA1 && v < 0x1680) || (v >= 0x2010 && v < 0x2028) || (v >= 0x2030 && v < 0x205F) { return false }
        return isWhitespaceSlow(s)
    }

    @inline(never) static func isWhitespaceSlow(_ s: Unicode.Scalar) -> Bool { s.properties.isWhitespace }

    /// The tokens of `scalars`. Running text has about one token in five scalars: the array is
    /// reserved at a quarter of them and written through a pointer, without `append`'s capacity
    /// and uniqueness checks per token. A text with more (a list of single letters or numbers) is
    /// scanned again into an array of one token per scalar, the most there can be, as each token
    /// starts at a scalar of its own.
    func tokenize(_ scalars: ScalarColumn) -> [StatementToken] {
        tokenize(scalars, capacity: scalars.count / 4 + 16) ?? tokenize(scalars, capacity: max(1, scalars.count))!
    }

    /// The tokens, or nil when there are more than `capacity`.
    private func tokenize(_ scalars: ScalarColumn, capacity: Int) -> [StatementToken]? {
        var complete = true
        let tokens = [StatementToken](unsafeUninitializedCapacity: capacity) { buffer, count in
            var out = Output(buffer: buffer.baseAddress!, capacity: capacity)
            scalars.withBuffer(narrow: { tokenize(NarrowScalarReader(values: $0), into: &out) },
                               wide: { tokenize($0, into: &out) })
            count = out.count
            complete = !out.full
        }
        return complete ? tokens : nil
    }

    /// Where the scan writes: `capacity` tokens at most, then it only notes that it is full.
    private struct Output {
        let buffer: UnsafeMutablePointer<StatementToken>
        let capacity: Int
        var count = 0
        var full = false

        init(buffer: UnsafeMutablePointer<StatementToken>, capacity: Int) {
            self.buffer = buffer
            self.capacity = capacity
        }

        @inline(__always) mutating func append(_ token: StatementToken) {
            guard count < capacity else { full = true; return }
            (buffer + count).initialize(to: token)   // a trivial type: nothing to deinitialise
            count += 1
        }
    }

    private func tokenize<S: ScalarReader>(_ s: S, into out: inout Output) {
        let n = s.count
        var i = 0
        while i < n, !out.full {
            let c = s[i]
            // A space, the commonest scalar after letters, first: it only ends what came before.
            if c == " " {
                i += 1
                continue
            }
            if c == "\n" {
                var j = i + 1
                var blank = false
                while j < n, s[j] == "\n" || s[j] == " " || s[j] == "\t" || s[j] == "\r" {
                    if s[j] == "\n" { blank = true }
                    j += 1
                }
                var t = StatementToken(start: i, end: i + 1, kind: .lineBreak, key: .empty, capitalized: false, mark: c)
                t.blank = blank
                out.append(t)
                i = j
                continue
            }
            if Self.isWordScalar(c) {
                // Most words end at a scalar that cannot join them (a space, a comma): their
                // token is written here, without the call and the state of `scanWord`.
                let (end, hash) = Self.hashRun(s, from: i, to: n, CueWordKey.empty.value)
                if end < n, Self.continuesWord(s, at: end) {
                    i = scanWord(s, from: i, runEnd: end, hash: hash, into: &out)
                } else {
                    out.append(token(s, i, end, CueWordKey(value: hash), nil, -1))
                    // The space after most words, skipped here rather than by a turn of the loop.
                    i = end < n && s[end] == " " ? end + 1 : end
                }
                continue
            }
            if c == " " || c == "\t" || c == "\r" || c == "\u{00A0}" || c == "\u{202F}" || (c.value >= 0x80 && Self.isWhitespace(c)) {
                i += 1
                continue
            }
            // Typewriter double quotes written as two apostrophes or two backquotes (''…'',
            // ``…'': news archives, plain-text wires) are one straight double quote: the inner
            // scalar of the two is the mark (a mark is one scalar long), the outer one is passed
            // over like a space.
            if c == "'" || c == "`", i + 1 < n, s[i + 1] == c, i + 2 >= n || s[i + 2] != c {
                let opening = c == "`" || i == 0 || Self.isWhitespace(s[i - 1]) || s[i - 1] == "("
                let at = opening ? i + 1 : i
                out.append(StatementToken(start: at, end: at + 1, kind: .quote, key: .empty, capitalized: false, mark: "\""))
                i += 2
                continue
            }
            let token: StatementToken
            if Self.isQuoteMark(c) {
                token = StatementToken(start: i, end: i + 1, kind: .quote, key: .empty, capitalized: false, mark: c)
            } else if Self.isDash(c) || (c == "-" && (i == 0 || s[i - 1] == " " || s[i - 1] == "\n") && (i + 1 >= n || s[i + 1] == " ")) {
                token = StatementToken(start: i, end: i + 1, kind: .dash, key: .empty, capitalized: false, mark: c)
            } else {
                let key = CueWordKey(value: CueWordKey.mix(CueWordKey.empty.value, CueWordKey.fold(c)))
                token = StatementToken(start: i, end: i + 1, kind: .punctuation, key: key, capitalized: false, mark: c)
            }
            out.append(token)
            i += 1
        }
    }

    /// Whether the scalar at `j`, which ends a run of word scalars, may go on with the word: an
    /// apostrophe, a hyphen or a dot before another word scalar. Anything else (a space, a
    /// comma: most word ends) ends it without a look at the next scalar.
    @inline(__always) private static func continuesWord<S: ScalarReader>(_ s: S, at j: Int) -> Bool {
        let v = s[j].value
        let joiner = v < 0x80 ? (v == 0x27 || v == 0x2D || v == 0x2E) : (v == 0x2019 || v == 0x2BC || v == 0x2011 || v == 0x2010)
        return joiner && j + 1 < s.count && isWordScalar(s[j + 1])
    }

    /// Scans the rest of a word from `start` whose first run of word scalars ends at `runEnd`
    /// (hashed: `hash`) before a joiner, splitting elided prefixes ("qu'", "l'") and keeping
    /// internal hyphens and apostrophes ("porte-parole", "aujourd'hui", "don't").
    private func scanWord<S: ScalarReader>(_ s: S, from start: Int, runEnd: Int, hash runHash: UInt64,
                          into out: inout Output) -> Int {
        let n = s.count
        var wordStart = start
        var j = runEnd
        var firstHyphen = -1
        // The word's key is hashed as it is scanned: one pass over its scalars.
        var hash = runHash
        var headHash = CueWordKey.empty.value
        while j < n, Self.continuesWord(s, at: j) {
            let c = s[j]
            let folded = CueWordKey.fold(c)
            if Self.isApostrophe(c) {
                hash = CueWordKey.mix(hash, folded)
                if !elisions.isEmpty, elisions.contains(CueWordKey(value: hash)) {
                    out.append(token(s, wordStart, j + 1, CueWordKey(value: hash), nil, -1))
                    wordStart = j + 1
                    firstHyphen = -1
                    hash = CueWordKey.empty.value
                }
            } else if Self.isHyphen(c) {
                if firstHyphen < 0 { firstHyphen = j; headHash = hash }
                hash = CueWordKey.mix(hash, folded)
            } else {
                break   // a dot: "B.Obama" stays two tokens, and "U.S" too
            }
            (j, hash) = Self.hashRun(s, from: j + 1, to: n, hash)
        }
        out.append(token(s, wordStart, j, CueWordKey(value: hash),
                         firstHyphen > wordStart ? CueWordKey(value: headHash) : nil, firstHyphen))
        return j
    }

    /// Hashes the run of word scalars from `j` up to the first other scalar: the tokenizer's
    /// hottest loop, kept apart so that its few running values stay in registers.
    @inline(never) private static func hashRun<S: ScalarReader>(_ s: S, from start: Int, to n: Int,
                                               _ hash: UInt64) -> (end: Int, hash: UInt64) {
        var j = start
        var hash = hash
        while j < n {
            let c = s[j]
            let v = c.value
            if v < 0x80 {
                // ASCII: letters fold with | 0x20, digits stay (same as isWordScalar + fold).
                let lower = v | 0x20
                if lower &- 0x61 < 26 { hash = CueWordKey.mix(hash, lower); j += 1; continue }
                if v &- 0x30 < 10 { hash = CueWordKey.mix(hash, v); j += 1; continue }
                break
            }
            if v &- 0x430 < 0x30 {
                // Lowercase Cyrillic (а–я, ѐ–џ), half the corpus: a letter that folds to itself.
                hash = CueWordKey.mix(hash, v)
            } else if v &- 0x410 < 0x20 {
                hash = CueWordKey.mix(hash, v + 32)   // А–Я
            } else if isWordScalar(c) {
                hash = CueWordKey.mix(hash, CueWordKey.fold(c))
            } else {
                break
            }
            j += 1
        }
        return (j, hash)
    }

    @inline(__always) private func token<S: ScalarReader>(_ s: S, _ a: Int, _ b: Int, _ key: CueWordKey,
                                         _ head: CueWordKey?, _ firstHyphen: Int) -> StatementToken {
        let v = s[a].value
        let numeric = v < 0x80 ? (v >= 0x30 && v <= 0x39) : (v > 0x4FF && Self.isNumeric(s[a]))
        var token = StatementToken(start: a, end: b, kind: numeric ? .number : .word, key: key,
                                   capitalized: CueWordKey.isUpper(s[a]), mark: s[a])
        token.flags = table.flags(key)
        if let head, firstHyphen > a {
            if table.flags(head).contains(.cueVerb) { token.flags.insert(.headCue) }
            // "-t-il" / "-il": try the longest suffix first, looking no further back than the
            // longest inversion reaches.
            var h = max(firstHyphen, b - longestInversion)
            while h < b {
                if Self.isHyphen(s[h]), !inversions.isEmpty, let pronoun = inversions[CueWordKey(s, h..<b)] {
                    token.invertedPronoun = pronoun
                    break
                }
                h += 1
            }
        }
        return token
    }
}
