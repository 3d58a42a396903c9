import Foundation
import Testing
@testable import ArticleKit

/// A medium's noun said alone ("selon le journal", "the newspaper said", "по данным издания")
/// names the medium the article cited last, even when another noun introduced it and another
/// institution was mentioned in between.
@Suite struct MediaNounSpeakerTests {
    @Test(arguments: [
        ("fr", "Le quotidien « Courrier des Landes » a publié l'enquête lundi. Le ministère de la Mer n'a pas répondu. "
            + "Selon le journal, les contrôles ont cessé en mars.", "Courrier des Landes", "ministère de la Mer"),
        ("en", "The Harbour Gazette published the inquiry on Monday. The Ministry of Fisheries did not reply. "
            + "According to the newspaper, inspections stopped in March.", "Harbour Gazette", "Ministry of Fisheries"),
        ("ru", "Об отставке сообщила газета «Вечерний курьер». Министерство финансов отказалось от комментариев. "
            + "По данным издания, чиновник уже написал заявление об уходе.", "Вечерний курьер", "Министерство финансов"),
    ])
    func aMediumsNounIsTheMediumCitedLast(language: String, text: String, medium: String, ministry: String) {
        let quotes = StatementTestSupport.analyze(text, language: language,
                                                  entities: [(medium, .organisation), (ministry, .organisation)]).quotes
        #expect(quotes.last?.speaker == medium)
    }

    /// Without a medium in the article the noun names no one: an institution of another kind
    /// ("Министерство финансов") is not a publication (InstitutionKindSpeakerTests).
    @Test func withoutAMediumNoInstitutionSpeaks() {
        let text = "Министерство финансов отказалось от комментариев. По данным издания, чиновник уже написал заявление об уходе."
        let quote = StatementTestSupport.analyze(text, language: "ru", entities: [("Министерство финансов", .organisation)]).quotes.last
        #expect(quote?.speaker != "Министерство финансов")
        #expect(quote?.speakerMentionText == "издания")
    }
}

/// An institution noun a participle describes ("l'organisation militant pour …", "the group
/// representing …") is the salient institution, as the bare noun is. (Russian lists only gerunds
/// as participles: no Russian case.) Invented names.
@Suite struct DescribedInstitutionSpeakerTests {
    @Test func participleAfterTheInstitutionNoun() {
        let fr = "L'ONG Vigie Littoral a publié un rapport sur les rejets du port. "
            + "Pour l'organisation militant pour la protection des côtes, « la situation est alarmante »."
        let frQuotes = StatementTestSupport.analyze(fr, language: "fr", entities: [("Vigie Littoral", .organisation)]).quotes
        #expect(frQuotes.map(\.speaker) == ["Vigie Littoral"])
        let en = "Harbour Watch published a report on the port's discharges on Monday. "
            + "\"The situation is alarming,\" said the group representing coastal residents."
        let enQuotes = StatementTestSupport.analyze(en, language: "en", entities: [("Harbour Watch", .organisation)]).quotes
        #expect(enQuotes.map(\.speaker) == ["Harbour Watch"])
    }
}

/// A definite institution noun with a plain adjective ("l'organisation islamiste", "the
/// environmental group", "Металлургическая компания") names again the salient institution; a
/// nationality or place adjective names another ("le gouvernement malien", "the Norwegian
/// government", "российское правительство"), and an indefinite one someone new. Invented names.
@Suite struct KindAdjectiveInstitutionSpeakerTests {
    @Test(arguments: [
        ("fr", "Le collectif Vigie Littoral a bloqué le port de Sète lundi. Ses militants ont déployé une banderole. "
            + "L'organisation écologiste affirme « défendre la mer ».", "Vigie Littoral"),
        ("en", "Harbour Watch activists boarded the tanker off the coast on Monday. "
            + "The environmental group said the ship was carrying illegal cargo.", "Harbour Watch"),
        ("ru", "Компания «Северный прокат» объявила о сокращении трёх тысяч рабочих мест. "
            + "Металлургическая компания сообщила, что сокращения пройдут до конца года.", "Северный прокат"),
    ])
    func aKindAdjectiveKeepsTheInstitutionInView(language: String, text: String, institution: String) {
        let quotes = StatementTestSupport.analyze(text, language: language, entities: [(institution, .organisation)]).quotes
        #expect(quotes.map(\.speaker) == [institution])
    }

    @Test(arguments: [
        ("fr", "Le collectif Vigie Littoral a bloqué le port de Sète lundi. "
            + "Le gouvernement malien a dénoncé « une action illégale ».", "Vigie Littoral"),
        ("fr", "Le collectif Vigie Littoral a bloqué le port de Sète lundi. "
            + "Une organisation écologiste affirme « défendre la mer ».", "Vigie Littoral"),
        ("en", "Harbour Watch activists boarded the tanker off the coast on Monday. "
            + "The Norwegian government said it would investigate the boarding.", "Harbour Watch"),
        ("ru", "Компания «Северный прокат» объявила о сокращении трёх тысяч рабочих мест. "
            + "Российское правительство заявило, что поможет всем уволенным рабочим.", "Северный прокат"),
    ])
    func aPlaceAdjectiveOrAnIndefiniteNamesAnother(language: String, text: String, institution: String) {
        let quotes = StatementTestSupport.analyze(text, language: language, entities: [(institution, .organisation)]).quotes
        #expect(!quotes.isEmpty)
        #expect(!quotes.contains { $0.speaker == institution })
    }

    @Test func placeAdjectives() {
        #expect(PlaceAdjective.matches("malien", in: .french))
        #expect(PlaceAdjective.matches("canadienne", in: .french))
        #expect(PlaceAdjective.matches("российское", in: .russian))
        #expect(!PlaceAdjective.matches("écologiste", in: .french))
        #expect(!PlaceAdjective.matches("quotidien", in: .french))
        #expect(!PlaceAdjective.matches("металлургическая", in: .russian))
    }
}

/// "publication" is a medium's noun in French and English as "издание" is in Russian ("According
/// to the publication", "selon la publication"): the medium that reported last, not the company
/// the article is about. Invented names.
@Suite struct PublicationMediaNounTests {
    @Test(arguments: [
        ("en", "Harrow Steel chief dies. The chief executive of Harrow Steel has died, Harrow Steel said. Globus reported that he died "
            + "in a private clinic on Monday. According to the publication, he had been on a ventilator.", "Globus", "Harrow Steel"),
        ("fr", "Le patron d'Acier Morvan est mort. Le directeur général d'Acier Morvan est décédé, a indiqué Acier Morvan. Globus précise "
            + "qu'il est mort lundi dans une clinique privée. Selon la publication, il était sous respirateur.", "Globus", "Acier Morvan"),
    ])
    func thePublicationIsTheMedium(language: String, text: String, medium: String, company: String) {
        let quotes = StatementTestSupport.analyze(text, language: language, entities: [(medium, .organisation), (company, .organisation)]).quotes
        #expect(quotes.last?.speaker == medium)
    }
}
