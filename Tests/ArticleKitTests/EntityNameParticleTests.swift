import Testing
@testable import ArticleKit

/// A known first name, a capitalised particle and a surname are one name ("Ahmed Ag Moussa", "Jan
/// Van Dijk"), even when the tagger found only the surname. Invented people.
@Suite struct EntityNameParticleTests {
    func entities(_ text: String, lang: String) -> [Entity] {
        var analysis = TextAnalyzer().analyze(ScalarText(text), languageHint: lang)
        analysis.entities = EntityRecognizer.shared.recognize(in: analysis)
        return analysis.entities
    }

    @Test(arguments: [
        ("fr", "Ahmed Ag Moussa, collectionneur malien, a acheté mardi un manuscrit.", "Ahmed Ag Moussa"),
        ("en", "The coach, Jan Van Dijk, said the team would win.", "Jan Van Dijk"),
    ])
    func theParticleJoinsTheName(lang: String, text: String, name: String) {
        #expect(entities(text, lang: lang).contains { $0.text == name && $0.type == .person })
    }
}
