import Foundation

/// Word classes of one language, learned by k-means over word vectors trained on large text
/// (Tools/word-clusters): words the tagger never saw in training share weights with the words of
/// their class that it did see. Each word has a fine class and a coarse one (a grouping of the fine
/// classes). Keyed by the tagger's own lowercase hash (`FeatureExtractor.Info.lower`), so a lookup
/// needs no second pass over the token.
///
/// Binary format (little endian), built from the tool's TSV by `verbatim-train clusters`:
///   "VBCLUS01" · UInt32 fine count · UInt32 coarse count · UInt8[fine count] coarse class of each
///   fine class · UInt32 entry count · entries × (UInt32 low half of the hash, UInt16 fine class),
///   sorted by key. (Half a hash is enough: ~150k words among 2³² values rarely meet an unknown
///   word's half by chance, and it keeps the three files under 3 MB.)
public struct WordClusters: Sendable {
    static let magic = Array("VBCLUS01".utf8)
    public let fineCount: Int
    public let coarseCount: Int
    /// Open addressing, one UInt64 per slot: the key (0: empty; a key of 0 is stored as 1) in the
    /// low half, the packed classes above, so a lookup reads one cache line. (A `HashTable`, with
    /// 16-byte slots, held 8 MB per language; keys and classes in two arrays cost two cache misses.)
    private let slots: [UInt64]
    private let shift: UInt32
    /// Or'ed into the feature values so that the languages' classes do not share weights.
    let languageTag: UInt64

    public enum FormatError: Error, CustomStringConvertible {
        case badHeader, truncated
        public var description: String {
            switch self {
            case .badHeader: "not a word-cluster table (bad header)"
            case .truncated: "word-cluster table is truncated"
            }
        }
    }

    /// (fine, coarse) class of a word's lowercase hash, or nil.
    public func classes(ofLowerHash h: UInt64) -> (fine: Int, coarse: Int)? {
        let v = packed(h)
        return v == 0 ? nil : (Int(v & 0xFFFF) - 1, Int(v >> 16) - 1)
    }

    /// The packed value (0 when the word has no class): fine class + 1 in the low 16 bits,
    /// coarse class + 1 above. What `FeatureExtractor` stores.
    @inline(__always) func packed(_ h: UInt64) -> UInt32 {
        let key = UInt64(Self.key(h))
        let mask = slots.count - 1
        return slots.withUnsafeBufferPointer { s in
            var i = Self.slot(UInt32(key), shift)
            while s[i] != 0 {
                if s[i] & 0xFFFF_FFFF == key { return UInt32(truncatingIfNeeded: s[i] >> 32) }
                i = (i + 1) & mask
            }
            return 0
        }
    }

    @inline(__always) static func key(_ h: UInt64) -> UInt32 { max(UInt32(truncatingIfNeeded: h), 1) }
    @inline(__always) static func slot(_ key: UInt32, _ shift: UInt32) -> Int { Int((key &* 0x9E37_79B1) >> shift) }

    /// The classes of a word as written (normalised and lowercased as the tagger hashes it), or nil.
    public func classes(of word: String) -> (fine: Int, coarse: Int)? {
        guard let h = Self.lowerHash(word) else { return nil }
        return classes(ofLowerHash: h)
    }

    /// The lowercase hash of `word` when it is one token as articles are tokenised, else nil.
    static func lowerHash(_ word: String) -> UInt64? {
        let v = TextNormalizer().normalize(Array(word.unicodeScalars))
        let tokens = Tokenizer().tokenize(v, in: 0..<v.count)
        guard tokens.count == 1, tokens[0].span.start == 0, tokens[0].span.end == v.count else { return nil }
        return Gazetteer.extend(Gazetteer.seed, v, tokens[0].span)
    }

