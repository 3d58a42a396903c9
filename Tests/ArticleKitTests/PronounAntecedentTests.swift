import Foundation
import Testing
@testable import ArticleKit

/// Whom a pronoun stands for when the sentence before names its antecedent by something other
/// than a person's name: an institution by its name with a gendered determiner, a role phrase
/// with no name, and a described speaker whose gender the pronoun does not share. Invented texts.
@Suite struct PronounAntecedentTests {
    /// "Le ministère des Transports … Il a indiqué": the determiner gives the named institution
    /// its gender; the person named later in that sentence is not the antecedent.
    @Test func aNamedInstitutionOpeningTheSentenceBefore() {
        let text = "Le ministère des Transports a salué l'accord négocié par Paul Girard. "
            + "Il a indiqué qu'une aide de l'État serait versée au printemps prochain."
        let quotes = StatementTestSupport.analyze(text, language: "fr", entities: [("ministère des Transports", .organisation), ("Paul Girard", .person)]).quotes
        #expect(quotes.count == 1)
        #expect(quotes.first?.speaker?.contains("ministère des Transports") == true, "\(String(describing: quotes.first?.speaker))")
    }

    /// "Le président de la région s'est montré prudent. Selon lui, …": the role phrase opening the
    /// sentence is its subject, and its holder the antecedent, not the first person named before.
    @Test(arguments: [
        ("Le député Julien Morel a assisté à la signature de l'accord entre la maire Sophie Barral et le président de la région Marc Tellier. "
            + "Le président de la région s'est montré prudent. Selon lui, le coût final du tramway reste très incertain.",
         "fr", ["Julien Morel", "Sophie Barral", "Marc Tellier"], "Marc Tellier"),
        ("Депутат Юрий Морозов присутствовал при подписании соглашения между мэром Софьей Барановой и губернатором Марком Тельновым. "
            + "Губернатор был осторожнее в оценках. По его словам, итоговая стоимость трамвая пока неясна.",
         "ru", ["Юрий Морозов", "Софьей Барановой", "Марком Тельновым"], "Марк Тельнов"),
    ])
    func aRolePhraseOpeningTheSentenceBefore(text: String, language: String, people: [String], speaker: String) {
        let quotes = StatementTestSupport.analyze(text, language: language, entities: people.map { ($0, .person) }).quotes
        #expect(quotes.count == 1)
        #expect(quotes.first?.speaker == speaker, "\(String(describing: quotes.first?.speaker))")
    }

    /// A pronoun of the other gender does not continue a described speaker ("заявила
    /// представительница мэрии … По его словам", "a déclaré la porte-parole de la mairie … Selon
    /// lui"): it goes back to the man named before.
    @Test(arguments: [
        ("Марк Тельнов осмотрел стройку в понедельник. «Работы начнутся весной», — заявила представительница мэрии. "
            + "По его словам, итоговая стоимость трамвая пока неясна.", "ru", "Марк Тельнов"),
        ("Marc Tellier a visité le chantier lundi. « Les travaux commenceront au printemps », a déclaré la porte-parole de la mairie. "
            + "Selon lui, le coût final du tramway reste très incertain.", "fr", "Marc Tellier"),
    ])
    func aDescribedSpeakerOfTheOtherGender(text: String, language: String, speaker: String) {
        let quotes = StatementTestSupport.analyze(text, language: language, entities: [(speaker, .person)]).quotes
        #expect(quotes.count == 2)
        #expect(quotes.last?.speaker == speaker, "\(String(describing: quotes.last?.speaker))")
    }
}

/// A role noun whose form or verb marks a gender ("l'élue", "the congresswoman", "заявила
/// президент") names the holder of that gender, not the holder mentioned last. Invented texts.
@Suite struct GenderedRoleHolderTests {
    @Test(arguments: [
        ("La maire de Lorvane, Sophie Barral, et le président de la région, Marc Tellier, ont signé l'accord jeudi. "
            + "« C'est une bonne nouvelle pour les habitants », a déclaré l'élue.",
         "fr", ["Sophie Barral", "Marc Tellier"], "Sophie Barral"),
        ("Congresswoman Ruth Vale and Congressman Tom Hardy signed the agreement on Thursday. "
            + "\"This is good news for the town,\" the congresswoman said.",
         "en", ["Ruth Vale", "Tom Hardy"], "Ruth Vale"),
        ("Президент фонда Анна Лисина и президент компании Олег Марков выступили на форуме в четверг. "
            + "«Это хорошая новость для города», — заявила президент.",
         "ru", ["Анна Лисина", "Олег Марков"], "Анна Лисина"),
    ])
    func theHolderOfTheMarkedGender(text: String, language: String, people: [String], speaker: String) {
        let quotes = StatementTestSupport.analyze(text, language: language, entities: people.map { ($0, .person) }).quotes
        #expect(quotes.count == 1)
        #expect(quotes.first?.speaker == speaker, "\(String(describing: quotes.first?.speaker))")
    }
}
