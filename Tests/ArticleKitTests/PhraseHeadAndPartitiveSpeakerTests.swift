import Foundation
import Testing
@testable import ArticleKit

/// The head of a speaker's noun phrase speaks, not a role or an institution in its complement;
/// a partitive ("one of the strikers") is the speaker as a whole.
@Suite struct PhraseHeadAndPartitiveSpeakerTests {
    @Test(arguments: [
        ("fr", "Claire Vasseur a visité le port.\n\nUn conseiller de la ministre des Transports a indiqué que des discussions étaient prévues jeudi.",
         "conseiller de la ministre des Transports", [("Claire Vasseur", EntityType.person)]),
        ("ru", "Елена Соколова посетила порт.\n\nСоветник министра транспорта заявил, что переговоры назначены на четверг.",
         "Советник министра транспорта", [("Елена Соколова", .person)]),
        ("fr", "Les économistes de la Banque de Lorient estiment que l'impact restera limité.",
         "économistes de la Banque de Lorient", [("Banque de Lorient", .organisation)]),
    ])
    func theHeadRoleSpeaks(language: String, text: String, speaker: String, entities: [(String, EntityType)]) {
        let quotes = StatementTestSupport.analyze(text, language: language, entities: entities).quotes
        #expect(quotes.count == 1)
        #expect(quotes.first?.speaker == speaker)
    }

    @Test(arguments: [
        ("fr", "« C'est une honte pour tout le pays », a lancé l'un des grévistes.", "un des grévistes"),
        ("en", "\"This is a disgrace for the whole country,\" said one of the strikers.", "one of the strikers"),
        ("en", "\"We will not sign this text,\" one of the ministers said.", "one of the ministers"),
        ("ru", "«Это позор для всей страны», — сказал один из бастующих.", "один из бастующих"),
    ])
    func aPartitiveIsTheSpeaker(language: String, text: String, speaker: String) {
        let quotes = StatementTestSupport.analyze(text, language: language).quotes
        #expect(quotes.count == 1)
        #expect(quotes.first?.speaker == speaker)
    }

    /// A relative clause between the subject and the verb holds no subject ("Le ministre, qui a
    /// reçu X, a salué", "The minister, who met X, said", "Министр, который встретился с X, заявил").
    @Test(arguments: [
        ("fr", "Le ministre de l'Économie, qui a reçu Paul Brenner la semaine dernière, a salué « une excellente nouvelle pour l'emploi ».", "ministre de l'Économie"),
        ("en", "The economy minister, who met Paul Brenner last week, said that the plan was excellent news for jobs.", "economy minister"),
        ("ru", "Министр экономики, который встретился с Паулем Бреннером на прошлой неделе, заявил, что это отличная новость для рынка труда.", "Министр экономики"),
    ])
    func theRelativeClauseHoldsNoSubject(language: String, text: String, speaker: String) {
        let quote = StatementTestSupport.analyze(text, language: language, entities: [("Paul Brenner", .person), ("Паулем Бреннером", .person)]).quotes.first
        #expect(quote?.speakerMentionText?.contains(speaker) == true)
        // The person met is someone else: the role does not refer to a name after it.
        #expect(quote?.speaker != "Paul Brenner" && quote?.speaker != "Пауль Бреннер")
    }

    /// A role's phrase ends at a preposition ("le ministre devant la presse" is "le ministre").
    @Test func aRolePhraseEndsAtAPreposition() {
        let text = "Gérald Vautrin est arrivé lundi.\n\n« L'État sera là », a déclaré le ministre devant la presse."
        let quote = StatementTestSupport.analyze(text, language: "fr", entities: [("Gérald Vautrin", .person)]).quotes.first
        #expect(quote?.speakerMentionText == "le ministre")
    }

    /// A role and a name in apposition before the verb are its subject, not reported content.
    @Test(arguments: [
        ("fr", "La ministre des Transports, Claire Vasseur, a répondu mardi soir.", [("Claire Vasseur", EntityType.person)]),
        ("en", "The transport minister, Claire Vasseur, replied on Tuesday.", [("Claire Vasseur", .person)]),
    ])
    func anAppositionIsNotAStatement(language: String, text: String, entities: [(String, EntityType)]) {
        #expect(StatementTestSupport.analyze(text, language: language, entities: entities).quotes.isEmpty)
    }

    /// A cue after a preposition is a gerund: its subject is the clause's.
    @Test(arguments: [
        ("en", "Harold Vance spoke briefly. He explained the delay by saying: \"The parts arrived late from the supplier.\"", "Harold Vance"),
        ("fr", "Claire Dumas a pris la parole. Elle a conclu en déclarant : « Le chantier reprendra lundi matin. »", "Claire Dumas"),
    ])
    func aGerundCueTakesTheClauseSubject(language: String, text: String, speaker: String) {
        let quotes = StatementTestSupport.analyze(text, language: language, entities: [(speaker, .person)]).quotes
        #expect(quotes.count == 1)
        #expect(quotes.first?.speaker == speaker)
    }
}
