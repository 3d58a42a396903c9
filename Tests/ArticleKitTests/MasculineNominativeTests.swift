import Testing
@testable import ArticleKit

/// A man whose fullest name reads as a woman's in the nominative ("бойца Виталия Лешкива",
/// "Александра Сомова") is named in the nominative once a masculine verb or his bare surname
/// says he is a man; a woman keeps her name, and so does a foreign name whose surname does not
/// decline. Invented names.
@Suite struct MasculineNominativeTests {
    @Test(arguments: [
        ("Суд приговорил бойца Виталия Лешкива к 24 годам. Лешкив заявил: «Я невиновен и доверяю суду».", "Виталия Лешкива", "Лешкив", "Виталий Лешкив"),
        ("Полиция задержала Александра Сомова в аэропорту. Сомов заявил: «Я ни в чём не виноват».", "Александра Сомова", "Сомов", "Александр Сомов"),
        ("Актриса Александра Сомова приехала в Казань. Однако Сомова заявила: «Я рада быть здесь снова».", "Александра Сомова", "Сомова", "Александра Сомова"),
        ("Прокурор Андреа Лоренци выступил в суде. Лоренци заявил: «Вина доказана полностью».", "Андреа Лоренци", "Лоренци", "Андреа Лоренци"),
    ])
    func theActorIsNamedInTheNominative(text: String, written: String, surname: String, name: String) {
        let analysis = StatementTestSupport.analyze(text, language: "ru", entities: [(written, .person), (surname, .person)])
        #expect(analysis.quotes.first?.speaker == name)
    }
}
