import Foundation
import Testing
@testable import ArticleKit

/// Merging mentions into actors: full name, surname, initials, declension, acronyms, parentheses.
@Suite struct ActorGrouperTests {
    private func actors(_ text: String, _ language: String, _ entities: [(String, EntityType)]) -> [Actor] {
        StatementTestSupport.analyze(text, language: language, entities: entities).actors
    }

    @Test func surnameJoinsTheFullName() {
        let a = actors("Obama et Romney s'affrontent. Barack Obama et Mitt Romney étaient en Ohio. B. Obama a gagné.", "fr",
                       [("Obama", .person), ("Romney", .person), ("Barack Obama", .person), ("Mitt Romney", .person), ("B. Obama", .person), ("Ohio", .location)])
        #expect(a.map(\.name).sorted() == ["Barack Obama", "Mitt Romney"])
        #expect(a.first { $0.name == "Barack Obama" }?.mentions.count == 3)
        #expect(a.first { $0.name == "Barack Obama" }?.aliases.contains("B. Obama") == true)
    }

    /// "Obama's", "DAB’s": the word the statements layer reads runs on over the possessive; the
    /// mention is still the same actor as "Barack Obama", "DAB".
    @Test func possessiveMentionsJoinTheirActor() {
        let a = actors("Barack Obama spoke. Obama's speech was short. DAB's Ben Chan won, and Gary Chan of DAB too. The DAB’s vote rose.", "en",
                       [("Barack Obama", .person), ("Obama", .person), ("DAB", .organisation), ("Ben Chan", .person),
                        ("Gary Chan", .person), ("DAB", .organisation), ("DAB", .organisation)])
        #expect(a.map(\.name) == ["Barack Obama", "DAB", "Ben Chan", "Gary Chan"])
        #expect(a.first { $0.name == "Barack Obama" }?.mentions.count == 2)
        #expect(a.first { $0.name == "DAB" }?.mentions.count == 3)
    }

    @Test func sameSurnameDifferentPeople() {
        let a = actors("Jean-Marie Le Pen décrit sa fille, Marine Le Pen. Marine a répondu.", "fr",
                       [("Jean-Marie Le Pen", .person), ("Marine Le Pen", .person), ("Marine", .person)])
        #expect(a.count == 2)
        #expect(a.first { $0.name == "Marine Le Pen" }?.mentions.count == 2)
    }

    @Test func russianCaseForms() {
        let a = actors("Стив Ирвин погиб. Ирвину было 44 года. Смерть Стива Ирвина потрясла всех.", "ru",
                       [("Стив Ирвин", .person), ("Ирвину", .person), ("Стива Ирвина", .person)])
        #expect(a.count == 1)
        #expect(a.first?.name == "Стив Ирвин")
    }

    /// A Russian name met only in another case is named in the nominative: the first name tells
    /// the gender and the case, the patronymic and the surname follow ("-ова" → "-ов", "-ой" →
    /// "-а", a consonant stem loses the case ending). Names the rules cannot read stay as written.
    @Test func russianNameMetOnlyInAnotherCaseIsNamedInTheNominative() {
        let text = "По словам Сергея Лаврова, встреча прошла. Анны Петровой не было. Поздравили Владимира Владимировича Путина. "
            + "Выступление Дональда Трампа было долгим. С Дмитрием Медведевым говорили. Александра Петрова заявила, что всё хорошо. "
            + "Джона Керри ждали."
        let a = actors(text, "ru", [("Сергея Лаврова", .person), ("Анны Петровой", .person), ("Владимира Владимировича Путина", .person),
                                    ("Дональда Трампа", .person), ("Дмитрием Медведевым", .person), ("Александра Петрова", .person),
                                    ("Джона Керри", .person)])
        #expect(a.map(\.name) == ["Сергей Лавров", "Анна Петрова", "Владимир Владимирович Путин", "Дональд Трамп",
                                  "Дмитрий Медведев", "Александра Петрова", "Джон Керри"])
        #expect(a.first?.aliases == ["Сергея Лаврова"])
        // Only the Russian lexicon declines: the same words in a French article stay as written.
        let french = actors("Selon Сергея Лаврова, la réunion a eu lieu.", "fr", [("Сергея Лаврова", .person)])
        #expect(french.map(\.name) == ["Сергея Лаврова"])
    }

    @Test func parenthesesAndAcronyms() {
        let a = actors("Джон Стэйнтон (John Stainton) сказал это. La Confédération générale du travail (CGT) estime. La CGT tiendra une conférence.", "fr",
                       [("Джон Стэйнтон", .person), ("John Stainton", .person), ("Confédération générale du travail", .organisation), ("CGT", .organisation)])
        #expect(a.count == 2)
        #expect(a.first { $0.type == .person }?.name == "Джон Стэйнтон")
        #expect(a.first { $0.type == .organisation }?.aliases == ["CGT"])
    }

    @Test func placesAreNotActors() {
        let a = actors("Vladimir Poutine est à Moscou.", "fr", [("Vladimir Poutine", .person), ("Moscou", .location)])
        #expect(a.map(\.name) == ["Vladimir Poutine"])
    }

    @Test func rolesFromAppositions() {
        let a = actors("Auparavant, le secrétaire de presse du président russe, Dmitri Peskov a parlé. Rafael Correa, président de la république équatorienne, a décidé.", "fr",
                       [("Dmitri Peskov", .person), ("Rafael Correa", .person)])
        #expect(a.first { $0.name == "Dmitri Peskov" }?.role == "secrétaire de presse du président russe")
        #expect(a.first { $0.name == "Rafael Correa" }?.role == "président de la république équatorienne")
    }

    @Test func titlesAndDeterminersInsideEntitiesAreNotPartOfTheName() {
        let a = actors("Le président Vladimir Poutine a parlé. Poutine a ajouté un mot. Le Kremlin a confirmé.", "fr",
                       [("président Vladimir Poutine", .person), ("Poutine", .person), ("Le Kremlin", .organisation)])
        #expect(a.map(\.name) == ["Vladimir Poutine", "Kremlin"])
        let quoted = actors("Об этом сообщил \"Коммерсантъ\" в среду.", "ru", [("\"Коммерсантъ\"", .organisation)])
        #expect(quoted.map(\.name) == ["Коммерсантъ"])
    }

    @Test func aRoleNounTaggedAsAPersonIsNotAnActor() {
        let analysis = StatementTestSupport.analyze(
            "Le porte-parole Josh Ernest a parlé. Porte-parole a également constaté qu'il est difficile de répondre.", language: "fr",
            entities: [("Josh Ernest", .person), ("Porte-parole", .person)])
        #expect(analysis.actors.map(\.name) == ["Josh Ernest"])
        #expect(analysis.quotes.first?.speaker == "Josh Ernest")
    }
}
