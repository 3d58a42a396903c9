import Foundation

/// Lists of names and words the recogniser looks up, as hashes of lowercased token sequences
/// (up to `maxTokens` tokens), each with a bit set of the classes it belongs to. Entries are
/// tokenised with the same `Tokenizer` as articles, so "quai d'Orsay" matches token by token.
public struct Gazetteer: Sendable {
    public struct Classes: OptionSet, Sendable, Hashable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        public static let place = Classes(rawValue: 1)
        public static let capital = Classes(rawValue: 2)
        public static let firstName = Classes(rawValue: 4)
        public static let organisation = Classes(rawValue: 8)
        public static let demonym = Classes(rawValue: 16)
        public static let title = Classes(rawValue: 32)
        public static let organisationHead = Classes(rawValue: 64)
        public static let surname = Classes(rawValue: 128)
    }

    public static let maxTokens = 4
    /// Read once here: the lookups lowercase every scalar they hash.
    let charClasses = CharClass.table
    /// Single Cyrillic entries by stem (final vowel, ь or й removed), so inflected forms match:
    /// "России" → "Росси" ← "Россия", "Москвой" → "Москв" ← "Москва", "Путина" → "Путин".
    var stems = HashTable<Classes>(capacity: 1 << 12, empty: [])
    /// First-token hashes of organisation entries: a small table that stays in cache, checked
    /// before the full longest-match lookup.
    var organisationStarts = HashTable<Bool>(capacity: 512, empty: false)

    /// (first letter, length) of those first tokens: a bitmap tested before any hashing.
    /// A bitmap over (first letter, second letter, length), 8 kB: with a few hundred organisations
    /// a (first letter, length) key let most short function words through ("au" for "AC Milan").
    var organisationStartShapes = [UInt64](repeating: 0, count: 64 * 64 * 16 / 64)

    @inline(__always) static func shapeKey(_ v: [UInt32], _ span: TextSpan, _ classes: CharClassTable) -> Int {
        let second = span.length > 1 ? Int(classes.lower(v[span.start + 1]) & 63) : 0
        return (Int(classes.lower(v[span.start]) & 63) * 64 + second) * 16 + min(span.length, 15)
    }

    /// A bitmap over (first letter, last letter) of the one-token organisation heads ("ministère",
    /// "Cour"): the French rule tests every word shortly before a capital, and most are rejected
    /// before hashing. (Not the length: an absorbed mark, skipped by the hash, counts in it.)
    var headEnds = [UInt64](repeating: 0, count: 64 * 64 / 64)

    /// (First, last) scalars the hash reads, lowercased: absorbed marks are skipped as the hash skips them.
    @inline(__always) static func endsKey(_ v: [UInt32], _ span: TextSpan, _ classes: CharClassTable) -> Int {
        var a = span.start, b = span.end - 1
        while a < b, v[a] == TextNormalizer.absorbed { a += 1 }
        while b > a, v[b] == TextNormalizer.absorbed { b -= 1 }
        return Int(classes.lower(v[a]) & 63) * 64 + Int(classes.lower(v[b]) & 63)
    }

    /// False when the token cannot be a one-token organisation head (then no need to hash it).
    @inline(__always) func mayBeHead(_ v: [UInt32], _ span: TextSpan) -> Bool {
        let key = Self.endsKey(v, span, charClasses)
        return headEnds[key >> 6] & (1 << UInt64(key & 63)) != 0
    }


    /// False when no organisation entry starts with the token at `span`: the bitmap test alone, for
    /// callers to inline (most tokens stop here).
    @inline(__always) func mayStartOrganisation(_ v: [UInt32], _ span: TextSpan) -> Bool {
        let key = Self.shapeKey(v, span, charClasses)
        return organisationStartShapes[key >> 6] & (1 << UInt64(key & 63)) != 0
    }

    /// The lowercase hash of the token at `span` when an organisation entry can start with it
    /// (cheap test first), else nil; the hash then starts the longest-match lookup.
    @inline(__always) func organisationStart(_ v: [UInt32], _ span: TextSpan) -> UInt64? {
        guard mayStartOrganisation(v, span) else { return nil }
        let h = Self.extend(Self.seed, v, span, charClasses)
        return organisationStarts.contains(h) ? h : nil
    }
    var table = HashTable<Classes>(capacity: 1 << 16, empty: [])
    /// The few hundred entries of the word classes the rules test at many tokens (titles,
    /// demonyms, organisation heads), also in a table of their own that stays in cache: a lookup in
    /// the full table (≈ 120k entries, 2.5 MB) costs a cache miss or more.
    var lexicon = HashTable<Classes>(capacity: 1 << 11, empty: [])
    static let lexiconClasses: Classes = [.title, .demonym, .organisationHead]
    /// Sequence hashes of every proper prefix of a multi-token entry, so longest match can stop early.
    var prefixes = HashTable<Bool>(capacity: 1 << 10, empty: false)

    public init() {}

    /// The snapshot when the bundle has one (see `GazetteerSnapshot`), else built from the lists.
    public static let shared: Gazetteer = {
        if let url = Bundle.module.url(forResource: "snapshot", withExtension: "bin", subdirectory: "Resources/gazetteers"),
           let data = try? Data(contentsOf: url), let snapshot = try? GazetteerSnapshot.decode(data) {
            return snapshot
        }
        return fromLists()
    }()

    /// Builds the tables from the text lists in Resources (the source of the snapshot).
    public static func fromLists() -> Gazetteer {
        var g = Gazetteer()
        func load(_ name: String, _ dir: String, _ classes: Classes, derive: Bool = false) {
            guard let url = Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Resources/\(dir)"),
                  let data = try? Data(contentsOf: url) else { return }
            if derive {
                g.add(lines: String(decoding: data, as: UTF8.self), classes, deriveFrenchForms: true)
            } else {
                g.add(utf8Lines: data, classes)
            }
        }
        load("places", "gazetteers", .place)
        load("capitals", "gazetteers", [.place, .capital])
        load("firstnames", "gazetteers", .firstName)
        load("firstnames-ru", "lexicon", .firstName)
        load("opencorpora-firstnames", "gazetteers", .firstName)
        load("opencorpora-surnames", "gazetteers", .surname)
        load("opencorpora-places", "gazetteers", .place)
        load("countries-extra", "lexicon", [.place, .capital])
        load("organisations", "gazetteers", .organisation)
        load("demonyms", "lexicon", .demonym, derive: true)
        load("titles", "lexicon", .title)
        load("org_heads", "lexicon", .organisationHead)
        return g
    }

    /// Adds one entry per line of UTF-8 bytes (lines starting with # skipped), decoding the bytes
    /// directly: splitting a 500 kB String by Characters cost most of the load time.
    mutating func add(utf8Lines data: Data, _ classes: Classes) {
        let tokenizer = Tokenizer()
        let bytes = [UInt8](data)
        var scalars: [Unicode.Scalar] = []
        var i = 0
        while i < bytes.count {
            var end = i
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            if end > i, bytes[i] != 0x23 {
                scalars.removeAll(keepingCapacity: true)
                var k = i
                while k < end {
                    let b0 = UInt32(bytes[k])
                    var v: UInt32
                    if b0 < 0x80 { v = b0; k += 1 }
                    else if b0 < 0xE0, k + 1 < end { v = (b0 & 0x1F) << 6 | UInt32(bytes[k + 1] & 0x3F); k += 2 }
                    else if b0 < 0xF0, k + 2 < end {
                        v = (b0 & 0x0F) << 12 | UInt32(bytes[k + 1] & 0x3F) << 6 | UInt32(bytes[k + 2] & 0x3F); k += 3
                    } else if k + 3 < end {
                        v = (b0 & 0x07) << 18 | UInt32(bytes[k + 1] & 0x3F) << 12 | UInt32(bytes[k + 2] & 0x3F) << 6
                            | UInt32(bytes[k + 3] & 0x3F); k += 4
                    } else { v = 0xFFFD; k = end }
                    if v != 0x0D { scalars.append(Unicode.Scalar(v) ?? "\u{FFFD}") }
                }
                if !scalars.isEmpty { add(scalars: scalars, classes, tokenizer) }
            }
            i = end + 1
        }
    }

    public mutating func add(lines: String, _ classes: Classes, deriveFrenchForms: Bool = false) {
        let tokenizer = Tokenizer()
        for line in lines.split(separator: "\n") {
            guard let first = line.first, first != "#" else { continue }
            let entry = String(line)
            var forms = [entry]
            if deriveFrenchForms {
                forms += [entry + "e", entry + "s", entry + "es"]
                if entry.hasSuffix("ien") || entry.hasSuffix("éen") { forms += [entry + "ne", entry + "nes"] }
            }
            for form in forms { add(form, classes, tokenizer) }
        }
    }

    mutating func add(_ entry: String, _ classes: Classes, _ tokenizer: Tokenizer) {
        add(scalars: Array(entry.unicodeScalars), classes, tokenizer)
    }

    mutating func add(scalars: [Unicode.Scalar], _ classes: Classes, _ tokenizer: Tokenizer) {
        let v = TextNormalizer().normalize(scalars)
        // Most entries are letters, single spaces and inner hyphens: their tokens are the
        // space-separated words, found without running the tokeniser (a third of the load time).
        var simple = !v.isEmpty && CharClass.isLetter(v[0]) && CharClass.isLetter(v[v.count - 1])
        if simple {
            for (i, c) in v.enumerated() where !(CharClass.isLetter(c) || CharClass.of(c) & CharClass.mark != 0) {
                let inner = i > 0 && i + 1 < v.count && CharClass.isLetter(v[i - 1]) && CharClass.isLetter(v[i + 1])
                if !(inner && (c == 0x20 || c == 0x2D)) { simple = false; break }
            }
        }
        let tokens: [Token]
        if simple {
            var list: [Token] = []
            var start = 0
            for i in 0...v.count where i == v.count || v[i] == 0x20 {
                list.append(Token(span: TextSpan(start, i), kind: .word))
                start = i + 1
            }
            tokens = list
        } else {
            tokens = tokenizer.tokenize(v, in: 0..<v.count)
        }
        guard !tokens.isEmpty, tokens.count <= Self.maxTokens else { return }
        if classes.contains(.organisation) {
            organisationStarts.set(Self.extend(Self.seed, v, tokens[0].span), true)
            let key = Self.shapeKey(v, tokens[0].span, charClasses)
            organisationStartShapes[key >> 6] |= 1 << UInt64(key & 63)
        }
        if classes.contains(.organisationHead), tokens.count == 1 {
            let key = Self.endsKey(v, tokens[0].span, charClasses)
            headEnds[key >> 6] |= 1 << UInt64(key & 63)
        }
        var h = Self.seed
        for (k, token) in tokens.enumerated() {
            h = Self.extend(h, v, token.span)
            if k < tokens.count - 1 { prefixes.set(h, true) }
        }
        table.set(h, classes) { $0.union($1) }
        if !classes.isDisjoint(with: Self.lexiconClasses) { lexicon.set(h, classes.intersection(Self.lexiconClasses)) { $0.union($1) } }
        if tokens.count == 1, Script.of(v[tokens[0].span.start]) == .cyrillic, tokens[0].span.length >= 4 {
            let span = tokens[0].span
            let stemEnd = Self.isRussianEnding(v[span.end - 1]) ? span.end - 1 : span.end
            stems.set(Self.extend(Self.seed, v, TextSpan(span.start, stemEnd)), classes) { $0.union($1) }
        }
    }

    @inline(__always) static func isRussianEnding(_ c: UInt32) -> Bool {
        switch CharClass.lower(c) {
        case 0x430, 0x44F, 0x43E, 0x435, 0x44C, 0x439, 0x438, 0x44B, 0x443, 0x44E: return true // а я о е ь й и ы у ю
        default: return false
        }
    }

    /// Classes of one token, trying Russian stems when the exact form is unknown.
    /// `hash`: the token's lowercase hash (`extend` from `seed`) when the caller has it already.
    func classes(ofToken v: [UInt32], _ span: TextSpan, hash: UInt64? = nil) -> Classes {
        let h = hash ?? Self.extend(Self.seed, v, span, charClasses)
        if let c = table.get(h) { return c }
        guard span.length >= 4, Script.of(v[span.start]) == .cyrillic else { return [] }
        // Strip one ending letter, then two ("-ой", "-ом", "-ей", "-ах", "-ами" …), keeping three at
        // least; the hashes of those prefixes are the steps of one pass over the token.
        let classes = charClasses
        var prefix: (UInt64, UInt64, UInt64) = (0, 0, 0)   // without the last 1, 2, 3 scalars
        var g = Self.seed
        for i in span.start..<span.end {
            if i == span.end - 3 { prefix.2 = g } else if i == span.end - 2 { prefix.1 = g } else if i == span.end - 1 { prefix.0 = g }
            if v[i] != TextNormalizer.absorbed { g = (g ^ UInt64(classes.lower(v[i]))) &* 0x100000001b3 }
        }
        if let c = stems.get(prefix.0) { return c }
        if span.length >= 5, let c = stems.get(prefix.1) { return c }
        if span.length >= 6, let c = stems.get(prefix.2) { return c }
        if let c = stems.get(h) { return c }
        return []
    }

    static let seed: UInt64 = 0xcbf29ce484222325

    /// Adds one token (lowercased) to a sequence hash.
    @inline(__always) static func extend(_ hash: UInt64, _ v: [UInt32], _ span: TextSpan) -> UInt64 {
        extend(hash, v, span, CharClass.table)
    }

    /// The same through a table the caller holds (reading the static one is a swift_once call).
    @inline(__always) static func extend(_ hash: UInt64, _ v: [UInt32], _ span: TextSpan, _ classes: CharClassTable) -> UInt64 {
        var h = hash == seed ? hash : (hash ^ 0x1F) &* 0x100000001b3
        for i in span.start..<span.end where v[i] != TextNormalizer.absorbed { h = (h ^ UInt64(classes.lower(v[i]))) &* 0x100000001b3 }
        return h
    }

    public func classes(ofSequenceHash h: UInt64) -> Classes { table.get(h) ?? [] }
    /// The classes of one word as the lists hold it (its lowercase scalar values; no stemming).
    func classes(ofWord v: [UInt32]) -> Classes { classes(ofSequenceHash: Self.extend(Self.seed, v, TextSpan(0, v.count))) }
    /// Whether the sequence hash `h` is an entry of class `c`, one of `lexiconClasses` (the same
    /// answer as `classes(ofSequenceHash:)`, from the small table).
    @inline(__always) func isLexicon(_ h: UInt64, _ c: Classes) -> Bool { lexicon.get(h)?.contains(c) ?? false }
    func hasPrefix(_ h: UInt64) -> Bool { prefixes.contains(h) }

    /// Longest entry starting at token `i` (within `limit`), with its classes; `first` is the
    /// lowercase hash of token `i` when the caller has it already.
    func longestMatch(_ v: [UInt32], _ tokens: [Token], at i: Int, limit: Int, first: UInt64? = nil) -> (end: Int, classes: Classes)? {
        var h = Self.seed
        var best: (Int, Classes)? = nil
        var j = i
        while j < limit, j - i < Self.maxTokens {
            h = j == i ? (first ?? Self.extend(h, v, tokens[j].span, charClasses)) : Self.extend(h, v, tokens[j].span, charClasses)
            if let c = table.get(h) { best = (j + 1, c) }
            if !prefixes.contains(h) { break }
            j += 1
        }
        return best
    }
}
