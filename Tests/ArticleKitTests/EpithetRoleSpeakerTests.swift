import Testing
@testable import ArticleKit

/// A definite role noun after a named speaker ("Le maire a répondu") is not
/// that speaker when they hold another role ("Karim Benali, porte-parole des dockers"); the
/// pronoun after it follows the unnamed role. Invented sentences.
@Suite struct EpithetRoleSpeakerTests {
    @Test(arguments: [
        ("fr", "« Nous ne lâcherons rien », a déclaré mardi Karim Benali, porte-parole des dockers. Le maire a répondu qu'il "
            + "recevrait les syndicats. « La porte est ouverte », a-t-il dit."),
        ("fr", "Karim Benali, porte-parole des dockers, a déclaré : « Nous ne lâcherons rien ». Le maire a répondu qu'il "
            + "recevrait les syndicats. « La porte est ouverte », a-t-il dit."),
    ])
    func anotherRoleIsNotTheSpeakerBefore(language: String, text: String) {
        let quotes = StatementTestSupport.analyze(text, language: language, entities: [("Karim Benali", .person)]).quotes
        #expect(quotes.count == 3)
        #expect(quotes.first?.speaker == "Karim Benali")
        #expect(quotes.dropFirst().allSatisfy { $0.speaker != "Karim Benali" })
    }

    /// Someone with no role of their own may still be named again by a role noun.
    @Test func aPersonWithoutARoleMayBeTheEpithet() {
        let text = "« Nous ne lâcherons rien », a déclaré mardi Karim Benali. Le docker a ajouté que la grève durerait."
        let quotes = StatementTestSupport.analyze(text, language: "fr", entities: [("Karim Benali", .person)]).quotes
        #expect(quotes.last?.speaker == "Karim Benali")
    }
}
