import Foundation
import Testing
@testable import ArticleKit

/// The people of a place speak, not the place: "Les habitants de Millac ont déclaré" is the
/// residents (a place completing a noun is never the speaker; "selon Paris" still is the place).
/// The medium a statement was made to listens: "— рассказал один из жителей агентству ТАСС" is
/// the resident. Invented texts.
@Suite struct GroupOfAPlaceSpeakerTests {
    @Test func thePeopleOfAPlaceSpeak() {
        let text = "La ville de Millac est privée d'eau depuis une semaine.\n\n"
            + "Les habitants de Millac ont déclaré qu'ils n'avaient pas été prévenus de la coupure."
        let quotes = StatementTestSupport.analyze(text, language: "fr", entities: [("Millac", .location)]).quotes
        #expect(quotes.count == 1)
        #expect(quotes.first?.speaker?.contains("habitants") == true, "\(String(describing: quotes.first?.speaker))")
    }

    @Test func aPlaceAloneStillSpeaks() {
        let text = "Selon Washington, les négociations reprendront la semaine prochaine à Genève."
        let quotes = StatementTestSupport.analyze(text, language: "fr", entities: [("Washington", .location), ("Genève", .location)]).quotes
        #expect(quotes.first?.speaker == "Washington")
    }

    @Test(arguments: [
        "«Нам никто ничего не сказал о ремонте», — рассказал один из жителей агентству ТАСС.",
        "«Нам никто ничего не сказал о ремонте», — рассказала местная жительница агентству ТАСС.",
    ])
    func theMediumInTheDativeListens(text: String) {
        let quotes = StatementTestSupport.analyze(text, language: "ru", entities: [("ТАСС", .organisation)]).quotes
        #expect(quotes.count == 1)
        #expect(quotes.first.map { $0.speaker != nil && $0.speaker != "ТАСС" } == true, "\(String(describing: quotes.first?.speaker))")
    }
}
