import Testing
@testable import ArticleKit

/// A participle's clause between commas describes the subject before it ("драматург, в
/// последнее время живший в России, отметил", "the playwright, living in Russia, noted"): the
/// speaker is that subject, never a place inside the clause. Invented names.
@Suite struct ParticipleClauseSpeakerTests {
    @Test(arguments: [
        ("ru", "Драматург Рустам Алиев отказался от гражданства. При этом драматург, в последнее время живший в России, отметил, что всегда будет любить эту страну.",
         [("Рустам Алиев", EntityType.person), ("России", .location)], "Рустам Алиев"),
        ("en", "The playwright Rustam Aliev gave up his citizenship. The playwright, living in Russia for the past years, noted that he would always love the country.",
         [("Rustam Aliev", .person), ("Russia", .location)], "Rustam Aliev"),
        ("fr", "Le dramaturge Rustam Aliev a renoncé à sa nationalité. Le dramaturge, installé depuis peu en Russie, a souligné qu'il aimerait toujours ce pays.",
         [("Rustam Aliev", .person), ("Russie", .location)], "Rustam Aliev"),
    ])
    func theDescribedSubjectSpeaks(language: String, text: String, entities: [(String, EntityType)], speaker: String) {
        let quote = StatementTestSupport.analyze(text, language: language, entities: entities).quotes.last
        #expect(quote?.speaker == speaker)
    }
}
