import Foundation
import Testing
@testable import ArticleKit

/// A cue verb inside what a statement reports is part of the report ("Selon la maire, les
/// services ne répondent plus : « … »"): the quotation after it goes on with the statement's
/// speaker, not the cue's subject. A cue across a sentence end, or one that ends the statement
/// before it, opens an attribution of its own. Invented texts.
@Suite struct ReportedCueSpeakerTests {
    @Test(arguments: [
        ("fr", "La maire Claire Vasseur a rencontré les habitants mardi.\n\nSelon la maire, les services de l'État ne répondent plus aux "
            + "demandes de la commune : « Nous sommes abandonnés, et personne ne veut nous aider ».", "Claire Vasseur"),
        ("en", "Mayor Claire Vasey met the residents on Tuesday.\n\nAccording to the mayor, the state agencies no longer answer the town's "
            + "requests: \"We have been abandoned, and nobody wants to help us.\"", "Claire Vasey"),
        ("ru", "Мэр Клара Васильева встретилась с жителями во вторник.\n\nПо словам мэра, областные власти не отвечают на её просьбы, хотя "
            + "она не требует ничего необычного: «Нас просто бросили, и никто не хочет нам помогать».", "Клара Васильева"),
    ])
    func theQuotationGoesOnWithTheReporter(language: String, text: String, speaker: String) {
        let quotes = StatementTestSupport.analyze(text, language: language, entities: [(speaker, .person)]).quotes
        #expect(quotes.count == 2)
        #expect(quotes.map(\.speaker) == [speaker, speaker])
    }

    @Test func aCueAfterASentenceEndInsideQuotationMarksIsItsOwn() {
        let text = "Orbital Data said in a statement that it \"rejects the use of its maps for surveillance.\" The firm said its new rules "
            + "had already produced results, \"including fewer requests from police and more notices to users.\""
        let quotes = StatementTestSupport.analyze(text, language: "en", entities: [("Orbital Data", .organisation)]).quotes
        #expect(quotes.last?.speakerMentionText?.hasSuffix("firm") == true,
                "\(String(describing: quotes.last?.speakerMentionText))")
    }
}
