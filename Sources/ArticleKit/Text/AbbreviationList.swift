import Foundation

/// Abbreviations that keep their final period inside the token, from
/// Resources/lexicon/abbreviations.tsv (fr, en, ru). Keys are lowercased, without the dot.
public struct AbbreviationList: Sendable {
    public enum Kind: Sendable { case title, abbreviation, sentenceFinal }

    public let entries: [String: Kind]
    /// Entries are checked by hash of the lowercased scalars, to avoid building Strings per token.
    let hashes: [UInt64: Kind]

    public static let shared = AbbreviationList(resource: "abbreviations")

    public init(lines: String) {
        var e: [String: Kind] = [:]
        for line in lines.split(separator: "\n") {
            if line.hasPrefix("#") { continue }
            let parts = line.split(separator: "\t")
            guard let word = parts.first else { continue }
            var w = String(word).lowercased()
            if w.hasSuffix(".") { w.removeLast() }
            let kind: Kind
            switch parts.count > 1 ? String(parts[1]) : "" {
            case "title": kind = .title
            case "final": kind = .sentenceFinal
            default: kind = .abbreviation
            }
            e[w] = kind
        }
        entries = e
        var h: [UInt64: Kind] = [:]
        for (w, k) in e { h[Self.hash(w.unicodeScalars.map(\.value)[...])] = k }
        hashes = h
    }

    init(resource: String) {
        let url = Bundle.module.url(forResource: resource, withExtension: "tsv", subdirectory: "Resources/lexicon")
        let text = url.flatMap { try? String(contentsOf: $0, encoding: .utf8) } ?? ""
        self.init(lines: text)
    }

    static func hash(_ lowered: ArraySlice<UInt32>) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for v in lowered { h = (h ^ UInt64(v)) &* 0x100000001b3 }
        return h
    }

    /// Kind of the word `v[range]` (case-insensitive, without its period), if listed.
    func kind<Scalars: RandomAccessCollection<UInt32>>(of v: Scalars, _ range: Range<Int>) -> Kind? where Scalars.Index == Int {
        guard range.count <= 12 else { return nil }
        let classes = CharClass.table
        var h: UInt64 = 0xcbf29ce484222325
        for i in range where v[i] != TextNormalizer.absorbed { h = (h ^ UInt64(classes.lower(v[i]))) &* 0x100000001b3 }
        return hashes[h]
    }
}
