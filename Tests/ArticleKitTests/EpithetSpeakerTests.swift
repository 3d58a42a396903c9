import Foundation
import Testing
@testable import ArticleKit

/// A definite description with no complement that no actor holds as a role ("la syndicaliste",
/// "the retired teacher", "La parlementaire") names again the person the sentence before is
/// about. An office with a named complement ("le préfet de
/// <région>") is its own holder, not a person of the article without a role. Invented names.
@Suite struct EpithetSpeakerTests {
    @Test(arguments: [
        ("fr", "Grève à la régie\n\n« Nous ne lâcherons rien », a lancé Sophie Garnier devant le dépôt. La syndicaliste a ajouté que la mobilisation « ne faiblit pas ».",
         [("Sophie Garnier", EntityType.person)], "Sophie Garnier"),
        ("en", "Transit plan approved\n\nHer neighbor, Tom Reilly, was less enthusiastic. \"My taxes will go up again,\" the retired teacher said.",
         [("Tom Reilly", .person)], "Tom Reilly"),
        ("fr", "Municipales\n\nPour la députée Sandrine Josso, le débat « manque de sérieux ». La parlementaire estime que l'État devrait payer.",
         [("Sandrine Josso", .person)], "Sandrine Josso"),
    ])
    func aDefiniteEpithetNamesThePersonOfTheSentenceBefore(language: String, text: String, entities: [(String, EntityType)], speaker: String) {
        let quotes = StatementTestSupport.analyze(text, language: language, entities: entities).quotes
        #expect(quotes.last?.speaker == speaker, "\(language): \(quotes.map { $0.speaker })")
    }

    @Test func anIndefiniteDescriptionIsSomeoneNew() {
        let text = "Transit plan approved\n\nHer neighbor, Tom Reilly, was less enthusiastic. \"My taxes will go up again,\" a retired teacher said."
        let quotes = StatementTestSupport.analyze(text, language: "en", entities: [("Tom Reilly", .person)]).quotes
        #expect(quotes.last?.speaker != "Tom Reilly")
    }

    @Test func anOfficeWithANamedComplementIsNotAPersonWithoutRole() {
        let text = "Sondage\n\nD'après un sondage publié dimanche, Paul Leclerc recueillerait 34 % des voix.\n\n"
            + "Le préfet de Loire-Atlantique a rappelé que « le calendrier dépend des autorisations »."
        let quotes = StatementTestSupport.analyze(text, language: "fr", entities: [("Paul Leclerc", .person), ("Loire-Atlantique", .location)]).quotes
        #expect(quotes.last?.speaker != "Paul Leclerc", "\(quotes.map { $0.speaker })")
        #expect(quotes.last?.speaker?.contains("préfet") == true)
    }
}
