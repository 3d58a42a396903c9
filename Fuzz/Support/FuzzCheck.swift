import Foundation
import ArticleKit

/// What every fuzz target shares: the resource check and invariant assertions that stay on in
/// optimised builds (a failed one is a crash libFuzzer records).
enum FuzzCheck {
    /// Fails at start-up when ArticleKit's resources did not load: the analysis would then run
    /// without its model and gazetteers, and the fuzzer would explore the wrong code.
    static let resourcesLoaded: Bool = {
        let text = "« Nous continuerons », a déclaré Emmanuel Macron à Paris."
        let analysis = ArticleAnalyzer().analyze(Article(id: "check", title: "check", text: text))
        guard TaggerModel.shipped != nil,
              analysis.entities.contains(where: { $0.type == .person && $0.text.contains("Macron") }),
              !analysis.quotes.isEmpty else {
            fail("ArticleKit resources did not load (tagger, gazetteers or cue lexicon)")
        }
        return true
    }()

    static func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
        if !condition() { fail("invariant: \(message())") }
    }

    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("fuzz: \(message)\n".utf8))
        abort()
    }

    static func isInside(_ span: TextSpan, _ count: Int) -> Bool {
        span.start >= 0 && span.start <= span.end && span.end <= count
    }

    /// The analysis invariants the property tests check, on one input.
    static func checkAnalysis(_ analysis: Analysis, of text: String) {
        let scalars = Array(text.unicodeScalars)
        require(analysis.text.count == scalars.count, "scalar count")
        func covered(_ span: TextSpan) -> [Unicode.Scalar] { Array(scalars[span.start..<span.end]) }
        var spans = analysis.tokens.map(\.span) + analysis.sentences.map(\.span) + analysis.paragraphs.map(\.span)
        spans += analysis.actors.flatMap(\.mentions)
        spans += analysis.quotes.flatMap { [$0.span] + [$0.cueSpan, $0.speakerMention].compactMap { $0 } }
        for span in spans { require(isInside(span, scalars.count), "span \(span) outside \(scalars.count) scalars") }
        for entity in analysis.entities {
            require(isInside(entity.span, scalars.count), "entity \(entity.span) outside")
            require(Array(entity.text.unicodeScalars) == covered(entity.span), "entity text at \(entity.span)")
        }
        for fragment in analysis.foreignFragments {
            require(isInside(fragment.span, scalars.count), "fragment \(fragment.span) outside")
            require(Array(fragment.text.unicodeScalars) == covered(fragment.span), "fragment text at \(fragment.span)")
        }
        for quote in analysis.quotes {
            require(Array(quote.text.unicodeScalars) == covered(quote.span), "quote text at \(quote.span)")
        }
        let entities = analysis.entities.map(\.span).sorted()
        for (a, b) in zip(entities, entities.dropFirst()) { require(!a.overlaps(b), "entities \(a) and \(b) overlap") }
        let quotes = analysis.quotes.map(\.span)
        for i in quotes.indices {
            for j in quotes.indices where j > i {
                let a = quotes[i], b = quotes[j]
                require(!a.overlaps(b) || a.contains(b) || b.contains(a), "quotes \(a) and \(b) cross")
            }
        }
    }
}
