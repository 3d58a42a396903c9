import Foundation
import Testing
@testable import ArticleKit

/// A sentence adverb and its comma before a quotation ("Still, "…," the management said",
/// "Cependant, « … », a indiqué la direction") leave the quotation at the head of its clause: the
/// cue after it names the speaker, who is not the previous one. A company's management is an
/// institution, never the person quoted before. Invented texts.
@Suite struct SentenceAdverbQuoteTests {
    @Test(arguments: [
        ("en", "The port reopened on Tuesday after a three-day strike.\n\n\"We got what we wanted,\" said Michael Fenwick, a union delegate.\n\n"
            + "Still, \"the losses are above two million pounds,\" the management said.", "Michael Fenwick"),
        ("fr", "Le port a rouvert mardi après trois jours de grève.\n\n« Nous avons obtenu ce que nous voulions », a déclaré Marc Vidal, délégué syndical.\n\n"
            + "Cependant, « les pertes dépassent deux millions d'euros », a indiqué la direction.", "Marc Vidal"),
    ])
    func theCueAfterTheQuotationNamesANewSpeaker(language: String, text: String, delegate: String) {
        let quotes = StatementTestSupport.analyze(text, language: language, entities: [(delegate, .person)]).quotes
        #expect(quotes.count == 2)
        #expect(quotes.first?.speaker == delegate)
        #expect(quotes.last.map { $0.speaker != nil && $0.speaker != delegate } == true, "\(String(describing: quotes.last?.speaker))")
    }

    @Test func theManagementIsNotThePersonQuotedBefore() {
        let text = "Le port a rouvert mardi.\n\n« Tout le monde est rentré chez soi », a raconté un docker.\n\n"
            + "Cependant, la direction affirme que « les pertes dépassent deux millions d'euros »."
        let quotes = StatementTestSupport.analyze(text, language: "fr").quotes
        #expect(quotes.count == 2)
        #expect(quotes.last?.speaker?.contains("direction") == true, "\(String(describing: quotes.last?.speaker))")
    }

    /// The quotation is the statement, without the adverb before it.
    @Test func theAdverbIsNotPartOfTheQuotation() {
        let text = "Le port a rouvert mardi.\n\nEnsuite, « tout le monde est rentré chez soi », a raconté un docker.\n\n"
            + "Puis « la police est arrivée très vite sur le quai », a ajouté Marc Vidal."
        let quotes = StatementTestSupport.analyze(text, language: "fr", entities: [("Marc Vidal", .person)]).quotes
        #expect(quotes.map(\.text) == ["tout le monde est rentré chez soi", "la police est arrivée très vite sur le quai"])
        #expect(quotes.last?.speaker == "Marc Vidal")
    }
}
