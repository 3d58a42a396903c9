/// Splits normalised text (see `TextNormalizer`) into tokens for French, English and Russian news.
/// One left-to-right pass, each scalar looked at a bounded number of times: linear on any input.
public struct Tokenizer: Sendable {
    public var abbreviations: AbbreviationList
    /// Read once here: every scalar of the text is classified.
    let classes = CharClass.table

    public init(abbreviations: AbbreviationList = .shared) {
        self.abbreviations = abbreviations
    }

    /// French elided forms that end at their apostrophe ("l'", "qu'", "jusqu'").
    static let elisions: Set<[UInt32]> = Set(WordLists.french.words("elisions").map { $0.unicodeScalars.map(\.value) })
    /// English clitics split off the word before them ("Obama's" → "Obama" "'s").
    static let clitics: [[UInt32]] = WordLists.english.words("clitics").map { $0.unicodeScalars.map(\.value) }

    public func tokenize(_ text: String) -> [Token] {
        let scalars = Array(text.unicodeScalars)
        return tokenize(TextNormalizer().normalize(scalars), in: 0..<scalars.count)
    }

    /// Tokens of `v[range]`; spans are offsets into `v` (and so into the original text).
    public func tokenize(_ v: [UInt32], in range: Range<Int>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(range.count / 5)
        tokenize(v, in: range, into: &tokens)
        return tokens
    }

    /// The same, appended to `tokens` (the text layer collects all paragraphs in one array).
    func tokenize(_ v: [UInt32], in range: Range<Int>, into tokens: inout [Token]) {
        // Every scalar is read here, several times near word ends: through a raw buffer, without
        // a bounds check each time (all reads stay below `range.upperBound` ≤ `v.count`).
        precondition(range.upperBound <= v.count)
        // Tokens are gathered in a stack buffer and appended a few hundred at a time: one
        // uniqueness check per batch instead of one per token.
        v.withUnsafeBufferPointer { v in
            withUnsafeTemporaryAllocation(of: Token.self, capacity: TokenBatch.capacity) { buffer in
                var batch = TokenBatch(buffer.baseAddress!)
                tokenize(v, in: range, into: &batch, &tokens)
                batch.flush(into: &tokens)
            }
        }
    }

    private func tokenize(_ v: UnsafeBufferPointer<UInt32>, in range: Range<Int>, into batch: inout TokenBatch,
                          _ tokens: inout [Token]) {
        var i = range.lowerBound
        let n = range.upperBound
        while i < n {
            let c = v[i]
            let cls = classes.of(c)
            if cls & (CharClass.space | CharClass.control) != 0 { i += 1; continue }
            // URLs start with h or w ("http", "www."): the test spares the call for every other token.
            if c | 0x20 == 0x68 || c | 0x20 == 0x77, let end = urlEnd(v, i, n) {
                batch.add(&tokens, Token(span: TextSpan(i, end), kind: .url)); i = end; continue
            }
            if cls & CharClass.wordChar != 0 {
                // One scan of the ASCII letters and digits serves both the e-mail check and the word.
                // `bit5` ANDs them: among ASCII letters and digits, only A–Z have 0x20 clear.
                var asciiEnd = i
                var bit5: UInt32 = 0x20
                if c < 0x80 {
                    while asciiEnd < n, asciiEnd - i < 64, Self.isASCIIAlnum(v[asciiEnd]) { bit5 &= v[asciiEnd]; asciiEnd += 1 }
                    if asciiEnd < n, Self.mayContinueEmail(v[asciiEnd]), let end = emailEnd(v, i, n) {
                        batch.add(&tokens, Token(span: TextSpan(i, end), kind: .email)); i = end; continue
                    }
                }
                if cls & CharClass.digit != 0 {
                    let (end, kind, upper) = numberEnd(v, i, n)
                    batch.add(&tokens, Token(span: TextSpan(i, end), kind: kind, holdsUppercase: upper)); i = end; continue
                }
                if cls & CharClass.mark != 0 { // a mark with no base
                    batch.add(&tokens, Token(span: TextSpan(i, i + 1), kind: .symbol)); i += 1; continue
                }
                let (end, upper) = wordEnd(v, i, n, from: asciiEnd, upperBefore: bit5 == 0)
                batch.add(&tokens, Token(span: TextSpan(i, end), kind: .word, holdsUppercase: upper)); i = end; continue
            }
            // An apostrophe that starts an English clitic after a word: "'s".
            if cls & CharClass.apostrophe != 0, i > range.lowerBound, classes.isLetter(v[i - 1]),
               let end = cliticEnd(v, i + 1, n) {
                batch.add(&tokens, Token(span: TextSpan(i, end), kind: .word, holdsUppercase: holdsUpper(v, i, end))); i = end; continue
            }
            if cls & CharClass.quote != 0 {
                batch.add(&tokens, Token(span: TextSpan(i, i + 1), kind: .quote)); i += 1; continue
            }
            if cls & CharClass.dash != 0 {
                var j = i + 1
                while j < n, v[j] == c { j += 1 }
                batch.add(&tokens, Token(span: TextSpan(i, j), kind: .dash)); i = j; continue
            }
            if c == 0x2026 {
                batch.add(&tokens, Token(span: TextSpan(i, i + 1), kind: .ellipsis)); i += 1; continue
            }
            if c == 0x2E {
                var j = i + 1
                while j < n, v[j] == 0x2E { j += 1 }
                batch.add(&tokens, Token(span: TextSpan(i, j), kind: j - i >= 2 ? .ellipsis : .punctuation)); i = j; continue
            }
            if cls & CharClass.punct != 0 {
                batch.add(&tokens, Token(span: TextSpan(i, i + 1), kind: .punctuation)); i += 1; continue
            }
            // Symbols, emoji and anything else: one token per scalar plus its combining marks.
            var j = i + 1
            while j < n, classes.of(v[j]) & CharClass.mark != 0 { j += 1 }
            batch.add(&tokens, Token(span: TextSpan(i, j), kind: .symbol)); i = j
        }
    }

