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
            let column = light.releasingNormalized().withColumn()
            #expect(column == full)
            #expect(Array(column.column) == Array(text.unicodeScalars))
            for offset in 0..<full.count { #expect(column[offset] == full[offset]) }
        }
    }

    @Test func aColumnIsNarrowUnlessAScalarIsAboveTheBMP() {
        let bmp = "Долгая «строка» — l’État\u{FFFD}\u{FFFF}"
        let astral = bmp + "😀"
        for text in [bmp, astral] {
            let column = ScalarText(text, keepingScalars: false).withColumn().column
            #expect(Array(column) == Array(text.unicodeScalars))
            #expect(column.count == text.unicodeScalars.count)
            let read = column.withBuffer(narrow: { _ in "narrow" }, wide: { _ in "wide" })
            #expect(read == (text == bmp ? "narrow" : "wide"))
        }
        // A text that kept its scalars reads them as they are.
        #expect(ScalarText(bmp).column.withBuffer(narrow: { _ in "narrow" }, wide: { _ in "wide" }) == "wide")
    }

    @Test func marksComposeWithoutTheScalars() {
        let text = "Franc\u{327}ois e\u{301}\u{302}"
        #expect(ScalarText(text, keepingScalars: false).normalized == TextNormalizer().normalize(Array(text.unicodeScalars)))
    }

    /// The record reads the statement passes' scalars in 16 bits (or in 32 after an emoji), the
    /// analysis as the text's scalars: the same findings.
    @Test func aRecordIsTheAnalysisOfTheText() {
        let body = "\n\n« Nous partons », a déclaré le ministre Paul Durand à Paris. Il a ajouté : « Demain. »"
        for text in [Self.texts[1] + body, Self.texts[0] + body] {
            let article = Article(id: "a", title: "a", text: text)
            let analysis = ArticleAnalyzer().analyze(article)
            #expect(!analysis.quotes.isEmpty)
            #expect(ArticleAnalyzer().record(for: article) == GoldRecord(article: article, analysis: analysis))
        }
    }
}
