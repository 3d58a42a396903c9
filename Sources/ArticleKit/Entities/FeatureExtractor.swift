/// Turns the tokens of a sentence into hashed feature rows of the weight table. Everything is
/// hashed from scalars (FNV-1a, then a 64-bit mixer): no String is built per token or feature.
/// Only capitalised words and their immediate neighbours ("candidates") get features: they are O, which
/// is what makes tagging cheap on running text.
public struct FeatureExtractor: Sendable {
    public static let staticCount = 31
    /// Tokens farther than this from a capitalised word are not scored.
    static let window = 1
    /// Whether the previous tag is also conjoined with the token's shape (9 more weight rows per token).
    static let shapeTransitions = true
    public let rowBits: Int
    /// Read once here: `fill` classifies every scalar of the candidates.
    let classes = CharClass.table
    /// Stored, not computed: every feature row is masked with it.
    public let mask: UInt64

    public init(rowBits: Int) {
        self.rowBits = rowBits
        mask = (1 << UInt64(rowBits)) - 1
    }

    /// Per-token values the features are built from.
    struct Info {
        var form: UInt64 = 0, lower: UInt64 = 0, shape: UInt64 = 0
        var s2: UInt64 = 0, s3: UInt64 = 0, s4: UInt64 = 0, p3: UInt64 = 0
        var shapeClass: UInt64 = 0   // 0 lower, 1 Capitalised, 2 ALLCAPS, 3 digits, 4 other, 5 caseless letters
        var gaz: UInt64 = 0          // Gazetteer classes of the token alone
        var span: UInt64 = 0         // classes and position (B/I) of a multi-token gazetteer match
        var first = false, seenLower = false
        var capital = false
        var cluster: UInt64 = 0      // fine word class + 1 (`WordClusters`), with the language's tag; 0: none
        var coarse: UInt64 = 0       // coarse word class + 1, likewise
    }

    static let boundary: UInt64 = 0x5bd1e9955bd1e995

