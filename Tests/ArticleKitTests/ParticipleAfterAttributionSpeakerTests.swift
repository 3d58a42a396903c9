import Testing
@testable import ArticleKit

/// A participle cue ("adding", "ajoutant", "добавив") shares the subject of the attribution it
/// hangs on; when that attribution follows the report ("…, police said, adding that …"), its
/// subject is the speaker, not a name inside the report. Invented sentences.
@Suite struct ParticipleAfterAttributionSpeakerTests {
    @Test(arguments: [
        ("en", "Tom Baxter was arrested at the airport on Sunday, police said, adding that he would appear in court on Monday.",
         [("Tom Baxter", EntityType.person)], "police"),
        ("fr", "Marc Delorme a été arrêté dimanche à l'aéroport, a indiqué la police, ajoutant qu'il serait présenté à un juge lundi.",
         [("Marc Delorme", .person)], "police"),
        ("ru", "Олег Чернов погиб в перестрелке, сообщили правоохранители, добавив, что следствие по делу продолжается уже неделю.",
         [("Олег Чернов", .person)], "правоохранители"),
    ])
    func theAttributionsSubjectSpeaks(language: String, text: String, entities: [(String, EntityType)], speaker: String) {
        let quotes = StatementTestSupport.analyze(text, language: language, entities: entities).quotes
        let participle = quotes.last
        #expect(participle?.speakerMentionText?.hasSuffix(speaker) == true, "\(String(describing: participle?.speakerMentionText))")
        #expect(participle?.speaker != entities[0].0)
    }

    /// A participle after the main clause keeps that clause's subject, and an object after a verb
    /// that is no attribution is not one ("urged a firm line, saying").
    @Test func theMainClausesSubjectStays() {
        let text = "Dana Whitfield, her chief of staff, urged a firm line, saying that the talks would fail otherwise."
        let quotes = StatementTestSupport.analyze(text, language: "en", entities: [("Dana Whitfield", .person)]).quotes
        #expect(quotes.first?.speaker == "Dana Whitfield")
    }
}
