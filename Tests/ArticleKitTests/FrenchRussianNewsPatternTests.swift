import Foundation
import Testing
@testable import ArticleKit

/// Common French and Russian news patterns beyond the development sets.
@Suite struct FrenchRussianNewsPatternTests {
    private func quotes(_ text: String, _ language: String, _ entities: [(String, EntityType)] = []) -> [Quote] {
        StatementTestSupport.analyze(text, language: language, entities: entities).quotes
    }

    @Test func frenchOpinionVerbsAfterTheQuote() {
        let q = quotes("« C'est une honte pour la République », s'est indigné le député Jean Dupont.", "fr", [("Jean Dupont", .person)])
        #expect(q.first?.speaker == "Jean Dupont")
        #expect(q.first?.text == "C'est une honte pour la République")
        let elle = quotes("Marie Curie était présente. « Nous allons gagner cette bataille », a-t-elle lancé.", "fr", [("Marie Curie", .person)])
        #expect(elle.first?.speaker == "Marie Curie")
    }

    @Test func frenchCueWithObjectBeforeTheName() {
        let q = quotes("« La situation est grave », explique à l'AFP Jean Dupont, directeur de l'ONG.", "fr",
                       [("AFP", .organisation), ("Jean Dupont", .person), ("ONG", .organisation)])
        #expect(q.first?.speaker == "Jean Dupont")
    }

    @Test func frenchPourWithRoleBeforeAQuote() {
        let q = quotes("Pour le ministre Bruno Le Maire, « il faut agir vite et fort ».", "fr", [("Bruno Le Maire", .person)])
        #expect(q.first?.kind == .direct)
        #expect(q.first?.text == "il faut agir vite et fort")
        #expect(q.first?.speaker == "Bruno Le Maire")
        #expect(quotes("Pour terminer, la réunion a duré trois heures sans interruption.", "fr").isEmpty)
    }

    @Test func russianPatterns() {
        let a = quotes("«Мы не допустим эскалации конфликта», — отметил глава МИД Сергей Лавров.", "ru",
                       [("МИД", .organisation), ("Сергей Лавров", .person)])
        #expect(a.first?.speaker == "Сергей Лавров")
        let b = quotes("Как заявил Дмитрий Песков, встреча состоится в Москве в ближайшее время.", "ru",
                       [("Дмитрий Песков", .person), ("Москве", .location)])
        #expect(b.first?.text == "встреча состоится в Москве в ближайшее время")
        #expect(b.first?.speaker == "Дмитрий Песков")
        let c = quotes("По информации ТАСС, переговоры продолжатся на следующей неделе в Женеве.", "ru",
                       [("ТАСС", .organisation), ("Женеве", .location)])
        #expect(c.first?.speaker == "ТАСС")
        #expect(quotes("Об этом заявил министр обороны.", "ru").isEmpty)
        let d = quotes("Министр считает, что решение было принято слишком поздно.", "ru")
        #expect(d.first?.text == "решение было принято слишком поздно")
        #expect(d.first?.speaker == "Министр")
    }

    @Test func russianExpressedConfidenceThat() {
        let q = quotes("Министр выразил уверенность, что работа Ивана Сидорова «и дальше будет помогать развитию сотрудничества».", "ru",
                       [("Ивана Сидорова", .person)])
        #expect(q.count == 1)
        #expect(q.first?.kind == .indirect)
        #expect(q.first?.text.hasPrefix("работа Ивана Сидорова") == true)
    }

    @Test func twoCoordinatedStatements() {
        let q = quotes("Губернатор Петров выразил уверенность, что проект Сидорова будет скоро одобрен Думой, и отметил, что «опыт Сидорова поможет ему в этой работе».", "ru",
                       [("Петров", .person), ("Сидорова", .person), ("Думой", .organisation)])
        #expect(q.count == 2)
        #expect(q.first?.text == "проект Сидорова будет скоро одобрен Думой")
        #expect(q.allSatisfy { $0.speaker == "Петров" }, "\(q.map { ($0.speaker ?? "-", $0.speakerMentionText ?? "-", $0.cue) })")
        let fr = quotes("Le ministre a déclaré que la réforme sera votée cette année et a ajouté que le budget ne changera pas.", "fr")
        #expect(fr.count == 2)
        #expect(fr.first?.text == "la réforme sera votée cette année")
    }

    @Test func cueInsideTheQuotation() {
        let fr = quotes("« Nous sommes prêts, a déclaré le ministre Jean Dupont, à discuter avec tous les syndicats. »", "fr", [("Jean Dupont", .person)])
        #expect(fr.count == 1)
        #expect(fr.first?.speaker == "Jean Dupont")
        let inverted = quotes("Jean Dupont était à Paris. « Nous sommes prêts, dit-il, à discuter avec tous. »", "fr", [("Jean Dupont", .person), ("Paris", .location)])
        #expect(inverted.first?.speaker == "Jean Dupont")
        let ru = quotes("«Мы готовы, — сказал Сергей Лавров, — к переговорам без предварительных условий».", "ru", [("Сергей Лавров", .person)])
        #expect(ru.first?.speaker == "Сергей Лавров")
    }
}