    // MARK: words

    @inline(__always) static func isASCIIAlnum(_ c: UInt32) -> Bool {
        (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39)
    }

    @inline(__always) static func mayContinueEmail(_ c: UInt32) -> Bool {
        c == 0x40 || c == 0x2E || c == 0x5F || c == 0x25 || c == 0x2B || c == 0x2D
    }

    /// Whether a scalar of `v[start..<end]` is uppercase.
    private func holdsUpper(_ v: UnsafeBufferPointer<UInt32>, _ start: Int, _ end: Int) -> Bool {
        for j in start..<end where classes.isUpper(v[j]) { return true }
        return false
    }

    /// End of the word starting at `start`, and whether it holds an uppercase scalar (`Token.holdsUppercase`);
    /// `from` is where its letters are already known to reach, `upperBefore` whether those hold one.
    /// The scalars the loops below classify are the word's, but for the few ends that are not
    /// where a scan stopped ("do|n't", dotted abbreviations), which are checked again.
    private func wordEnd(_ v: UnsafeBufferPointer<UInt32>, _ start: Int, _ n: Int, from: Int? = nil,
                         upperBefore: Bool = false) -> (Int, Bool) {
        var j = max(start, from ?? start)
        var seen: UInt16 = 0   // the classes of the scalars the loop below passed, ORed
        while true {
            // A local accumulator, merged after the loop: the whole function's `seen` lived on the stack.
            var run: UInt16 = 0
            while j < n {
                let cls = classes.of(v[j])
                guard cls & CharClass.wordChar != 0 else { break }
                run |= cls
                j &+= 1   // below n
            }
            seen |= run
            guard j < n, j + 1 < n else { break }
            let c = v[j]
            let next = v[j + 1]
            // Hyphenated compounds and names: al-Assad, Russo-américaine, cessez-le-feu.
            if c == 0x2D || c == 0x2010 || c == 0x2011, classes.isWord(next) { j += 1; continue }
            if c == 0x27, classes.isLetter(next) {
                // "n't" after "do" (split off by the check below on the previous word).
                if j == start + 1, classes.lower(v[start]) == 0x6E, classes.lower(next) == 0x74,
                   j + 2 >= n || !classes.isLetter(v[j + 2]) { return (j + 2, holdsUpper(v, start, j + 2)) }
                // Elided forms are at most 6 letters ("lorsqu"); the bound keeps "x'x'x'…" linear.
                if j - start <= 6, Self.elisions.contains(v[start..<j].map(CharClass.lower)) {
                    return (j + 1, upperBefore || seen & CharClass.upper != 0)
                }
                if cliticEnd(v, j + 1, n) != nil { return (j, upperBefore || seen & CharClass.upper != 0) }
                // "don't": split before "n't".
                if j - start >= 2, classes.lower(v[j - 1]) == 0x6E, classes.lower(next) == 0x74,
                   j + 2 >= n || !classes.isLetter(v[j + 2]) { return (j - 1, holdsUpper(v, start, j - 1)) }
                j += 1; continue // O'Brien, aujourd'hui
            }
            if c == 0x2E {
                let end = abbreviationEnd(v, start, j, n)
                // The period itself is not uppercase; the letters of further dotted segments were not scanned.
                return (end, end <= j + 1 ? upperBefore || seen & CharClass.upper != 0 : holdsUpper(v, start, end))
            }
            break
        }
        return (j, upperBefore || seen & CharClass.upper != 0)
    }

    /// End of an English clitic starting at `i` (after the apostrophe), if there is one.
    private func cliticEnd(_ v: UnsafeBufferPointer<UInt32>, _ i: Int, _ n: Int) -> Int? {
        for clitic in Self.clitics where i + clitic.count <= n {
            var ok = true
            for k in 0..<clitic.count where classes.lower(v[i + k]) != clitic[k] { ok = false; break }
            if ok, i + clitic.count == n || !classes.isWord(v[i + clitic.count]) { return i + clitic.count }
        }
        if i + 1 < n, classes.lower(v[i]) == 0x74, i >= 2, classes.lower(v[i - 2]) == 0x6E { return nil }
        return nil
    }

