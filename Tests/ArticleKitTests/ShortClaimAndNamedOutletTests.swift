import Foundation
import Testing
@testable import ArticleKit

/// A short claim after an attribution is still a claim ("Selon lui, les travaux commenceront
/// lundi"); an outlet named in quotation marks after its noun ("пишет газета «Северный
/// вестник»") is that outlet, not an earlier quotation.
@Suite struct ShortClaimAndNamedOutletTests {
    @Test(arguments: [
        ("fr", "Anne Roux a visité le chantier. Selon elle, les travaux commenceront lundi.", "Anne Roux"),
        ("en", "Ann Lee visited the site. According to her, the works start Monday.", "Ann Lee"),
        ("ru", "Нина Крылова выступила перед журналистами. По её словам, явка превысила сорок процентов.", "Нина Крылова"),
    ])
    func aFourWordClaimAfterAnAttributionIsFound(language: String, text: String, speaker: String) {
        let quotes = StatementTestSupport.analyze(text, language: language, entities: [(speaker, .person)]).quotes
        #expect(quotes.count == 1)
        #expect(quotes.first?.speaker == speaker)
    }

    @Test func theQuotedNameAfterTheNounIsTheOutlet() {
        let text = "Глава района Пётр Лыков: «Люди пришли голосовать семьями».\n\n"
            + "«Это хороший знак для всей области», — пишет газета «Северный вестник»."
        let quotes = StatementTestSupport.analyze(text, language: "ru", entities: [("Пётр Лыков", .person)]).quotes
        #expect(quotes.last?.speaker == "Северный вестник")
    }
}
