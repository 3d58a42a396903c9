import Foundation
import Testing
@testable import ArticleKit

/// "On affirme que …", "Говорят, что …": nobody in particular said it; the statement stays
/// without a speaker instead of falling to the person who spoke before.
@Suite struct ImpersonalSpeakerTests {
    @Test(arguments: [
        ("fr", "Marc Duval a déclaré que la réforme était nécessaire. Ensuite, on affirme que tout le plan est solide.", "Marc Duval"),
        ("ru", "Марк Дювалев заявил, что эта реформа совершенно необходима. Однако говорят, что весь план вполне надёжный.", "Марк Дювалев"),
    ])
    func anIndefiniteSubjectNamesNobody(language: String, text: String, earlier: String) {
        let quotes = StatementTestSupport.analyze(text, language: language, entities: [(earlier, .person)]).quotes
        #expect(quotes.count == 2)
        #expect(quotes.first?.speaker == earlier)
        #expect(quotes.last?.speaker == nil)
    }

    @Test func aSingularImpersonalCueStillContinuesTheSpeaker() {
        // "говорится в заявлении": the statement of the one who spoke before.
        let text = "Министр Олег Ранцев заявил, что его страна готова к переговорам. «Мы ждём ответа», — говорится в заявлении."
        let quotes = StatementTestSupport.analyze(text, language: "ru", entities: [("Олег Ранцев", .person)]).quotes
        #expect(quotes.last?.speaker != nil)
    }
}
