import Testing
@testable import ArticleKit

/// Parts of a name the tokenizer or tagger cut off: a known first name, a capitalised particle and
/// a surname are one name ("Ahmed Ag Moussa", "Jan Van Dijk"), even when the tagger found only the
/// surname; outside English an "'s" against a name ends it ("chez Brillby's"). Invented names.
@Suite struct EntityNamePartTests {
    func entities(_ text: String, lang: String) -> [Entity] {
        EntityTestSupport.recognize(text, lang: lang)
    }

    @Test(arguments: [
        ("fr", "Ahmed Ag Moussa, collectionneur malien, a acheté mardi un manuscrit.", "Ahmed Ag Moussa"),
        ("en", "The coach, Jan Van Dijk, said the team would win.", "Jan Van Dijk"),
    ])
    func theParticleJoinsTheName(lang: String, text: String, name: String) {
        #expect(entities(text, lang: lang).contains { $0.text == name && $0.type == .person })
    }

    @Test func aTrailingSOutsideEnglishIsPartOfTheName() {
        let found = entities("Le manuscrit a été vendu mardi chez Brillby's pour deux millions d'euros.", lang: "fr")
        #expect(found.contains { $0.text == "Brillby's" })
        #expect(!found.contains { $0.text == "Brillby" })
    }

    /// "M. de La Brède" is the man named "Aymeric de La Brède" before, without the title.
    @Test func anAbbreviatedTitleIsNotPartOfTheName() {
        let found = entities("Aymeric de La Brède était présent. Selon M. de La Brède, la vente a été un succès.", lang: "fr")
        #expect(!found.contains { $0.text.hasPrefix("M.") })
    }
}
