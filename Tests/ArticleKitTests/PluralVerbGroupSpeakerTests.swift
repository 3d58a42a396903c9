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

    /// A quotation with no cue of its own in that sentence is the group's too.
    @Test func theGroupsUncuedQuotation() {
        let text = "Олег Сорин погиб в понедельник. Мятежники утверждают, что он направлялся в столицу, и объясняют его гибель "
            + "борьбой против «альянса, в который он никогда не верил и который предал»."
        let quotes = StatementTestSupport.analyze(text, language: "ru", entities: [("Олег Сорин", .person)]).quotes
        #expect(quotes.count == 2)
        #expect(quotes.allSatisfy { $0.speaker == "Мятежники" })
    }
}
