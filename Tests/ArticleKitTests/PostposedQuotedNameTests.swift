import Foundation
import Testing
@testable import ArticleKit

/// A cue after its content with a short quoted name as its subject ("…, пишет газета «Северный
/// вестник»", "…, écrit le journal « Le Courrier »"): the content is a statement of that outlet,
/// a date between the verb and the noun included. Invented texts.
@Suite struct PostposedQuotedNameTests {
    @Test(arguments: [
        ("Работы на причале завершатся к весне, пишет газета «Северный вестник».", "ru", "Северный вестник", "Работы на причале завершатся к весне"),
        ("Работы на причале завершатся к весне, пишет 9 мая газета «Северный вестник».", "ru", "Северный вестник", "Работы на причале завершатся к весне"),
        ("Les travaux du quai s'achèveront au printemps, écrit le journal « Le Courrier ».", "fr", "Le Courrier", "Les travaux du quai s'achèveront au printemps"),
    ])
    func theQuotedOutletSpeaks(text: String, language: String, outlet: String, words: String) {
        let analysis = StatementTestSupport.analyze(text, language: language, entities: [(outlet, .organisation)])
        #expect(analysis.quotes.map(\.text) == [words])
        // (An actor's name drops a leading article: "Le Courrier" is "Courrier".)
        #expect(analysis.quotes.first?.speaker.map { outlet.hasSuffix($0) } == true)
    }
}
