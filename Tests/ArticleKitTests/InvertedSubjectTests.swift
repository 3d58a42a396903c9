import Testing
@testable import ArticleKit

/// "…, said Lee Ward, who teaches law": after a comma, "said" and a name that ends at a comma or
/// at the sentence's end is a postposed cue with its subject, not a verb followed by its clause;
/// "said Ward would resign" still reports a clause.
@Suite struct InvertedSubjectTests {
    private func analysis(_ text: String, _ entities: [(String, EntityType)]) -> [Quote] {
        StatementTestSupport.analyze(text, language: "en", entities: entities).quotes
    }

    @Test func aNameAfterCommaAndSaidIsTheSubject() {
        let text = "The new rules will cost the city millions, said Lee Ward, who teaches public finance at the state university."
        let quotes = analysis(text, [("Lee Ward", .person)])
        #expect(!quotes.contains { $0.text.hasPrefix("Lee Ward") })
        #expect(quotes.allSatisfy { $0.speaker == "Lee Ward" })
    }

    @Test func aTitleAndAnInitialBelongToTheName() {
        let text = "The vote was a surprise to everyone in the chamber, said State Senator Ana M. Ortiz, a Democrat who opposed the plan."
        let quotes = analysis(text, [("Ana M. Ortiz", .person)])
        #expect(!quotes.contains { $0.text.hasPrefix("State") || $0.text.hasPrefix("Ana") })
        #expect(!quotes.isEmpty && quotes.allSatisfy { $0.speaker == "Ana M. Ortiz" })
    }

    @Test func aNameFollowedByAVerbStartsTheClause() {
        let text = "At the meeting on Tuesday, the mayor said Ward would resign before the end of the month."
        let quotes = analysis(text, [("Ward", .person)])
        #expect(quotes.contains { $0.text.hasPrefix("Ward would resign") })
    }
}
