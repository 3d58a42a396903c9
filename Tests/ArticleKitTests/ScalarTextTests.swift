import Foundation
import Testing
@testable import ArticleKit

/// A text read without its scalars (what `record(for:)` gives the text layer and the entities)
/// is the same text: same count, spans, scalars once decoded, and normalised copy.
@Suite struct ScalarTextTests {
    static let texts = [
        "l’État\u{00A0}«\u{202F}Oui\u{202F}» a dit Claire Vasseur, — ответил он 😀.\r\nFin",
        "Franc\u{327}ois e\u{301}\u{302} et \u{301}rien",
        "",
        String(repeating: "Долгая строка без конца ", count: 40),
    ]

    @Test func withoutScalarsReadsTheSame() {
        for text in Self.texts {
            let full = ScalarText(text)
            let light = ScalarText(text, keepingScalars: false)
            #expect(light.count == full.count)
            #expect(light.normalized == full.normalized)
            #expect(light.string == text)
            for start in stride(from: 0, through: full.count, by: 3) {
                for end in [start, min(full.count, start + 1), min(full.count, start + 17), full.count] {
                    #expect(light[TextSpan(start, end)] == full[TextSpan(start, end)])
                }
            }
            for offset in 0..<full.count { #expect(light[offset] == full[offset]) }
            #expect(light.scalars == full.scalars)
            #expect(light.withScalars().scalars == Array(text.unicodeScalars))
            #expect(light.releasingNormalized().withScalars() == full)
        }
    }

    @Test func marksComposeWithoutTheScalars() {
        let text = "Franc\u{327}ois e\u{301}\u{302}"
        #expect(ScalarText(text, keepingScalars: false).normalized == TextNormalizer().normalize(Array(text.unicodeScalars)))
    }

    @Test func aRecordIsTheAnalysisOfTheText() {
        let article = Article(id: "a", title: "a", text: Self.texts[0] + "\n\n« Nous partons », a déclaré le ministre Paul Durand à Paris.")
        let analysis = ArticleAnalyzer().analyze(article)
        #expect(ArticleAnalyzer().record(for: article) == GoldRecord(article: article, analysis: analysis))
    }
}
