import Foundation
import Testing
@testable import ArticleKit

/// A broader role noun refers back to the holder of a narrower role named before: "le
/// magistrat" to the prosecutor, "l'élue" to the mayor, "the officer" to the colonel.
@Suite struct BroaderRoleSpeakerTests {
    /// (Another person with another role is named in between: the noun must find its holder
    /// by class, not as the only or the latest person.)
    @Test(arguments: [
        ("fr", "Le procureur de Lyon, Thierry Bastide, a ouvert une enquête. Le directeur du site, Paul Girard, a porté plainte. « Plusieurs départs de feu ont été relevés », a précisé le magistrat.", "Thierry Bastide"),
        ("fr", "La maire de Vénissieux, Nadia Kessaci, est arrivée sur place. La directrice du site, Claire Vasseur, a porté plainte. « Ce n'est pas le premier incendie ici », a rappelé l'élue.", "Nadia Kessaci"),
        ("fr", "Le colonel Jacques Ferrand commande les pompiers du Rhône. Le directeur du site, Paul Girard, a porté plainte. « Le feu est maîtrisé », a expliqué l'officier.", "Jacques Ferrand"),
        ("en", "Judge Thomas Baxter opened the hearing on Monday. The plant's director, Paul Grant, filed a complaint. \"The evidence is not in dispute,\" the magistrate said.", "Thomas Baxter"),
        ("en", "Colonel James Ferrand leads the county's firefighters. The plant's director, Paul Grant, filed a complaint. \"The blaze is under control,\" the officer said.", "James Ferrand"),
    ])
    func theBroaderNounFindsTheHolder(language: String, text: String, holder: String) {
        let people: [(String, EntityType)] = [("Thierry Bastide", .person), ("Nadia Kessaci", .person), ("Jacques Ferrand", .person),
                                              ("Thomas Baxter", .person), ("James Ferrand", .person), ("Paul Girard", .person),
                                              ("Claire Vasseur", .person), ("Paul Grant", .person), ("Lyon", .location), ("Vénissieux", .location)]
        let quotes = StatementTestSupport.analyze(text, language: language, entities: people).quotes
        #expect(quotes.count == 1)
        #expect(quotes.first?.speaker == holder)
    }

    /// The narrower noun does not reach up: "le juge" is not the prosecutor named before.
    @Test func aNarrowerNounKeepsItsClass() {
        let text = "Le procureur de Lyon, Thierry Bastide, a ouvert une enquête. « Le dossier est solide », a estimé le juge."
        let quotes = StatementTestSupport.analyze(text, language: "fr", entities: [("Thierry Bastide", .person), ("Lyon", .location)]).quotes
        #expect(quotes.first?.speaker != "Thierry Bastide")
    }
}
