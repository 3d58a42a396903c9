import Testing
@testable import ArticleKit

/// An attribution opening with a possessive, a person noun and a name ("selon son avocat Paul
/// Morin") is the named person's statement, not an unnamed "son avocat". Invented sentences.
@Suite struct PossessedRoleNameSpeakerTests {
    @Test(arguments: [
        ("en", "The dockers went on strike at the port. According to their spokesman Karim Benali, the strike will last until the end of the month.",
         "Karim Benali"),
        ("fr", "Les dockers poursuivent la grève au port. D'après son avocat Paul Morin, le dossier est vide et sera classé.", "Paul Morin"),
        ("ru", "Докеры продолжают забастовку в порту. По словам их представителя Карима Бенали, забастовка продлится до конца месяца.",
         "Карима Бенали"),
    ])
    func theNameAfterThePossessedNounSpeaks(language: String, text: String, name: String) {
        let quote = StatementTestSupport.analyze(text, language: language, entities: [(name, .person)]).quotes.first
        #expect(quote?.speakerMentionText == name)
    }

    /// With no name after the noun, the possessive's phrase still speaks.
    @Test func withoutANameThePossessedNounSpeaks() {
        let text = "The dockers went on strike at the port. According to their spokesman, the strike will last until the end of the month."
        let quote = StatementTestSupport.analyze(text, language: "en").quotes.first
        #expect(quote?.speakerMentionText == "their spokesman")
    }
}
