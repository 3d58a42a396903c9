import Foundation
import Testing
@testable import ArticleKit

/// The text layer's fast paths (eight-byte ASCII decoding, batched token appends, the letter
/// evidence table) must agree with the plain definitions they replace.
@Suite struct TextLayerFastPathTests {
    @Test func scalarTextMatchesTheNormalizerOnMixedText() {
        // ASCII runs of every length around two- to four-byte scalars, controls and NBSP.
        let text = mixedScriptText(40, filler: "ab\tc")
        let scalars = Array(text.unicodeScalars)
        let t = ScalarText(text)
        #expect(t.scalars == scalars)
        #expect(t.normalized == TextNormalizer().normalize(scalars))
    }

    @Test func scalarTextMatchesTheNormalizerOnEveryTwoByteScalar() {
        // Each two-byte scalar (U+0080–U+07FF: NBSP, U+02BC, the combining marks, Cyrillic) after
        // a lone ASCII byte and before a run of them, as in "слово слово".
        var text = ""
        for v in UInt32(0x80)...0x7FF {
            text += "a" + String(Character(Unicode.Scalar(v)!)) + (v % 3 == 0 ? " " : "\tbcdefghij")
        }
        let scalars = Array(text.unicodeScalars)
        let t = ScalarText(text)
        #expect(t.scalars == scalars)
        #expect(t.normalized == TextNormalizer().normalize(scalars))
    }

    @Test func scriptShareMatchesItsDefinition() {
        // The share of letters in a script among the letters of a paragraph's first 80 scalars.
        let texts = ["Компания Apple представила новый телефон в Москве, сообщили журналисты «Ведомостей».",
                     "Le président Poutine a parlé — selon le Kremlin — avec M. Obama et с Лавровым.",
                     "λόγος καὶ Москва and Paris 2016 № 5 …", "", "12345 !!!"]
        for text in texts {
            let v = TextNormalizer().normalize(Array(text.unicodeScalars))
            let head = v.prefix(80)
            let letters = head.filter { CharClass.isLetter($0) }
            for script in [Script.latin, Script.cyrillic] {
                let matching = letters.filter { ($0 < 0x80 ? Script.latin : Script.of($0)) == script }.count
                let expected = letters.isEmpty ? 1 : Double(matching) / Double(letters.count)
                #expect(LanguageIdentifier().scriptShare(v, in: 0..<v.count, script) == expected, "\(text) \(script)")
            }
        }
    }

    @Test func tokensBeyondOneBatchAreAllKept() {
        let text = String(repeating: "Le chat, l'eau. ", count: 300) // 1800 tokens: several batches
        let v = TextNormalizer().normalize(Array(text.unicodeScalars))
        let tokens = Tokenizer().tokenize(v, in: 0..<v.count)
        #expect(tokens.count == 1800)
        #expect(zip(tokens, tokens.dropFirst()).allSatisfy { $0.span.end <= $1.span.start })
        #expect(tokens.last?.span.end == v.count - 1)
    }

    @Test func evidenceTableAgreesWithScriptAndClasses() {
        let table = LetterEvidenceTable.shared
        for v: UInt32 in [0x41, 0x7A, 0x30, 0x20, 0xE9, 0xC9, 0xFC, 0xF1, 0x416, 0x456, 0x3B1, 0x5D0, 0x4E2D, 0x301] {
            let e = table.of(v)
            #expect((e & LetterEvidenceTable.letter != 0) == CharClass.isLetter(v))
            #expect((e & LetterEvidenceTable.word != 0) == CharClass.isWord(v))
            guard CharClass.isLetter(v) else { continue }
            let script = v < 0x80 ? Script.latin : Script.of(v)
            let group = LetterEvidenceTable.group(e)
            #expect((group == LetterEvidenceTable.latin) == (script == .latin))
            #expect((group == LetterEvidenceTable.cyrillic) == (script == .cyrillic))
        }
    }
}
