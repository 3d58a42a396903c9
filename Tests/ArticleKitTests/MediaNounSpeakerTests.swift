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

    /// Without a medium in the article the noun falls back to the institution in view, as before.
    @Test func withoutAMediumTheInstitutionInViewSpeaks() {
        let text = "Министерство финансов отказалось от комментариев. По данным издания, чиновник уже написал заявление об уходе."
        let quotes = StatementTestSupport.analyze(text, language: "ru", entities: [("Министерство финансов", .organisation)]).quotes
        #expect(quotes.last?.speaker == "Министерство финансов")
    }
}

/// An institution noun a participle describes ("l'organisation militant pour …", "the group
/// representing …") is the salient institution, as the bare noun is; an adjective may name another
/// ("le gouvernement malien"), so only participles count. (Russian lists only gerunds as
/// participles: no Russian case.) Invented names.
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
