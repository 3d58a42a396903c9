import Testing
@testable import ArticleKit

/// A role or description after the statement it attributes ("« … », a dit le magistrat", "«…», —
/// сказал чиновник") refers back to someone named before the statement: a person or an
/// institution named inside it is what was said about, never who said it.
@Suite struct ReferenceAfterStatementTests {
    @Test(arguments: [
        ("fr", "Jean Morel a tenu une conférence de presse lundi.\n\n"
            + "« Paul Renard a menti aux enquêteurs pendant des mois », a dit le magistrat.",
         [("Jean Morel", EntityType.person), ("Paul Renard", .person)], "Jean Morel"),
        ("en", "Jean Morel spoke to reporters on Monday.\n\n"
            + "\"Paul Renard lied to the investigators for months,\" the prosecutor said.",
         [("Jean Morel", EntityType.person), ("Paul Renard", .person)], "Jean Morel"),
        ("ru", "Об этом заявил прокурор Иван Соколов.\n\n"
            + "По словам прокурора, подозреваемый скрывался неделю. Он угрожал Петру Белову в прошлом году, сказал чиновник.",
         [("Иван Соколов", EntityType.person), ("Петру Белову", .person)], "Иван Соколов"),
    ])
    func theReferenceLooksPastTheStatement(language: String, text: String, entities: [(String, EntityType)], speaker: String) {
        let quotes = StatementTestSupport.analyze(text, language: language, entities: entities).quotes
        #expect(quotes.last?.speaker == speaker)
    }
}
