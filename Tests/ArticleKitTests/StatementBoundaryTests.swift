import Foundation
import Testing
@testable import ArticleKit

/// Content boundaries and readings that are not reported speech, in English and French.
@Suite struct StatementBoundaryTests {
    private func quotes(_ text: String, _ language: String, _ entities: [(String, EntityType)] = []) -> [Quote] {
        StatementTestSupport.analyze(text, language: language, entities: entities).quotes
    }

    @Test func englishThatAsTheSubjectsDeterminerStaysInTheContent() {
        let q = quotes("The city council estimates that figure is closer to 12,000 residents.", "en", [("city council", .organisation)])
        #expect(q.first?.text == "that figure is closer to 12,000 residents")
        let c = quotes("The mayor said that officials were working through the night.", "en")
        #expect(c.first?.text == "officials were working through the night")
    }

    @Test func englishAccordingToWithoutCommaOrKnownName() {
        let q = quotes("According to the Northern Water Authority more than 200 homes have been flooded since Monday.", "en")
        #expect(q.first?.text == "more than 200 homes have been flooded since Monday")
        #expect(q.first?.speaker == "Northern Water Authority")
    }

    @Test func frenchNeQueIsNotReportedSpeech() {
        #expect(quotes("Ces nouvelles taxes ne rapporteront que deux milliards d'euros à l'État l'an prochain.", "fr").isEmpty)
        #expect(quotes("Le ministre n'a précisé que la date de la réunion avec les syndicats.", "fr").isEmpty)
        let q = quotes("Le ministre a précisé que la réunion avec les syndicats aura lieu lundi.", "fr")
        #expect(q.first?.text == "la réunion avec les syndicats aura lieu lundi")
    }
}
