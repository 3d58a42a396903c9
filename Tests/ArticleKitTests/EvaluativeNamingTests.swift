import Foundation
import Testing
@testable import ArticleKit

/// A verb that gives its object a quoted predicate ("called the deal "…"", "a qualifié l'accord
/// de « … »", "назвал соглашение «…»") reports the subject's own words; a title or a name after
/// a naming word is no statement. Invented texts.
@Suite struct EvaluativeNamingTests {
    private func quotes(_ text: String, _ language: String, _ entities: [(String, EntityType)] = []) -> [(String, String?)] {
        let analysis = StatementTestSupport.analyze(text, language: language, entities: entities)
        return analysis.quotes.map { (String(String.UnicodeScalarView(Array(text.unicodeScalars)[$0.span.start..<$0.span.end])), $0.speaker) }
    }

    @Test(arguments: [
        ("Mayor Ruth Vale called the deal \"a victory for every worker on the docks\".", "en", "a victory for every worker on the docks"),
        ("Le maire Paul Girard a qualifié l'accord de « victoire pour tous les salariés ».", "fr", "victoire pour tous les salariés"),
        ("Мэр Анна Ветрова назвала соглашение «победой всех работников порта».", "ru", "победой всех работников порта"),
        ("Мэр Анна Ветрова охарактеризовала соглашение как «победу здравого смысла».", "ru", "победу здравого смысла"),
    ])
    func aQuotedPredicateIsTheSubjectsStatement(text: String, language: String, words: String) {
        let people: [(String, EntityType)] = [("Ruth Vale", .person), ("Paul Girard", .person), ("Анна Ветрова", .person)]
        let found = quotes(text, language, people)
        #expect(found.count == 1)
        #expect(found.first?.0 == words)
        #expect(found.first?.1 != nil)
    }

    /// A list of predicates after one verb: each is a statement of the verb's subject.
    @Test func aListOfPredicates() {
        let text = "Министр назвал эту реформу «главной задачей правительства и общества», «важным инструментом для развития экономики»."
        let found = quotes(text, "ru")
        #expect(found.map(\.0) == ["главной задачей правительства и общества", "важным инструментом для развития экономики"])
    }

    @Test(arguments: [
        // A title or a name opens with a capital.
        ("The studio called its new film \"Harbour Lights\" after the old cinema.", "en"),
        ("Le groupe a intitulé son album « Les Quais du soir » en hommage au port.", "fr"),
        ("Режиссёр назвал фильм «Северный ветер» в честь романа.", "ru"),
        // "called on", "called for": a verb with a preposition, not a naming.
        ("The senator called on the workers to stay \"calm and united until the vote\".", "en"),
    ])
    func aTitleOrAPrepositionalVerbIsNoStatement(text: String, language: String) {
        #expect(quotes(text, language).isEmpty)
    }
}
