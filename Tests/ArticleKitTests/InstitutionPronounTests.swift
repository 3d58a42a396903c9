import Foundation
import Testing
@testable import ArticleKit

/// French gives institutions a grammatical gender: "Le nouveau gouvernement s'est fixé … . Il a
/// déclaré …" and "La commission d'enquête … . Elle a estimé …" go to the institution opening the
/// sentence before, not to a person named later in it; a pronoun of the other gender does not.
/// Invented texts.
@Suite struct InstitutionPronounTests {
    @Test(arguments: [
        ("Le nouveau gouvernement s'est fixé pour objectif de réviser l'accord signé par Paul Girard. "
            + "Il a cependant déclaré que « cette révision ne doit pas menacer la place du pays dans l'euro ».", "gouvernement"),
        ("La commission d'enquête a entendu Paul Girard pendant trois heures mardi. "
            + "Elle a estimé que « les contrôles ont été insuffisants pendant des années ».", "commission"),
    ])
    func theInstitutionOpeningTheSentenceBeforeIsTheAntecedent(text: String, institution: String) {
        let quotes = StatementTestSupport.analyze(text, language: "fr", entities: [("Paul Girard", .person)]).quotes
        #expect(quotes.count == 1)
        #expect(quotes.first?.speaker?.contains(institution) == true, "\(String(describing: quotes.first?.speaker))")
    }

    @Test func aPronounOfTheOtherGenderIsAPerson() {
        let text = "Le nouveau gouvernement a reçu Claire Vasseur mardi. Elle a déclaré que « la révision de l'accord est indispensable »."
        let quotes = StatementTestSupport.analyze(text, language: "fr", entities: [("Claire Vasseur", .person)]).quotes
        #expect(quotes.first?.speaker == "Claire Vasseur")
    }
}
