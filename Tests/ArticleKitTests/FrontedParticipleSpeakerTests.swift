import Testing
@testable import ArticleKit

/// A fronted participle's clause ("Получив приз,", "Having received the award,") is a
/// circumstance: the subject comes after its comma. Invented sentences.
@Suite struct FrontedParticipleSpeakerTests {
    @Test(arguments: [
        ("ru", "Получив приз, вратарь, которому в январе исполнится сорок лет, сказал, что он польщён высокой оценкой.", "вратарь"),
        ("en", "Having received the award, the goalkeeper, who turns forty in January, said that he was deeply honoured.", "goalkeeper"),
    ])
    func theSubjectAfterTheCommaSpeaks(language: String, text: String, mention: String) {
        let quote = StatementTestSupport.analyze(text, language: language).quotes.first
        #expect(quote?.speakerMentionText?.hasSuffix(mention) == true, "\(String(describing: quote?.speakerMentionText))")
    }
}
