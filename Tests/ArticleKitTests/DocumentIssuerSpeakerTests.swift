import Foundation
import Testing
@testable import ArticleKit

/// A document named with its issuer ("un communiqué du ministère", "a statement from the
/// department", "заявление министерства") speaks for that issuer, not for whoever spoke last.
@Suite struct DocumentIssuerSpeakerTests {
    @Test(arguments: [
        ("fr", "Claire Vasseur a confirmé mardi sa venue. Selon un communiqué du ministère, la concertation avec les syndicats reprendra dès lundi.", "ministère"),
        ("fr", "Claire Vasseur a confirmé mardi sa venue. D'après une lettre de la préfecture, la route restera fermée jusqu'à vendredi soir.", "préfecture"),
        ("en", "Helen Marsh confirmed on Tuesday that she would attend. According to a statement from the department, talks with unions will resume on Monday.", "department"),
        ("ru", "Ольга Белова во вторник подтвердила свой приезд. Согласно заявлению министерства, консультации с профсоюзами возобновятся в понедельник.", "министерство"),
    ])
    func theIssuerSpeaks(language: String, text: String, issuer: String) {
        let people: [(String, EntityType)] = [("Claire Vasseur", .person), ("Helen Marsh", .person), ("Ольга Белова", .person)]
        let quotes = StatementTestSupport.analyze(text, language: language, entities: people).quotes
        let attributed = quotes.last
        #expect(attributed?.speaker == issuer)
    }

    /// A named issuer is the actor ("a statement from the Harrow Clinic").
    @Test func aNamedIssuerIsTheActor() {
        let text = "Helen Marsh confirmed on Tuesday that she would attend. According to a statement from the Harrow Clinic, talks with unions will resume on Monday."
        let quotes = StatementTestSupport.analyze(text, language: "en", entities: [("Helen Marsh", .person), ("Harrow Clinic", .organisation)]).quotes
        #expect(quotes.last?.speaker == "Harrow Clinic")
    }

    /// A complement that names no one leaves the document to its author as before.
    @Test func aDocumentAboutSomethingIsNoIssuer() {
        let text = "Helen Marsh confirmed on Tuesday that she would attend. According to a statement of intent, talks with unions will resume on Monday."
        let quotes = StatementTestSupport.analyze(text, language: "en", entities: [("Helen Marsh", .person)]).quotes
        #expect(quotes.last?.speaker != "intent")
    }
}
