import Foundation
import Testing
@testable import ArticleKit

/// The head of the phrase speaks, not a name inside its complement: "un conseiller du
/// ministre Paul Girard" is the adviser's statement; "le ministre de l'Économie Paul Girard"
/// is Girard's (the name is the head's own).
@Suite struct PhraseHeadSpeakerTests {
    @Test(arguments: [
        ("fr", "Selon un conseiller du ministre Paul Girard, les travaux de rénovation du port commenceront lundi prochain.", "conseiller"),
        ("en", "According to an adviser to minister Paul Girard, the works on the harbour will start next Monday.", "adviser"),
    ])
    func aNameInsideTheComplementIsNotTheSpeaker(language: String, text: String, head: String) {
        let quotes = StatementTestSupport.analyze(text, language: language, entities: [("Paul Girard", .person)]).quotes
        #expect(quotes.count == 1)
        #expect(quotes.first?.speaker == head)
    }

    /// The office in the complement, named without a name, is not the speaker either, even when
    /// someone of the article holds it: a fused preposition and article ("du", "des") opens the
    /// complement as "de la" does. (Only after a role noun: "des représailles de l'organisation,
    /// qui affirme" is the organisation's statement, the antecedent of "qui".)
    @Test(arguments: [
        ("fr", "Le président Éric Vautrin a visité le port. Un conseiller du président assure que les travaux commenceront lundi prochain.", "conseiller"),
        ("en", "President Eric Vautrin visited the harbour. An adviser to the president said the works would start next Monday.", "adviser"),
    ])
    func anOfficeInsideTheComplementIsNotTheSpeaker(language: String, text: String, head: String) {
        let quotes = StatementTestSupport.analyze(text, language: language, entities: [("Éric Vautrin", .person), ("Eric Vautrin", .person), ("Claire Vasseur", .person)]).quotes
        #expect(quotes.last?.speaker?.hasPrefix(head) == true)
        #expect(quotes.last?.actor == nil)
    }

    @Test(arguments: [
        ("fr", "Selon le ministre Paul Girard, les travaux de rénovation du port commenceront lundi prochain."),
        ("en", "According to minister Paul Girard, the works on the harbour will start next Monday."),
    ])
    func aNameAfterItsOwnRoleIsTheSpeaker(language: String, text: String) {
        let quotes = StatementTestSupport.analyze(text, language: language, entities: [("Paul Girard", .person)]).quotes
        #expect(quotes.first?.speaker == "Paul Girard")
    }
}

/// "The dockers' union said": an institution described by its possessor is that description,
/// not the institution named last.
@Suite struct PossessedInstitutionTests {
    @Test func aPossessorMakesTheInstitutionItsOwn() {
        let text = "Mayor Claire Dobson spoke outside City Hall on Monday.\n\nThe dockers' union said management refused any serious discussion of wages."
        let quotes = StatementTestSupport.analyze(text, language: "en", entities: [("Claire Dobson", .person), ("City Hall", .organisation)]).quotes
        #expect(quotes.last?.speaker == "dockers' union")
    }
}

/// A name right after "de la", "of the" completes the noun before it ("le président de la
/// Commission"); in Russian an institution or a place right after a role noun is its genitive
/// ("Президент Бразилии"). Neither is the subject of the cue.
@Suite struct ComplementNameSpeakerTests {
    @Test(arguments: [
        ("fr", "Le président de la Banque du Nord a déclaré que les taux resteraient stables jusqu'en mars.", "Banque du Nord", EntityType.organisation),
        ("en", "The head of the Harbour Authority said the terminal would reopen in March.", "Harbour Authority", EntityType.organisation),
        ("ru", "Президент Бразилии заявил, что переговоры продлятся до весны.", "Бразилии", EntityType.location),
    ])
    func theInstitutionInTheRolesComplementIsNotTheSpeaker(language: String, text: String, name: String, type: EntityType) {
        let quotes = StatementTestSupport.analyze(text, language: language, entities: [(name, type)]).quotes
        #expect(quotes.count == 1)
        #expect(quotes.first?.speaker != name)
        #expect(quotes.first?.speakerMentionText?.lowercased().contains(language == "ru" ? "президент" : (language == "fr" ? "président" : "head")) == true)
    }
}

/// "Lindqvist, le président de la commission, se dit « satisfait »": a name the recogniser
/// missed, in apposition with the role that follows it, is the speaker rather than the role.
@Suite struct ApposedNameSpeakerTests {
    @Test(arguments: [
        ("fr", "Les marchés ont réagi mardi.\n\nLindqvist, le président de la commission bancaire, se dit « très satisfait de l'accord ».", "Lindqvist"),
        ("en", "Markets fell on Tuesday.\n\nOkafor, the party's spokesman, said the vote was \"a clear signal of support for the plan\".", "Okafor"),
        ("ru", "Рынки упали во вторник.\n\nВальдштейн, глава компании, заявил: «Мы ожидали этого решения».", "Вальдштейн"),
    ])
    func theApposedNameSpeaks(language: String, text: String, name: String) {
        let quotes = StatementTestSupport.analyze(text, language: language).quotes
        #expect(quotes.count == 1)
        #expect(quotes.first?.speaker == name)
    }
}

