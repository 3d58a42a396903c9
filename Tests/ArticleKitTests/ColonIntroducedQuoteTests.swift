import Foundation
import Testing
@testable import ArticleKit

/// A quotation introduced by a clause ending in a colon: in the same paragraph or set as a
/// paragraph of its own after it, with a speech verb or with none ("disagreed:", "s'est
/// emporté :", "возмутилась:"); the clause's subject speaks, read from its parse. Invented texts.
@Suite struct ColonIntroducedQuoteTests {
    private func speakers(_ text: String, _ language: String, _ people: [String]) -> [String?] {
        StatementTestSupport.analyze(text, language: language, entities: people.map { ($0, .person) }).quotes.map(\.speaker)
    }

    /// The quotation as its own paragraph after "X responded:" goes to X, not to the last speaker.
    @Test func aQuotedParagraphAfterACueEndingInAColon() {
        let text = "Shop owner Maria Keane said the dispute had already cost her thousands.\n\n"
            + "Port spokesman Dan Ruiz responded:\n\n\"We have offered a raise twice. The union keeps moving the goalposts.\"\n"
        #expect(speakers(text, "en", ["Maria Keane", "Dan Ruiz"]) == ["Maria Keane", "Dan Ruiz"])
    }

    @Test(arguments: [
        ("Shop owner Maria Keane said the dispute had already cost her thousands. Union leader Tom Brady disagreed:\n\n"
            + "\"The owners have made record profits. They can afford a fair deal.\"\n", "en", ["Maria Keane", "Tom Brady"], "Tom Brady"),
        ("La commerçante Marie Caron a dit que le conflit lui coûtait déjà des milliers d'euros. Le syndicaliste Paul Girard s'est emporté : "
            + "« Les armateurs font des profits records, ils peuvent payer. »", "fr", ["Marie Caron", "Paul Girard"], "Paul Girard"),
        ("Владелец магазина Иван Петров сказал, что забастовка уже стоила ему тысячи рублей. Мэр Анна Ветрова возмутилась: "
            + "«Владельцы порта получают рекордную прибыль и могут заплатить».", "ru", ["Иван Петров", "Анна Ветрова"], "Анна Ветрова"),
    ])
    func aClauseWithNoSpeechVerbBeforeTheColon(text: String, language: String, people: [String], speaker: String) {
        #expect(speakers(text, language, people).last == speaker)
    }

    /// A pronoun right before the colon is the verb's object; the parse finds the subject.
    @Test func anObjectPronounBeforeTheColonIsNotTheSpeaker() {
        let text = "The moderators asked about taxes again. Senator Ruth Vale called them out on it:\n\n"
            + "\"These questions show why people no longer trust the media.\"\n"
        #expect(speakers(text, "en", ["Ruth Vale"]) == ["Ruth Vale"])
    }

    /// "Economists agree - Sarah Lind:": a dash sets off a label; the name after it speaks, not
    /// the subject of the verb before the dash.
    @Test func aNameAfterADashLabel() {
        let text = "Economists agree - Sarah Lind: \"Every week of the strike costs the region about two million euros.\""
        #expect(speakers(text, "en", ["Sarah Lind"]) == ["Sarah Lind"])
    }

    /// A clause that names no one introduces no speaker of its own.
    @Test func aClauseNamingNoOneGivesNoSpeaker() {
        let text = "The results of the vote were clear: \"a large majority for the strike, and no vote against it\"."
        #expect(speakers(text, "en", []).allSatisfy { $0 == nil })
    }

    /// With no speech verb before the colon, a short quoted title is no statement ("известен по
    /// работам в кино: «…»", "known for his films: "…"").
    @Test(arguments: [
        ("Актёр Иван Петров умер в субботу. Он также известен по работам в кино: «Летний сад у реки».", "ru", "Иван Петров"),
        ("The actor Tom Hardy died on Saturday. He was also known for his work in film: \"The Summer Garden\".", "en", "Tom Hardy"),
    ])
    func aQuotedTitleIsNoStatement(text: String, language: String, person: String) {
        let quotes = StatementTestSupport.analyze(text, language: language, entities: [(person, .person)]).quotes
        #expect(quotes.isEmpty, "\(quotes.map(\.text))")
    }
}
