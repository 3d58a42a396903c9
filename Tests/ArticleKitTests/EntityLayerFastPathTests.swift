import Foundation
import Testing
@testable import ArticleKit

/// The entity layer's fast paths must agree with the plain definitions they replace.
@Suite struct EntityLayerFastPathTests {
    /// Words whose end is not where the tokenizer's scan stopped ("do|N'T", dotted abbreviations,
    /// clitics, elisions, numbers before a hyphenated word), in every case, ASCII and not.
    static let text: String = {
        let pieces = ["doN'T", "DON'T", "don't", "Don't", "can'T", "N'T", "l'Été", "L'été", "qu'Il", "jusqu'À",
                      "p.M.", "U.S.", "u.s.", "e.G.", "т.Е.", "Т.е.", "V.", "etc.", "Dr.", "M.", "Obama'S", "Obama's",
                      "80-Летнего", "80-летнего", "1er", "15E", "iPhone", "eBay", "McDonald", "ÉCOLE", "école",
                      "al-Assad", "Russo-Américaine", "cessez-le-feu", "O'Brien", "aujourd'hui", "Москва", "москВа",
                      "e\u{301}COLE", "ǅemal", "ǆ", "ΣΊΣΥΦΟΣ", "ﬁn", "x'x'x'x", "abc@Example.org", "https://Example.org/A",
                      String(repeating: "a", count: 70) + "B", String(repeating: "A", count: 64) + "é", "日本Ab"]
        var text = ""
        for (k, p) in pieces.enumerated() {
            text += p + (k % 3 == 0 ? " " : k % 3 == 1 ? ", " : ". ")
            text += pieces[(k * 7) % pieces.count] + "-" + pieces[(k * 5 + 1) % pieces.count] + " "
        }
        return text
    }()

    @Test func tokenizerUppercaseFlagMatchesTheScalars() {
        let v = TextNormalizer().normalize(Array(Self.text.unicodeScalars))
        let tokens = Tokenizer().tokenize(v, in: 0..<v.count)
        var words = 0
        for t in tokens where t.kind == .word {
            words += 1
            let plain = v[t.span.start..<t.span.end].contains { CharClass.isUpper($0) }
            #expect(t.holdsUppercase == plain, "\(String(String.UnicodeScalarView(v[t.span.start..<t.span.end].compactMap(Unicode.Scalar.init))))")
        }
        #expect(words > 100)
    }

    @Test func tokenValueIgnoresTheUppercaseFlag() {
        let a = Token(span: TextSpan(0, 3), kind: .word)
        var b = Token(span: TextSpan(0, 3), kind: .word, holdsUppercase: true)
        #expect(a == b)
        #expect(a.hashValue == b.hashValue)
        #expect(String(describing: a) == String(describing: b))
        #expect(String(describing: a) == "Token(span: 0..<3, kind: ArticleKit.Token.Kind.word)")
        b.span = TextSpan(1, 3)
        #expect(b.holdsUppercase == nil) // a moved span is not known any more
    }

    @Test func wordCaseIsTheSameWithAndWithoutTheTokenizerFlag() {
        let v = TextNormalizer().normalize(Array(Self.text.unicodeScalars))
        let tokens = Tokenizer().tokenize(v, in: 0..<v.count)
        let unknown = tokens.map { Token(span: $0.span, kind: $0.kind) }
        let fast = WordCase(v, tokens), plain = WordCase(v, unknown)
        #expect(fast.nameLike.positions == plain.nameLike.positions)
        #expect(fast.capitals.positions == plain.capitals.positions)
        #expect(fast.lowercaseSeen.count == plain.lowercaseSeen.count)
    }

    @Test func hashTableAgreesWithDictionary() {
        var table = HashTable<Int>(capacity: 4, empty: -1)   // grows several times
        var merged = HashTable<Int>(capacity: 4, empty: 0)
        var reference: [UInt64: Int] = [:], sums: [UInt64: Int] = [:]
        var x: UInt64 = 0x9E3779B97F4A7C15
        for i in 0..<5000 {
            x = x &* 6364136223846793005 &+ 1442695040888963407
            let key = i % 3 == 0 ? UInt64(i % 97) : x   // repeated keys, and keys that collide in the low bits
            table.set(key, i)
            reference[key] = i
            merged.set(key, 1) { $0 + $1 }
            sums[key, default: 0] += 1
        }
        #expect(table.count == reference.count)
        #expect(merged.count == sums.count)
        for (k, value) in reference { #expect(table.get(k) == value) }
        for (k, value) in sums { #expect(merged.get(k) == value) }
        #expect(table.get(0xDEAD_BEEF_0000_0001) == nil)
        #expect(!table.contains(12345))
    }
}
