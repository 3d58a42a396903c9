import Foundation
import Testing
@testable import ArticleKit

/// The head of the phrase speaks, not a name inside its complement: "un conseiller du
/// ministre Paul Girard" is the adviser's statement; "le ministre de l'Économie Paul Girard"
/// is Girard's (the name is the head's own).
@Suite struct PhraseHeadSpeakerTests {
    @Test(arguments: [
        ("fr", "Selon un conseiller du ministre Paul Girard, les travaux de rénovation du port commenceront lundi prochain.", "conseiller"),
        ("en", "According to an adviser to minister Paul Girard, the works on the harbour will start next Monday.", "adviser"),
    ])
    func aNameInsideTheComplementIsNotTheSpeaker(language: String, text: String, head: String) {
        let quotes = StatementTestSupport.analyze(text, language: language, entities: [("Paul Girard", .person)]).quotes
        #expect(quotes.count == 1)
        #expect(quotes.first?.speaker == head)
    }

    @Test(arguments: [
        ("fr", "Selon le ministre Paul Girard, les travaux de rénovation du port commenceront lundi prochain."),
        ("en", "According to minister Paul Girard, the works on the harbour will start next Monday."),
    ])
    func aNameAfterItsOwnRoleIsTheSpeaker(language: String, text: String) {
        let quotes = StatementTestSupport.analyze(text, language: language, entities: [("Paul Girard", .person)]).quotes
        #expect(quotes.first?.speaker == "Paul Girard")
    }
}

/// "The dockers' union said": an institution described by its possessor is that description,
/// not the institution named last.
@Suite struct PossessedInstitutionTests {
    @Test func aPossessorMakesTheInstitutionItsOwn() {
        let text = "Mayor Claire Dobson spoke outside City Hall on Monday.\n\nThe dockers' union said management refused any serious discussion of wages."
        let quotes = StatementTestSupport.analyze(text, language: "en", entities: [("Claire Dobson", .person), ("City Hall", .organisation)]).quotes
        #expect(quotes.last?.speaker == "dockers' union")
    }
}
