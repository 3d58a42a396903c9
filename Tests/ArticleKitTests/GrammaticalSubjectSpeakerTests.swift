import Testing
@testable import ArticleKit

/// A name that the sentence's dependency parse shows to be the object or a complement of the
/// clause ("thanked the engineer Tom Reyes … and said") is not the speaker: the cue verb's
/// subject is. Where position and grammar agree (apposition, a relative pronoun, a possessor)
/// nothing changes. Invented sentences.
@Suite struct GrammaticalSubjectSpeakerTests {
    static let coordinatedCues: [(language: String, text: String, people: [String], speaker: String)] = [
        ("en", "The council met on Monday. Marta Olsen thanked the engineer Tom Reyes for his long work on the plans "
            + "and said the bridge would open in May.", ["Marta Olsen", "Tom Reyes"], "Marta Olsen"),
        ("fr", "Le conseil s'est réuni lundi. La maire Claire Martin a remercié l'ingénieur Paul Rivière pour son travail "
            + "sur les plans et a déclaré que le pont ouvrirait en mai.", ["Claire Martin", "Paul Rivière"], "Claire Martin"),
        ("ru", "Совет собрался в понедельник. Мэр Анна Белова поблагодарила инженера Павла Смирнова за работу над проектом "
            + "и сказала, что мост откроют в мае.", ["Анна Белова", "Павла Смирнова"], "Анна Белова"),
    ]

    @Test(arguments: coordinatedCues)
    func theObjectOfAnEarlierVerbIsNotTheSpeaker(_ example: (language: String, text: String, people: [String], speaker: String)) {
        let quotes = StatementTestSupport.analyze(example.text, language: example.language,
                                                  entities: example.people.map { ($0, .person) }).quotes
        #expect(quotes.count == 1)
        #expect(quotes.first?.speaker == example.speaker)
    }

    /// A possessor before the cue is not its subject either, and was never taken for it.
    @Test func aPossessorStaysAside() {
        let text = "Councillor Dana Whitfield criticised Olsen's budget for the project and warned that the costs would rise again."
        let quote = StatementTestSupport.analyze(text, language: "en", entities: [("Dana Whitfield", .person), ("Olsen", .person)]).quotes.first
        #expect(quote?.speaker == "Dana Whitfield")
    }

    /// A name inside the subject's own phrase names the subject or its complement, and the
    /// parse cannot tell which ("the spokesman for the city Tom Reyes" hangs the name on "for"):
    /// the mention found by position stays.
    @Test(arguments: [
        ("en", "The spokesman for the White House Tom Reyes in a talk with reporters on May 3 said the bridge would open in June.",
         [("White House", EntityType.organisation), ("Tom Reyes", .person)], "Tom Reyes"),
        ("fr", "Le représentant de la mairie de Lyon Luc Garnier dans une conversation avec des journalistes, le 3 mai, a déclaré "
            + "que le pont ouvrirait en juin.", [("Lyon", .location), ("Luc Garnier", .person)], "Luc Garnier"),
    ])
    func aNameInsideTheSubjectsPhraseStays(language: String, text: String, entities: [(String, EntityType)], speaker: String) {
        let quote = StatementTestSupport.analyze(text, language: language, entities: entities).quotes.first
        #expect(quote?.speaker == speaker)
    }

    /// A cue verb the parser gives two subjects ("reprisals" and "which") has a parse gone wrong:
    /// the speaker found by position stays.
    @Test func aVerbWithTwoSubjectsKeepsTheMention() {
        let text = "Residents fear reprisals from the Harbour Trust which says it will \"defend the port by any means\" after the vote."
        let quote = StatementTestSupport.analyze(text, language: "en", entities: [("Harbour Trust", .organisation)]).quotes.first
        #expect(quote?.speaker == "Harbour Trust")
    }
}