/// "Significantly, the judge said …": a capitalised word before ", <role>" is a sentence adverb
/// when the role runs on to the verb with no comma closing an apposition; the role speaks.
@Suite struct SentenceAdverbBeforeRoleTests {
    @Test(arguments: [
        ("fr", "Deux chefs d'accusation ont été abandonnés lundi. Visiblement, le juge a estimé que l'accusé ne pouvait pas payer.", "Visiblement", "juge"),
        ("en", "Two charges were dropped on Monday. Significantly, the judge said the defendant could not pay.", "Significantly", "judge"),
        ("ru", "В понедельник два обвинения были сняты. Примечательно, судья заявил, что обвиняемый не сможет заплатить.", "Примечательно", "судья"),
    ])
    func theRoleSpeaksNotTheAdverb(language: String, text: String, adverb: String, role: String) {
        let quote = StatementTestSupport.analyze(text, language: language).quotes.last
        #expect(quote?.speaker != adverb)
        #expect(quote?.speakerMentionText?.contains(role) == true, "\(String(describing: quote?.speakerMentionText))")
    }
}

/// "Adopting the advice of an expert, the board ruled …": the phrase fronted before the comma is
/// not the subject; the determiner phrase next to the verb is, and a phrase cut before its
/// complement ("the board | of elections") is not an epithet for the person named before.
@Suite struct FrontedPhraseBeforeSubjectTests {
    @Test(arguments: [
        ("fr", "Le recours avait été déposé par Paul Marchetti. Suivant l'avis d'un expert, la commission a estimé lundi que le candidat était éligible.", "commission"),
        ("en", "The appeal was filed by Paul Marchetti. Adopting the advice of an expert, the board of elections ruled on Monday that the candidate was eligible.", "board"),
    ])
    func theSubjectNextToTheVerbSpeaks(language: String, text: String, head: String) {
        let quote = StatementTestSupport.analyze(text, language: language, entities: [("Paul Marchetti", .person)]).quotes.last
        #expect(quote?.speakerMentionText?.contains(head) == true, "\(String(describing: quote?.speakerMentionText))")
        #expect(quote?.speaker != "Paul Marchetti")
    }
}

/// "Allard criticised Brandt, saying she had misled the council": a participle cue after a
/// comma shares the subject of the clause it hangs on, not the nearest name (its object).
@Suite struct ParticipleCueSubjectTests {
    @Test(arguments: [
        ("fr", "Marc Allard a critiqué Claire Brandt lundi, affirmant qu'elle avait trompé le conseil municipal.", "Marc Allard", "Claire Brandt"),
        ("en", "Mark Allard criticised Claire Brandt on Monday, saying she had misled the city council.", "Mark Allard", "Claire Brandt"),
        ("ru", "Марк Аллар раскритиковал Клару Брандт, заявив, что она ввела городской совет в заблуждение.", "Марк Аллар", "Клару Брандт"),
    ])
    func theClauseSubjectSpeaks(language: String, text: String, subject: String, object: String) {
        let quote = StatementTestSupport.analyze(text, language: language, entities: [(subject, .person), (object, .person)]).quotes.last
        #expect(quote?.speaker == subject)
    }

    @Test func aPronounOpeningTheClauseSpeaks() {
        let text = "Mark Allard spoke in Leeds on Sunday. He repeated that promise on Monday, saying he would cut the fares."
        let quote = StatementTestSupport.analyze(text, language: "en", entities: [("Mark Allard", .person)]).quotes.last
        #expect(quote?.speakerMentionText == "He")
        #expect(quote?.speaker == "Mark Allard")
    }
}

/// "A spokeswoman for Gov. Alan Pierce said": a name after a title in the complement of a role
/// is that role's holder's employer, not the speaker; the spokeswoman speaks.
@Suite struct TitledNameInComplementTests {
    @Test(arguments: [
        "A spokeswoman for Gov. Alan Pierce said the governor was monitoring the situation closely.",
        "A spokesman for President Alan Pierce said the president was monitoring the situation closely.",
    ])
    func theRoleBeforeTheComplementSpeaks(text: String) {
        let quote = StatementTestSupport.analyze(text, language: "en", entities: [("Alan Pierce", .person)]).quotes.last
        #expect(quote?.speaker != "Alan Pierce")
        #expect(quote?.speakerMentionText?.contains("spokes") == true, "\(String(describing: quote?.speakerMentionText))")
    }
}

/// "« M. Lamotte savait », a-t-il lancé, rappelant que …": the participle's subject is the
/// cue's (an inverted pronoun counts), never a word of the quotation before it.
@Suite struct ParticipleAfterQuotedCueTests {
    @Test(arguments: [
        ("fr", "Le procureur Antoine Ferrand a requis deux ans. « M. Lamotte savait », a-t-il lancé, rappelant qu'un rapport de 2019 signalait déjà des risques."),
        ("en", "Prosecutor Antoine Ferrand asked for two years. \"Mr. Lamotte knew,\" he said, recalling that a 2019 report had already flagged the risks."),
        ("ru", "Прокурор Антон Ферранов запросил два года. «Ламотов всё знал», — сказал он, напомнив, что отчёт 2019 года уже указывал на риски."),
    ])
    func theCueSubjectSpeaksForTheParticiple(language: String, text: String) {
        let name = language == "ru" ? "Антон Ферранов" : "Antoine Ferrand"
        let quote = StatementTestSupport.analyze(text, language: language, entities: [(name, .person)]).quotes.last
        #expect(quote?.speaker == name, "\(String(describing: quote?.speaker)) / \(String(describing: quote?.speakerMentionText))")
    }
}
