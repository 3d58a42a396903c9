import Foundation
import Testing
@testable import ArticleKit

/// Whom a statement is made to is not who made it: "a confié un gréviste à l'AFP",
/// "said a striker to Reuters", "сказал агентству Reuters один из бастующих".
@Suite struct AddresseeTests {
    @Test(arguments: [
        ("fr", "« Il est trop tôt pour le dire », a confié un gréviste à l'AFP.", "AFP"),
        ("en", "\"It is too early to tell,\" said a striker to Reuters.", "Reuters"),
        ("ru", "«Пока рано говорить», — сказал агентству Reuters один из бастующих.", "Reuters"),
    ])
    func theAddresseeIsNeverTheSpeaker(language: String, text: String, addressee: String) {
        let quotes = StatementTestSupport.analyze(text, language: language, entities: [(addressee, .organisation)]).quotes
        #expect(quotes.count == 1)
        #expect(quotes.first?.speaker != nil)
        #expect(quotes.first?.speaker != addressee)
    }

    /// An addressee written as adjective and noun ("Северной службе BBC", "Новой газете").
    @Test(arguments: [
        "«Мы довольны ходом переговоров», — сказал Северной службе BBC представитель компании.",
        "«Мы довольны ходом переговоров», — рассказал Вечерней газете представитель компании.",
    ])
    func anAdjectiveAndNounAddresseeIsSkipped(text: String) {
        let quotes = StatementTestSupport.analyze(text, language: "ru", entities: [("BBC", .organisation)]).quotes
        #expect(quotes.count == 1)
        #expect(quotes.first?.speaker == "представитель компании")
    }

    /// An organisation right after the verb and before a role is the addressee: "— сказал
    /// Северпрессу представитель ведомства" is the representative speaking.
    @Test func anOrganisationBeforeARoleIsTheAddressee() {
        let text = "«Мы готовы», — сказал Северпрессу представитель ведомства."
        let quote = StatementTestSupport.analyze(text, language: "ru", entities: [("Северпрессу", .organisation)]).quotes.first
        #expect(quote?.speakerMentionText == "представитель ведомства")
        #expect(quote?.speaker != "Северпрессу")
    }

    @Test func theNamedSpeakerAfterTheAddresseeIsKept() {
        let text = "«Пока рано говорить», — сказал агентству Reuters Иван Сомов."
        let quotes = StatementTestSupport.analyze(text, language: "ru", entities: [("Reuters", .organisation), ("Иван Сомов", .person)]).quotes
        #expect(quotes.first?.speaker == "Иван Сомов")
    }

    @Test func aPlaceBeforeTheVerbStillSpeaksForItsGovernment() {
        let text = "À Washington ont déclaré que les deux présidents avaient parlé de la Syrie."
        let quotes = StatementTestSupport.analyze(text, language: "fr", entities: [("Washington", .location)]).quotes
        #expect(quotes.first?.speaker == "Washington")
    }
}

/// After a cue and its addressee, a role with a place in its complement and a name in apposition:
/// the name speaks, never the place ("a indiqué à l'AFP le préfet du Gard, Didier Lauga").
/// Invented names.
@Suite struct PlaceInRoleAfterAddresseeTests {
    @Test(arguments: [
        ("fr", "« La situation reste très préoccupante », a indiqué à l'AFP le préfet du Gard, Didier Lauga.",
         [("AFP", EntityType.organisation), ("Gard", .location), ("Didier Lauga", .person)], "Didier Lauga"),
        ("en", "\"The river is still rising,\" said in Omaha the sheriff of Brill County, Dale Harmon.",
         [("Omaha", EntityType.location), ("Brill County", .location), ("Dale Harmon", .person)], "Dale Harmon"),
    ])
    func theApposedNameSpeaksNotThePlace(language: String, text: String, entities: [(String, EntityType)], speaker: String) {
        let quotes = StatementTestSupport.analyze(text, language: language, entities: entities).quotes
        #expect(quotes.map(\.speaker) == [speaker], "\(language)")
    }
}