    public init(data: Data, languageTag: UInt64 = 0) throws {
        guard data.count >= Self.magic.count, Array(data.prefix(Self.magic.count)) == Self.magic else { throw FormatError.badHeader }
        var slots: [UInt64] = [], coarseOf: [UInt64] = [], shift: UInt32 = 0
        (fineCount, coarseCount) = try data.withUnsafeBytes { raw in
            var offset = Self.magic.count
            func read<T: FixedWidthInteger>(_: T.Type) throws -> T {
                guard offset + MemoryLayout<T>.size <= raw.count else { throw FormatError.truncated }
                defer { offset += MemoryLayout<T>.size }
                return T(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: T.self))
            }
            let fine = Int(try read(UInt32.self)), coarse = Int(try read(UInt32.self))
            guard fine > 0, fine < 0xFFFF, coarse > 0, coarse < 0xFFFF else { throw FormatError.badHeader }
            for _ in 0..<fine { coarseOf.append(UInt64(try read(UInt8.self)) + 1) }
            let count = Int(try read(UInt32.self))
            guard count <= (raw.count - offset) / 6 else { throw FormatError.truncated }
            // At most two thirds full.
            var bits: UInt32 = 4
            while (1 << bits) * 2 < count * 3 { bits += 1 }
            shift = 32 - bits
            slots = [UInt64](repeating: 0, count: 1 << bits)
            let mask = (1 << bits) - 1
            for _ in 0..<count {
                let key = Self.key(UInt64(try read(UInt32.self))), f = try read(UInt16.self)
                guard Int(f) < fine else { throw FormatError.badHeader }
                var i = Self.slot(key, shift)
                while slots[i] != 0 && slots[i] & 0xFFFF_FFFF != UInt64(key) { i = (i + 1) & mask }
                slots[i] = (coarseOf[Int(f)] << 16 | UInt64(f + 1)) << 32 | UInt64(key)
            }
            return (fine, coarse)
        }
        (self.slots, self.shift) = (slots, shift)
        self.languageTag = languageTag
    }

    /// The binary table from the tool's TSV (`word<TAB>fine<TAB>coarse` per line, most frequent
    /// words first, `#` lines skipped). Words that are not one token, and later words whose key is
    /// taken, are left out. Returns the data and the number of words kept.
    public static func encode(tsv: String) throws -> (data: Data, words: Int) {
        var entries: [UInt32: UInt16] = [:]
        var coarseOf: [Int: Int] = [:]
        for line in tsv.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t")
            guard fields.count == 3, let fine = Int(fields[1]), let coarse = Int(fields[2]),
                  fine >= 0, fine < 0xFFFF, coarse >= 0, coarse < 256 else { throw FormatError.badHeader }
            coarseOf[fine] = coarse
            guard let h = lowerHash(String(fields[0])) else { continue }
            let key = UInt32(truncatingIfNeeded: h)
            if entries[key] == nil { entries[key] = UInt16(fine) }
        }
        let fineCount = (coarseOf.keys.max() ?? -1) + 1, coarseCount = (coarseOf.values.max() ?? -1) + 1
        var out = Data(magic)
        func append<T: FixedWidthInteger>(_ value: T) { withUnsafeBytes(of: value.littleEndian) { out.append(contentsOf: $0) } }
        append(UInt32(fineCount)); append(UInt32(coarseCount))
        for f in 0..<fineCount { append(UInt8(coarseOf[f] ?? 0)) }
        append(UInt32(entries.count))
        for key in entries.keys.sorted() { append(key); append(entries[key]!) }
        return (out, entries.count)
    }

    /// The shipped table of a language (Resources/clusters/<code>.bin), read on first use; nil when missing.
    static func shipped(languageCode: UInt64) -> WordClusters? {
        switch languageCode {
        case 1: french
        case 2: english
        case 3: russian
        default: nil
        }
    }

    /// The same by language code ("fr", "en", "ru").
    public static func shipped(language: String) -> WordClusters? {
        shipped(languageCode: FeatureExtractor.languageCode(language))
    }

    static let french = load("fr", code: 1)
    static let english = load("en", code: 2)
    static let russian = load("ru", code: 3)

    private static func load(_ name: String, code: UInt64) -> WordClusters? {
        guard let url = Bundle.module.url(forResource: name, withExtension: "bin", subdirectory: "Resources/clusters"),
              let data = try? Data(contentsOf: url) else { return nil }
        return try? WordClusters(data: data, languageTag: code << 40)
    }
}
