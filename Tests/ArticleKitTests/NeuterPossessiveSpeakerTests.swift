import Foundation
import Testing
@testable import ArticleKit

/// "according to its annual report": the neuter possessive is a thing's or an institution's,
/// never a person's, even when a person was named last. English only: French "son" and Russian
/// "его" say nothing of the possessor's kind. Invented names and sentences.
@Suite struct NeuterPossessiveSpeakerTests {
    @Test func itsReportIsTheInstitutions() {
        let text = "\"Our docks are too small,\" said Janet Hollis, who heads the Gulf Ports Association. "
            + "The group has lobbied for federal money for three years, according to its annual report."
        let quotes = StatementTestSupport.analyze(text, language: "en",
                                                  entities: [("Janet Hollis", .person), ("Gulf Ports Association", .organisation)]).quotes
        #expect(quotes.map(\.speaker) == ["Janet Hollis", "Gulf Ports Association"])
    }
}
