import Foundation
import Testing
@testable import ArticleKit

@Suite struct TextNormalizerTests {
    @Test func substitutionsAreOneToOne() {
        let text = "l’État\u{00A0}«\u{202F}Oui\u{202F}»\u{7}\r\nfin"
        let scalars = Array(text.unicodeScalars)
        let v = TextNormalizer().normalize(scalars)
        #expect(v.count == scalars.count)
        #expect(v[1] == 0x27)        // ’ → '
        #expect(v[6] == 0x20)        // NBSP → space
        #expect(v[8] == 0x20)        // narrow NBSP → space
        #expect(v.contains(10))      // newlines stay: paragraphs need them
        #expect(!v.contains(7))      // controls become spaces
    }

    @Test func decomposedLettersComposeInPlace() {
        let scalars = Array("Franc\u{327}ois e\u{301}\u{302}".unicodeScalars)
        let v = TextNormalizer().normalize(scalars)
        #expect(v.count == scalars.count)
        #expect(v[4] == 0xE7 && v[5] == TextNormalizer.absorbed)   // c + cedilla → ç
        // e + acute composes; the circumflex then has no precomposed form with é and stays.
        #expect(v[10] == 0xE9 && v[11] == TextNormalizer.absorbed && v[12] == 0x302)
    }

    @Test func decomposedTextGetsTheSameEntities() {
        let composed = "Le président François Hollande a parlé à Genève avec la maison Blanche."
        let decomposed = composed.decomposedStringWithCanonicalMapping
        func found(_ text: String) -> [String] {
            var analysis = TextAnalyzer().analyze(ScalarText(text), languageHint: nil)
            analysis.entities = EntityRecognizer.shared.recognize(in: analysis)
            return analysis.entities.map { "\($0.type.rawValue) \($0.text.precomposedStringWithCanonicalMapping)" }
        }
        #expect(found(decomposed) == found(composed))
        #expect(found(composed).contains("LOC Genève"))
    }
}
