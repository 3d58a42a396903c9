import Testing
@testable import ArticleKit

/// A name never runs across a line break: a caption's name and the next line's first word are
/// two things ("Али Сорин" / "Бывший президент …"). Invented names.
@Suite struct EntityLineBreakTests {
    @Test(arguments: [("ru", "Али Абдалла Сорин\nБывший президент Йемена погиб в понедельник."),
                      ("fr", "Jean-Marc Dufour\nAncien président du club, il est mort lundi."),
                      ("en", "Martha Quill Reyes\nFormer mayor of the town, she died on Monday.")])
    func aNameStaysOnItsLine(lang: String, text: String) {
        let found = EntityTestSupport.recognize(text, lang: lang)
        #expect(!found.contains { $0.text.contains("\n") })
    }
}
