import Testing
@testable import ArticleKit

/// A plural verb speaks for a group ("Мятежники утверждают", "Соседи утверждают"): its person
/// noun is never one person named before. Invented names.
@Suite struct PluralVerbGroupSpeakerTests {
    @Test(arguments: ["Мятежники", "Соседи"])
    func aGroupIsNotThePersonNamedBefore(group: String) {
        let text = "Олег Сорин погиб в понедельник. \(group) утверждают, что он направлялся в столицу."
        let quote = StatementTestSupport.analyze(text, language: "ru", entities: [("Олег Сорин", .person)]).quotes.last
        #expect(quote?.speaker == group)
    }
}
