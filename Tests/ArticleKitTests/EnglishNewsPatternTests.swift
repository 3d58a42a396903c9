import Foundation
import Testing
@testable import ArticleKit

/// Common English news patterns (the English development set is small).
@Suite struct EnglishNewsPatternTests {
    private func quotes(_ text: String, _ entities: [(String, EntityType)] = []) -> [Quote] {
        StatementTestSupport.analyze(text, language: "en", entities: entities).quotes
    }

    @Test func spokesmanAfterTheQuote() {
        let q = quotes("\"We are deeply saddened by the news,\" said a spokesman for the company.")
        #expect(q.count == 1)
        #expect(q.first?.text == "We are deeply saddened by the news,")
        // The role with whom it serves: the spokesman, of the company.
        #expect(q.first?.speaker == "spokesman for the company")
    }

    @Test func bareClauseWithEmbeddedScareQuote() {
        let q = quotes("Smith said the decision was \"a serious mistake\".", [("Smith", .person)])
        #expect(q.count == 1)
        #expect(q.first?.kind == .indirect)
        #expect(q.first?.text == "the decision was \"a serious mistake\"")
    }

    @Test func pronounToldAfterQuote() {
        let q = quotes("Mark Carney spoke on Monday. \"It is a disaster for the economy,\" he told the BBC.", [("Mark Carney", .person), ("BBC", .organisation)])
        #expect(q.first?.speaker == "Mark Carney")
        #expect(q.first?.cue == "told")
    }

    @Test func institutionAfterAStatementPhrase() {
        let q = quotes("In a statement, Google said it would appeal the ruling.", [("Google", .organisation)])
        #expect(q.first?.speaker == "Google")
        #expect(q.first?.text == "it would appeal the ruling")
    }

    @Test func addingColonQuote() {
        let q = quotes("\"We will win this election,\" Obama told supporters, adding: \"This is our moment.\"", [("Obama", .person)])
        #expect(q.count == 2)
        #expect(q.allSatisfy { $0.speaker == "Obama" })
    }

    @Test func quotedAsSaying() {
        let q = quotes("The minister was quoted as saying that the border would stay closed.")
        #expect(q.first?.text == "the border would stay closed")
    }

    @Test func britishSingleQuotes() {
        let q = quotes("'We have done everything we could for the patients,' she said.")
        #expect(q.first?.text == "We have done everything we could for the patients,")
    }

    @Test func titlesAndScareQuotesAreNot() {
        #expect(quotes("They watched the film \"The Lord of the Rings: The Return of the King\" again.").isEmpty)
        #expect(quotes("Fighters of the so-called \"Islamic State\" left the city.").isEmpty)
        #expect(quotes("The announcement was made on Tuesday by the government.").isEmpty)
    }

    @Test func attributionWithoutCommaClosesTheLastClause() {
        let q = quotes("Two years ago some 300 runners joined the race and this season the club expects nearly 500 runners according to the race organisers.")
        #expect(q.first?.text == "this season the club expects nearly 500 runners")
        #expect(q.first?.speaker == "race organisers")
    }

    @Test func nameBeforeAColon() {
        let q = quotes("Mark Carney: \"We will keep rates low for as long as needed.\"", [("Mark Carney", .person)])
        #expect(q.first?.speaker == "Mark Carney")
        let fr = StatementTestSupport.analyze("Le ministre : « Nous ne reculerons pas sur cette réforme. »", language: "fr").quotes
        #expect(fr.first?.speaker == "ministre")
    }

    @Test func possessorIsNotTheSpeaker() {
        let q = quotes("Dmitry Peskov met reporters. Later Putin's spokesman said the talks would continue next week.", [("Dmitry Peskov", .person), ("Putin", .person)])
        #expect(q.first?.speaker != "Putin")
    }
}
