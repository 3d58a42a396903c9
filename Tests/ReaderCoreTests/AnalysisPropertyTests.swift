import Foundation
import Testing
import PropertyBased
import ArticleKit

/// Invariants of `ArticleAnalyzer` over generated text: every span it returns lies in the text and
/// says what it covers, entities never overlap, quotes nest. The property suite lives in
/// ReaderCoreTests, the one test target that sees both ArticleKit and ReaderCore.
@Suite struct AnalysisPropertyTests {
    /// The scalars a span covers, compared scalar by scalar (String equality would accept
    /// canonically equivalent text, hiding an off-by-one around a combining mark).
    static func scalars(_ text: [Unicode.Scalar], _ span: TextSpan) -> [Unicode.Scalar] {
        Array(text[span.start..<span.end])
    }

    static func isInside(_ span: TextSpan, _ count: Int) -> Bool {
        span.start >= 0 && span.start <= span.end && span.end <= count
    }

    static func analyze(_ text: String) -> Analysis {
        ArticleAnalyzer().analyze(Article(id: "p", title: "p", text: text))
    }

    @Test func everySpanLiesInsideTheTextAndMatchesItsText() async {
        await propertyCheck(count: 200, input: ArticleTextGen.texts()) { text in
            let analysis = Self.analyze(text)
            let scalars = Array(text.unicodeScalars)
            #expect(analysis.text.count == scalars.count)
            var spans: [(String, TextSpan)] = []
            spans += analysis.tokens.map { ("token", $0.span) }
            spans += analysis.sentences.map { ("sentence", $0.span) }
            spans += analysis.paragraphs.map { ("paragraph", $0.span) }
            spans += analysis.actors.flatMap { $0.mentions.map { ("mention", $0) } }
            for quote in analysis.quotes {
                spans.append(("quote", quote.span))
                if let cue = quote.cueSpan { spans.append(("cue", cue)) }
                if let speaker = quote.speakerMention { spans.append(("speaker", speaker)) }
            }
            for (kind, span) in spans {
                #expect(Self.isInside(span, scalars.count), "\(kind) \(span) in \(scalars.count) scalars")
            }
            for entity in analysis.entities {
                #expect(Self.isInside(entity.span, scalars.count))
                guard Self.isInside(entity.span, scalars.count) else { continue }
                #expect(Array(entity.text.unicodeScalars) == Self.scalars(scalars, entity.span))
            }
            for quote in analysis.quotes where Self.isInside(quote.span, scalars.count) {
                #expect(Array(quote.text.unicodeScalars) == Self.scalars(scalars, quote.span))
                if let mention = quote.speakerMention, Self.isInside(mention, scalars.count) {
                    #expect(quote.speakerMentionText.map { Array($0.unicodeScalars) } == Self.scalars(scalars, mention))
                }
            }
            for fragment in analysis.foreignFragments {
                #expect(Self.isInside(fragment.span, scalars.count))
                guard Self.isInside(fragment.span, scalars.count) else { continue }
                #expect(Array(fragment.text.unicodeScalars) == Self.scalars(scalars, fragment.span))
            }
            for sentence in analysis.sentences {
                #expect(sentence.tokens.lowerBound >= 0 && sentence.tokens.upperBound <= analysis.tokens.count)
                #expect(analysis.paragraphs.indices.contains(sentence.paragraph))
            }
            for actor in analysis.actors {
                #expect(actor.quotes.allSatisfy { analysis.quotes.indices.contains($0) })
            }
            for quote in analysis.quotes {
                if let actor = quote.actor { #expect(analysis.actors.indices.contains(actor)) }
            }
        }
    }

    @Test func entitiesNeverOverlap() async {
        await propertyCheck(count: 200, input: ArticleTextGen.texts()) { text in
            let entities = Self.analyze(text).entities.sorted { $0.span < $1.span }
            for (a, b) in zip(entities, entities.dropFirst()) {
                #expect(!a.span.overlaps(b.span), "\(a.text) \(a.span) overlaps \(b.text) \(b.span)")
            }
        }
    }

    @Test func quotesAreDisjointOrNested() async {
        await propertyCheck(count: 200, input: ArticleTextGen.texts()) { text in
            let quotes = Self.analyze(text).quotes
            for i in quotes.indices {
                for j in quotes.indices where j > i {
                    let a = quotes[i].span, b = quotes[j].span
                    #expect(!a.overlaps(b) || a.contains(b) || b.contains(a), "\(a) and \(b) cross")
                }
            }
        }
    }
}
