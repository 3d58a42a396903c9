import Testing
@testable import ArticleKit

@Suite struct SentenceTests {
    @Test func keepsItsFieldsIn32Bits() {
        var sentence = Sentence(span: TextSpan(3, 2_000_000_000), tokens: 7..<400_000_000, paragraph: 12)
        #expect(sentence.span == TextSpan(3, 2_000_000_000) && sentence.tokens == 7..<400_000_000 && sentence.paragraph == 12)
        sentence.span.end = 40
        sentence.tokens = 8..<9
        sentence.paragraph += 1
        #expect(sentence == Sentence(span: TextSpan(3, 40), tokens: 8..<9, paragraph: 13))
        #expect(sentence != Sentence(span: TextSpan(3, 40), tokens: 8..<9, paragraph: 14))
        #expect(String(describing: sentence) == "Sentence(span: 3..<40, tokens: Range(8..<9), paragraph: 13)")
        #expect(MemoryLayout<Sentence>.stride == 20)
    }
}
