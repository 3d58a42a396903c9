import Testing
@testable import ArticleKit

/// A Russian subject is in the nominative: a person named in another case before the verb
/// completes a noun ("Дети убитой журналистки Анны Котовой заявили", "Семья и близкие Котовой
/// считают"), and the phrase, not that person, speaks. Invented names.
@Suite struct ObliqueNameSubjectTests {
    @Test(arguments: [
        "Журналистка Анна Котова погибла в 2006 году. Дети убитой журналистки Анны Котовой заявили, что не удовлетворены приговором.",
        "Журналистка Анна Котова погибла в 2006 году. Семья и близкие Котовой считают, что следствие ещё не закончено.",
    ])
    func thePersonInAnotherCaseIsNotTheSpeaker(text: String) {
        let quote = StatementTestSupport.analyze(text, language: "ru",
                                                 entities: [("Анна Котова", .person), ("Анны Котовой", .person), ("Котовой", .person)]).quotes.last
        #expect(quote?.speaker != nil)
        #expect(quote?.speaker != "Анна Котова")
        #expect(quote?.speaker?.contains("Котовой") != true || quote?.speaker?.hasPrefix("Дети") == true)
    }

    /// The nominative name stays the subject ("Котова заявила").
    @Test func theNominativeNameSpeaks() {
        let text = "Журналистка Анна Котова приехала в Казань. Котова заявила, что продолжит расследование этого убийства в Казани."
        let quote = StatementTestSupport.analyze(text, language: "ru", entities: [("Анна Котова", .person), ("Котова", .person)]).quotes.last
        #expect(quote?.speaker == "Анна Котова")
    }
}
