import Testing
@testable import ArticleKit

/// A short quotation that someone says is a statement, never the quoted name of an institution
/// ("“We cannot cut more,” said …" is not what "the company" is called). Invented sentences.
@Suite struct QuotedStatementSpeakerTests {
    @Test(arguments: [
        ("en", "The council failed to agree. \"We cannot cut more,\" said Mr. Okafor.\n\nThe company said it would appeal the ruling.",
         "Okafor", "We cannot cut more"),
        ("fr", "Le conseil ne s'est pas entendu. « Nous refusons tout », a dit Mme Roux.\n\nL'entreprise a déclaré qu'elle ferait appel.",
         "Roux", "Nous refusons tout"),
    ])
    func aQuotedStatementNamesNoInstitution(language: String, text: String, person: String, statement: String) {
        let quotes = StatementTestSupport.analyze(text, language: language, entities: [(person, .person)]).quotes
        #expect(quotes.count == 2)
        #expect(quotes.first?.speaker == person)
        #expect(quotes.last.map { $0.speaker != statement && $0.speaker != nil } == true)
    }

    /// A short quoted name that is no one's statement still names the institution
    /// ("пишет газета «Северный вестник»").
    @Test func aQuotedNameStillNamesIt() {
        let text = "Завод закрылся в понедельник. Об этом пишет газета «Северный вестник», отмечая, что рабочие не получили зарплату."
        let quote = StatementTestSupport.analyze(text, language: "ru").quotes.first
        #expect(quote?.speaker == "Северный вестник")
    }
}
