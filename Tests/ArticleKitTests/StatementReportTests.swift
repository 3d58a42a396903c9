import Foundation
import Testing
@testable import ArticleKit

/// The readable text format: each actor, then its statements with their cues.
@Suite struct StatementReportTests {
    @Test func actorsThenStatements() {
        let analysis = StatementTestSupport.analyze(
            "Barack Obama a déclaré : « La situation reste difficile. » À Washington ont déclaré que les troupes partiront bientôt.",
            language: "fr", entities: [("Barack Obama", .person), ("Washington", .location)])
        let text = StatementReport.format(analysis, title: "Essai")
        #expect(text.hasPrefix("Essai\n"))
        #expect(text.contains("Barack Obama [PER]"))
        #expect(text.contains("[direct] «La situation reste difficile.»  (cue: a déclaré)"))
        #expect(text.contains("Washington\n  - [indirect] les troupes partiront bientôt"))
        #expect(!text.contains("(?)"))
    }

    /// The caller says which speakers are guesses; only their statements are marked.
    @Test func guessedSpeakersAreMarked() {
        let analysis = StatementTestSupport.analyze(
            "Barack Obama a déclaré : « La situation reste difficile. » À Washington ont déclaré que les troupes partiront bientôt.",
            language: "fr", entities: [("Barack Obama", .person), ("Washington", .location)])
        let text = StatementReport.format(analysis, title: "Essai") { $0.speaker == "Washington" }
        #expect(text.contains("[direct] «La situation reste difficile.»  (cue: a déclaré)\n"))
        #expect(text.contains("[indirect] les troupes partiront bientôt  (speaker (?); cue: "))
    }
}
