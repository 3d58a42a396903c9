/// Paragraphs, tokens, sentences, language and foreign fragments of a text: the stages of the
/// text layer in order, all spans exact scalar offsets into the original text.
public struct TextAnalyzer: Sendable {
    public init() {}

    public func analyze(_ text: ScalarText, languageHint: String?) -> Analysis {
        analyze(text, normalized: text.normalized, languageHint: languageHint)
    }

    func analyze(_ text: ScalarText, normalized v: [UInt32], languageHint: String?) -> Analysis {
        let identifier = LanguageIdentifier()
        let tokenizer = Tokenizer()
        let splitter = SentenceSplitter()
        let paragraphRanges = ParagraphSplitter().split(v)

        // Article language: the hint wins when given; else the statistics of the whole text.
        let language: String
        if let hint = languageHint?.lowercased(), !hint.isEmpty, hint != "und" {
            language = hint
        } else {
            language = identifier.identify(v, in: 0..<v.count)
        }

        var paragraphs: [Paragraph] = []
        var tokens: [Token] = []
        var sentences: [Sentence] = []
        var fragments: [ForeignFragment] = []
        paragraphs.reserveCapacity(paragraphRanges.count)
        tokens.reserveCapacity(v.count / 5)
        for (index, range) in paragraphRanges.enumerated() {
            // Short paragraphs (titles, bylines) carry too little evidence: they take the article's language.
            var lang = language
            // A paragraph almost all in the article language's script keeps that language; only
            // the others are identified on their own.
            if range.count >= 80,
               Script.forLanguage(language).map({ identifier.scriptShare(v, in: range, $0) < 0.9 }) ?? true {
                let detected = identifier.identify(v, in: range)
                if detected != "und" { lang = detected }
            }
            paragraphs.append(Paragraph(span: TextSpan(range.lowerBound, range.upperBound), language: lang))
            let first = tokens.count
            tokenizer.tokenize(v, in: range, into: &tokens)
            for s in splitter.split(v, tokens: tokens, in: first..<tokens.count) {
                sentences.append(Sentence(span: TextSpan(tokens[s.lowerBound].span.start, tokens[s.upperBound - 1].span.end),
                                          tokens: s, paragraph: index))
            }
            fragments.append(contentsOf: ForeignFragmentFinder().find(v, text: text, paragraph: range, language: lang))
        }
        return Analysis(text: text, language: language, paragraphs: paragraphs, tokens: tokens,
                        sentences: sentences, foreignFragments: fragments)
    }
}
