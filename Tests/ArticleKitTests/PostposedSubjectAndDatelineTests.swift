import Foundation
import Testing
@testable import ArticleKit

/// "…, its owner said Thursday": a possessive and a noun after the content are its subject; a
/// dateline ("CALLOWAY, Ohio (AP) —") is never part of what was said; a plural role is a group.
@Suite struct PostposedSubjectAndDatelineTests {
    @Test(arguments: [
        ("en", "CALLOWAY, Ohio (AP) — The last steel mill in Calloway will close in March, its owner said Thursday.",
         "The last steel mill in Calloway will close in March"),
        ("fr", "LUNEL, 3 mars (AFP) — La dernière usine de Lunel fermera en mars, a annoncé jeudi son propriétaire.",
         "La dernière usine de Lunel fermera en mars"),
    ])
    func theDatelineIsNotSaid(language: String, text: String, said: String) {
        let quotes = StatementTestSupport.analyze(text, language: language).quotes
        #expect(quotes.count == 1)
        #expect(quotes.first?.text == said)
    }

    @Test func aPossessedNounIsTheSubject() {
        let text = "The last steel mill in Calloway will close in March, its owner said Thursday."
        let quote = StatementTestSupport.analyze(text, language: "en").quotes.first
        #expect(quote?.speakerMentionText == "its owner")
        #expect(quote?.speaker == "owner")
    }

    /// A noun phrase with its determiner between the quote and the verb is the subject; a name
    /// after the verb is a circumstance ("said on Facebook", "wrote in a post on Brillnet").
    @Test(arguments: [
        ("\"He was a man of great quality,\" a friend said on Facebook.", "friend", "Facebook"),
        ("\"The court has embarrassed itself,\" the presumptive nominee wrote in a post on Brillnet.", "presumptive nominee", "Brillnet"),
    ])
    func theDeterminedPhraseBeforeTheVerbSpeaks(text: String, speaker: String, other: String) {
        let quote = StatementTestSupport.analyze(text, language: "en", entities: [(other, .organisation)]).quotes.first
        #expect(quote?.speaker == speaker)
    }

    /// "Union officials said" after a chief executive was named: a group, not him.
    @Test func aPluralRoleIsNotTheOneHolder() {
        let text = "Robert Lindqvist, chief executive of the mill, announced the closure. Union officials said they would seek talks with the company."
        let quote = StatementTestSupport.analyze(text, language: "en", entities: [("Robert Lindqvist", .person)]).quotes.last
        #expect(quote?.speaker != nil)
        #expect(quote?.speaker != "Robert Lindqvist")
    }
}
