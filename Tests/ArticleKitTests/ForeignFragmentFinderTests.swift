import Foundation
import Testing
@testable import ArticleKit

@Suite struct ForeignFragmentFinderTests {
    @Test func cyrillicWordsInFrench() {
        let text = "Les équipages du groupe principal de бронетехники sont revenus, a dit le ministre à Paris."
        let analysis = TextAnalyzer().analyze(ScalarText(text), languageHint: nil)
        #expect(analysis.language == "fr")
        #expect(analysis.foreignFragments.count == 1)
        let f = analysis.foreignFragments[0]
        #expect(f.text == "бронетехники")
        #expect(analysis.text[f.span] == "бронетехники")
        #expect(f.script == "Cyrillic")
        #expect(f.lang == "ru")
    }

    @Test func adjacentForeignWordsFormOneFragment() {
        let text = "Le porte-parole a parlé de мирному соглашению hier, selon les journalistes présents."
        let analysis = TextAnalyzer().analyze(ScalarText(text), languageHint: "fr")
        #expect(analysis.foreignFragments.map(\.text) == ["мирному соглашению"])
    }

    /// The pre-checks that spare most paragraphs the letter-by-letter scan must let through every
    /// paragraph that holds a foreign letter: Latin (ASCII or accented) and Greek in Russian, Greek
    /// and Cyrillic in French; and a paragraph of only home letters, « », dashes, № and digits
    /// has none.
    @Test func preChecksLetEveryForeignScriptThrough() {
        func fragments(_ text: String, _ lang: String) -> [String] {
            TextAnalyzer().analyze(ScalarText(text), languageHint: lang).foreignFragments.map(\.text)
        }
        #expect(fragments("Он сказал «да» — в 2016 году, № 5, снова.", "ru").isEmpty)
        #expect(fragments("Он сказал «да» — в Zürich, снова.", "ru") == ["Zürich"])
        #expect(fragments("Он сказал «да» — в café, снова.", "ru") == ["café"])
        #expect(fragments("Он сказал «да» — слово λόγος, снова.", "ru") == ["λόγος"])   // only U+0370–U+03FF
        #expect(fragments("Il a dit « oui » — en 2016, n° 5, encore.", "fr").isEmpty)
        #expect(fragments("Il a dit « oui » — le mot ἀλήθεια, encore.", "fr") == ["ἀλήθεια"])
        #expect(fragments("Il a dit « oui » — le mot правда, encore.", "fr") == ["правда"])
    }

    @Test func latinInRussianAndMixedWords() {
        let text = "Компания Apple представила новый телефон в Москве, сообщили журналисты."
        let analysis = TextAnalyzer().analyze(ScalarText(text), languageHint: nil)
        #expect(analysis.language == "ru")
        #expect(analysis.foreignFragments.map(\.text) == ["Apple"])
        #expect(analysis.foreignFragments.first?.script == "Latin")
        // A word mixing scripts (a typo or homoglyph) is not reported as a fragment.
        let mixed = TextAnalyzer().analyze(ScalarText("Le mot Mоscou est écrit avec un o cyrillique par erreur ici."), languageHint: "fr")
        #expect(mixed.foreignFragments.isEmpty)
    }

    @Test func seedFragments() throws {
        let text = try String(contentsOf: sharedFile("samples/kremlin-white-house-call.fr.txt"), encoding: .utf8)
        let analysis = TextAnalyzer().analyze(ScalarText(text), languageHint: nil)
        #expect(analysis.language == "fr")
        #expect(analysis.foreignFragments.map(\.span) == [TextSpan(593, 608), TextSpan(828, 841)])
        #expect(analysis.foreignFragments.allSatisfy { $0.script == "Cyrillic" && $0.lang == "ru" })
    }
}
