import Foundation
import Testing
@testable import ArticleKit

/// The speaker of a cue after its content is a noun phrase of a determiner and two nouns
/// ("…, the port authority said"), and the author of a document in an attribution need not be a
/// name ("selon l'étude publiée par les chercheurs"). Invented texts.
@Suite struct SpeakerPhraseTests {
    @Test func aCompoundNounSubjectAfterTheContent() {
        let text = "Traffic will resume on Monday morning, the port authority said."
        let analysis = StatementTestSupport.analyze(text, language: "en")
        #expect(analysis.quotes.count == 1)
        #expect(analysis.quotes.first?.speaker == "port authority")
    }

    @Test(arguments: [
        ("Selon l'étude publiée par les chercheurs de l'université, le lac aura perdu la moitié de son eau en 2040.", "fr", "chercheurs"),
        ("According to a report written by the engineers of the port, the quay will need new piles within ten years.", "en", "engineers"),
    ])
    func theUnnamedAuthorOfADocumentSpeaks(text: String, language: String, head: String) {
        let analysis = StatementTestSupport.analyze(text, language: language)
        #expect(analysis.quotes.count == 1)
        #expect(analysis.quotes.first?.speaker?.hasPrefix(head) == true)
    }
}