    @inline(__always) static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9E3779B97F4A7C15
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }

    @inline(__always) func row(_ template: UInt64, _ value: UInt64) -> Int {
        Int(Self.mix(value &+ template &* 0x2545F4914F6CDD1D) & mask)
    }

    /// Language code as a feature value.
    static func languageCode(_ lang: String) -> UInt64 {
        switch Language(code: lang) { case .french: 1; case .english: 2; case .russian: 3; case .other: 0 }
    }

    /// Fills `info` for tokens[range]; returns which tokens are candidates, and their maximal runs
    /// (what `EntityRecognizer.runs` finds in `candidates`, found here from the windows).
    /// Only the capitalised words (`WordCase.nameLike`) and their neighbours are visited: the other
    /// tokens keep the default `Info` and are not candidates. The three buffers come back from the
    /// previous call as it left them, or empty.
    func describe(_ v: [UInt32], _ tokens: [Token], _ range: Range<Int>, gazetteer: Gazetteer,
                  wordCase: WordCase, clusters: WordClusters?, into infos: inout [Info], candidates: inout [Bool], runs: inout [Range<Int>]) {
        // The buffers hold the previous sentence (or nothing): only its candidates differ from
        // the defaults, so only those are reset. They are the tokens of its runs (not a scan of
        // every token). The work goes through buffer pointers: an inout array checked its
        // uniqueness at each write, some six times per candidate.
        precondition(runs.last.map { $0.upperBound <= infos.count && $0.upperBound <= candidates.count } ?? true) // the runs index the buffers
        infos.withUnsafeMutableBufferPointer { infos in
            candidates.withUnsafeMutableBufferPointer { candidates in
                for run in runs { for k in run { infos[k] = Info(); candidates[k] = false } }
            }
        }
        runs.removeAll(keepingCapacity: true)
        Self.resize(&infos, to: range.count, Info())
        Self.resize(&candidates, to: range.count, false)
        infos.withUnsafeMutableBufferPointer { infos in
            candidates.withUnsafeMutableBufferPointer { candidates in
                mark(v, tokens, range, gazetteer: gazetteer, wordCase: wordCase, clusters: clusters, infos, candidates, &runs)
            }
        }
    }

    /// `describe`'s work on buffers of `range.count` default entries: every index below is within
    /// the sentence by construction (names in `range`, windows clipped to it, matches limited to it).
    private func mark(_ v: [UInt32], _ tokens: [Token], _ range: Range<Int>, gazetteer: Gazetteer, wordCase: WordCase,
                      clusters: WordClusters?, _ infos: UnsafeMutableBufferPointer<Info>, _ candidates: UnsafeMutableBufferPointer<Bool>,
                      _ runs: inout [Range<Int>]) {
        let lowercaseSeen = wordCase.lowercaseSeen
        let n = range.count
        // Capitalised ("iPhone" too), or in a caseless script: every such word is a candidate.
        let names = wordCase.nameLike.positions
        let firstName = wordCase.nameLike.first(atOrAfter: range.lowerBound)
        var endName = firstName
        while endName < names.count, names[endName] < range.upperBound {
            infos[names[endName] - range.lowerBound].capital = true
            endName += 1
        }
        guard endName > firstName else { return }
        // A sentence-initial capitalised word written lowercase elsewhere in the text ("Le", "The",
        // "Pendant"), before a lowercase word, is a common word: it triggers no scoring.
        var k0 = 0
        while k0 < n, tokens[range.lowerBound + k0].kind != .word { k0 += 1 }
        if k0 < n, infos[k0].capital, k0 + 1 >= n || !infos[k0 + 1].capital {
            var h = Gazetteer.seed
            let t = tokens[range.lowerBound + k0]
            for i in t.span.start..<t.span.end where v[i] != TextNormalizer.absorbed { h = (h ^ UInt64(classes.lower(v[i]))) &* 0x100000001b3 }
            if lowercaseSeen.contains(h) { infos[k0].capital = false }
        }
        // Candidates: within `window` tokens of a capitalised word; each is filled once.
        var filled = 0   // candidates below this are filled
        // Unwrapped once, not per candidate (a binding in the loop retained the table each time).
        let table = clusters
        let hasTable = table != nil
        for p in firstName..<endName {
            let c = names[p] - range.lowerBound
            guard infos[c].capital else { continue }
            for k in max(c - Self.window, filled, 0)..<min(c + Self.window + 1, n) {
                candidates[k] = true
                fill(&infos[k], v, tokens[range.lowerBound + k])
                if hasTable {
                    // One lookup by the hash `fill` just made.
                    let packed = table.unsafelyUnwrapped.packed(infos[k].lower)
                    if packed != 0 {
                        let tag = table.unsafelyUnwrapped.languageTag
                        infos[k].cluster = UInt64(packed & 0xFFFF) | tag
                        infos[k].coarse = UInt64(packed >> 16) | tag
                    }
                }
            }
            let lo = max(c - Self.window, 0), hi = min(c + Self.window + 1, n)
            if let last = runs.last, lo <= last.upperBound {
                runs[runs.count - 1] = last.lowerBound..<max(last.upperBound, hi)
            } else {
                runs.append(lo..<hi)
            }
            filled = max(filled, min(c + Self.window + 1, n))
            infos[c].seenLower = lowercaseSeen.contains(infos[c].lower)
        }
        // Sentence-first word: the first word token (after quotes or dashes).
        for k in 0..<n {
            let t = tokens[range.lowerBound + k]
            if t.kind == .word || t.kind == .number { if candidates[k] { infos[k].first = true }; break }
        }
        // Multi-token and single-token gazetteer matches at capitalised tokens (`fill` hashed each
        // token's lowercase form already: the lookups start from it). A match skips the capitals
        // it covers.
        var next = 0
        for p in firstName..<endName {
            let k = names[p] - range.lowerBound
            guard k >= next, infos[k].capital else { continue }
            if let m = gazetteer.longestMatch(v, tokens, at: range.lowerBound + k, limit: range.upperBound, first: infos[k].lower) {
                let end = m.end - range.lowerBound
                let c = UInt64(m.classes.rawValue)
                for j in k..<end where candidates[j] { infos[j].span = c << 1 | (j == k ? 0 : 1) | 0x1000 }
                if end - k == 1 { infos[k].gaz = c }
                next = end
                continue
            }
            if v[tokens[range.lowerBound + k].span.start] >= 0x400 {
                // Inflected Russian forms match by stem.
                infos[k].gaz = UInt64(gazetteer.classes(ofToken: v, tokens[range.lowerBound + k].span, hash: infos[k].lower).rawValue)
            }
            next = k + 1
        }
    }

    /// `array` cut or padded with `value` to `n` elements. (Padded one append at a time: the few
    /// elements a sentence adds cost less than `append(contentsOf:)`'s generic sequence copy.)
    @inline(__always) static func resize<T>(_ array: inout [T], to n: Int, _ value: T) {
        if array.count > n { array.removeLast(array.count - n) }
        if array.count < n {
            array.reserveCapacity(n)
            for _ in array.count..<n { array.append(value) }
        }
    }

    @inline(__always) func fill(_ info: inout Info, _ v: [UInt32], _ t: Token) {
        precondition(t.span.start >= 0 && t.span.start <= t.span.end && t.span.end <= v.count) // spans index `v`
        v.withUnsafeBufferPointer { if let p = $0.baseAddress { fill(&info, p, t.span) } } // no tokens without scalars
    }

    /// The per-token hashes and shape class, through a raw pointer. The loop keeps few values, in
    /// registers: `p3` is taken from `lower` (its first three steps), and the table lookups'
    /// fallbacks are out of line (`CharClassTable.lower`, `of`; inlined, they made the loop spill most
    /// values to the stack: ≈ 120 instructions a scalar).
    @inline(__always) private func fill(_ info: inout Info, _ v: UnsafePointer<UInt32>, _ span: TextSpan) {
        var form = Gazetteer.seed, lower = Gazetteer.seed, shape = Gazetteer.seed, p3 = Gazetteer.seed
        var lastClass: UInt32 = 0, run = 0
        // Few values, so that the loop keeps them in registers: which classes were seen (1 upper,
        // 2 lower, 4 other letter, 8 digit), the uppercase count, the last four lowercased scalars
        // two to a word (latest in the low half of `last01`).
        var seen: UInt32 = 0, uppers = 0
        var count = 0
        var last01: UInt64 = 0, last23: UInt64 = 0
        for i in span.start..<span.end {
            let c = v[i]
            if c == TextNormalizer.absorbed { continue }
            let l = classes.lower(c), cls = classes.of(c)
            form = (form ^ UInt64(c)) &* 0x100000001b3
            lower = (lower ^ UInt64(l)) &* 0x100000001b3
            if count < 3 { p3 = lower }
            last23 = last23 << 32 | last01 >> 32
            last01 = last01 << 32 | UInt64(l)
            let sc: UInt32
            if cls & CharClass.upper != 0 { sc = 88; uppers &+= 1; seen |= 1 }
            else if cls & CharClass.lower != 0 { sc = 120; seen |= 2 }
            else if cls & CharClass.letter != 0 { sc = 76; seen |= 4 }
            else if cls & CharClass.digit != 0 { sc = 100; seen |= 8 }
            else if cls & CharClass.mark != 0 { sc = lastClass }
            else { sc = c }
            if sc == lastClass { run &+= 1 } else { run = 1; lastClass = sc }
            if run <= 2 { shape = (shape ^ UInt64(sc)) &* 0x100000001b3 }
            count &+= 1
        }
        // Suffixes, lowercased, hashed from the last scalar back (kept in the pass above: no second loop).
        if count >= 2 {
            let s1 = (Gazetteer.seed ^ (last01 & 0xFFFF_FFFF)) &* 0x100000001b3
            info.s2 = (s1 ^ (last01 >> 32)) &* 0x100000001b3
            if count >= 3 { info.s3 = (info.s2 ^ (last23 & 0xFFFF_FFFF)) &* 0x100000001b3 }
            if count >= 4 { info.s4 = (info.s3 ^ (last23 >> 32)) &* 0x100000001b3 }
        }
        info.form = form; info.lower = lower; info.shape = shape; info.p3 = p3
        if seen & 7 == 0 { info.shapeClass = seen & 8 != 0 ? 3 : 4 }   // no letter: digits, or other
        else if seen & 3 == 0 { info.shapeClass = 5 }                   // caseless letters only
        else if seen & 1 == 0 { info.shapeClass = 0 }
        else if seen & 2 == 0 && uppers >= 2 { info.shapeClass = 2 }
        else if classes.isUpper(v[span.start]) { info.shapeClass = 1 }
        else { info.shapeClass = 4 }
    }


    /// The static feature rows of token `k` (independent of tags), written into `out`.
    func features(_ infos: [Info], _ k: Int, language: UInt64, into out: inout [Int]) {
        precondition(k >= 0 && k < infos.count && out.count >= Self.staticCount)
        infos.withUnsafeBufferPointer { infos in
            out.withUnsafeMutableBufferPointer { out in features(infos, k, language: language, into: out.baseAddress!) }
        }
    }

    /// The same through pointers (the decoder fetches them once per run); `k` indexes `infos`,
    /// `out` has room for `staticCount` rows.
    @inline(__always) func features(_ infos: UnsafeBufferPointer<Info>, _ k: Int, language: UInt64, into out: UnsafeMutablePointer<Int>) {
        let x = infos[k]
        let n = infos.count
        let prev = k > 0 ? infos[k - 1].lower : Self.boundary
        let next = k + 1 < n ? infos[k + 1].lower : Self.boundary
        let prev2 = k > 1 ? infos[k - 2].lower : Self.boundary
        let next2 = k + 2 < n ? infos[k + 2].lower : Self.boundary
        let prevShape = k > 0 ? infos[k - 1].shape : Self.boundary
        let nextShape = k + 1 < n ? infos[k + 1].shape : Self.boundary
        let prevGaz = k > 0 ? infos[k - 1].gaz | infos[k - 1].span << 8 : 0x77
        let nextGaz = k + 1 < n ? infos[k + 1].gaz | infos[k + 1].span << 8 : 0x77
        out[0] = row(1, language)
        out[1] = row(2, x.form)
        out[2] = row(3, x.lower)
        out[3] = row(4, x.s2)
        out[4] = row(5, x.s3)
        out[5] = row(6, x.s4)
        out[6] = row(7, x.p3)
        out[7] = row(8, x.shape)
        out[8] = row(9, prev)
        out[9] = row(10, next)
        out[10] = row(11, prev2)
        out[11] = row(12, next2)
        out[12] = row(13, prevShape)
        out[13] = row(14, nextShape)
        out[14] = row(15, prev &* 31 &+ x.shape)
        out[15] = row(16, (prevShape &* 31 &+ x.shape) &* 31 &+ nextShape)
        out[16] = row(17, (x.first ? 1 : 2) &* 31 &+ x.shape)
        out[17] = row(18, x.gaz &* 8 &+ x.shapeClass)
        out[18] = row(19, prevGaz)
        out[19] = row(20, nextGaz)
        out[20] = row(21, (x.seenLower ? 1 : 2) &+ (x.first ? 4 : 8) &+ x.shapeClass &* 16)
        out[21] = row(22, language &* 8 &+ x.shapeClass)
        out[22] = row(23, x.span &* 8 &+ x.shapeClass)
        out[23] = row(24, prev &* 1_000_003 &+ x.lower)
        out[24] = row(25, x.lower &* 1_000_003 &+ next)
        // Word classes (`WordClusters`): what an unseen word shares with the seen words of its class.
        let prevCluster = k > 0 ? infos[k - 1].cluster : 0x99
        let nextCluster = k + 1 < n ? infos[k + 1].cluster : 0x99
        out[25] = row(26, x.cluster)
        out[26] = row(27, x.coarse)
        out[27] = row(28, prevCluster)
        out[28] = row(29, nextCluster)
        out[29] = row(30, x.cluster &* 8 &+ x.shapeClass)
        out[30] = row(31, x.cluster &* 1024 &+ x.gaz)
    }

    /// Row of the tag-transition feature (previous tag alone).
    @inline(__always) func transitionRow(_ previous: Int) -> Int { row(40, UInt64(previous)) }
    /// Row of the previous tag conjoined with the token's shape.
    @inline(__always) func transitionShapeRow(_ previous: Int, _ info: Info) -> Int {
        transitionShapeRow(previous, shape: info.shape)
    }
    @inline(__always) func transitionShapeRow(_ previous: Int, shape: UInt64) -> Int {
        row(41, UInt64(previous) &* 0x100000001b3 &+ shape)
    }
}
