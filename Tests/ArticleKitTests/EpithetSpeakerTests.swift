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

/// A description with a place ("le député de la Haute-Garonne", "the Texas lawmaker", "депутат от
/// Самарской области") still names the person the sentence before is about: the place describes
/// that person. An office a place makes unique ("le préfet de <région>") stays its own holder.
/// Invented names.
@Suite struct PlaceEpithetSpeakerTests {
    @Test(arguments: [
        ("fr", "Motion de censure\n\nLe président du groupe, Antoine Deschamps, a dénoncé le texte. « C'est un passage en force », a déclaré le député de la Haute-Garonne.",
         [("Antoine Deschamps", EntityType.person), ("Haute-Garonne", .location)], "Antoine Deschamps"),
        ("en", "Port bill\n\nCommittee chairman Luis Ortega criticized the bill on Tuesday. \"This is a rushed vote,\" said the lawmaker from Texas.",
         [("Luis Ortega", .person), ("Texas", .location)], "Luis Ortega"),
        ("ru", "Закон\n\nРуководитель фракции Антон Дешевов раскритиковал закон. «Это продавливание», — заявил депутат от Самарской области.",
         [("Антон Дешевов", .person), ("Самарской области", .location)], "Антон Дешевов"),
    ])
    func aDescriptionWithAPlaceNamesThePersonOfTheSentenceBefore(language: String, text: String, entities: [(String, EntityType)], speaker: String) {
        let quotes = StatementTestSupport.analyze(text, language: language, entities: entities).quotes
        #expect(quotes.last?.speaker == speaker, "\(language): \(quotes.map { $0.speaker })")
    }
}