    /// The word `v[start..<dot]` is followed by a period: keep it when the word is an abbreviation,
    /// an initial ("V."), or a dotted abbreviation ("U.S.", "т.е.").
    private func abbreviationEnd(_ v: UnsafeBufferPointer<UInt32>, _ start: Int, _ dot: Int, _ n: Int) -> Int {
        let length = dot - start
        if length <= 3 {
            var k = dot, segments = 1
            while k + 1 < n, v[k] == 0x2E, classes.isLetter(v[k + 1]) {
                var m = k + 1
                while m < n, m - k <= 3, classes.isLetter(v[m]) { m += 1 }
                guard m < n, v[m] == 0x2E, m - k - 1 <= 3 else { break }
                k = m; segments += 1
            }
            if segments >= 2 { return k + 1 }
        }
        if length == 1, classes.isUpper(v[start]) { return dot + 1 }
        if abbreviations.kind(of: v, start..<dot) != nil { return dot + 1 }
        return dot
    }

    // MARK: numbers, URLs, e-mail

    /// End and kind of the number starting at `start`; for a word ("80-летнего"), whether it holds
    /// an uppercase scalar (the digits and separators before its letters do not).
    private func numberEnd(_ v: UnsafeBufferPointer<UInt32>, _ start: Int, _ n: Int) -> (Int, Token.Kind, Bool?) {
        var j = start
        while j < n, classes.isDigit(v[j]) { j += 1 }
        // 1,5 · 14.03.2016 · 12:30 · 2016/03 · 2016-03-14
        while j + 1 < n, v[j] == 0x2C || v[j] == 0x2E || v[j] == 0x3A || v[j] == 0x2F || v[j] == 0x2D,
              classes.isDigit(v[j + 1]) {
            j += 1
            while j < n, classes.isDigit(v[j]) { j += 1 }
        }
        // Ordinals and suffixes: 1er, 15e, 3rd, 80-летнего.
        if j < n, classes.isLetter(v[j]) {
            while j < n, classes.isWord(v[j]) { j += 1 }
            return (j, .number, nil)
        }
        if j + 1 < n, v[j] == 0x2D, classes.isLetter(v[j + 1]) {
            let (end, upper) = wordEnd(v, j + 1, n)
            return (end, .word, upper)
        }
        return (j, .number, nil)
    }

    private static let schemes: [[UInt32]] = ["https://", "http://", "www."].map { $0.unicodeScalars.map(\.value) }

    private func urlEnd(_ v: UnsafeBufferPointer<UInt32>, _ start: Int, _ n: Int) -> Int? {
        let first = v[start] | 0x20
        guard first == 0x68 || first == 0x77 else { return nil }
        var matched = false
        for scheme in Self.schemes where start + scheme.count < n {
            var ok = true
            for k in 0..<scheme.count where classes.lower(v[start + k]) != scheme[k] { ok = false; break }
            if ok { matched = true; break }
        }
        guard matched else { return nil }
        var j = start
        while j < n, !classes.isSpace(v[j]), v[j] != 0x22, v[j] != 0x3C, v[j] != 0x3E, v[j] != 0xAB, v[j] != 0xBB,
              v[j] != 0x201C, v[j] != 0x201D { j += 1 }
        while j > start, [0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x29, 0x27].contains(v[j - 1]) { j -= 1 }
        return j > start + 4 ? j : nil
    }

    @inline(__always) private func isLocal(_ c: UInt32) -> Bool {
        (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39)
            || c == 0x2E || c == 0x5F || c == 0x25 || c == 0x2B || c == 0x2D
    }

    private func emailEnd(_ v: UnsafeBufferPointer<UInt32>, _ start: Int, _ n: Int) -> Int? {
        var j = start
        while j < n, j - start < 64, isLocal(v[j]) { j += 1 }
        guard j < n, v[j] == 0x40, j > start else { return nil }
        var k = j + 1, dots = 0
        while k < n, k - j < 255, isLocal(v[k]) && v[k] != 0x5F { if v[k] == 0x2E { dots += 1 }; k += 1 }
        while k > j + 1, v[k - 1] == 0x2E || v[k - 1] == 0x2D { if v[k - 1] == 0x2E { dots -= 1 }; k -= 1 }
        return dots >= 1 && k > j + 3 ? k : nil
    }
}

/// Tokens waiting in a fixed buffer (`Tokenizer.tokenize`) before they go to the array in one
/// append.
struct TokenBatch {
    static let capacity = 256
    private let buffer: UnsafeMutablePointer<Token>
    private var count = 0

    init(_ buffer: UnsafeMutablePointer<Token>) { self.buffer = buffer }

    @inline(__always) mutating func add(_ tokens: inout [Token], _ token: Token) {
        if count == Self.capacity { flush(into: &tokens) }
        buffer.advanced(by: count).initialize(to: token)
        count += 1
    }

    mutating func flush(into tokens: inout [Token]) {
        tokens.append(contentsOf: UnsafeBufferPointer(start: buffer, count: count))
        buffer.deinitialize(count: count)
        count = 0
    }
}
