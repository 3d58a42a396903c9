/// Paragraphs, tokens, sentences, language and foreign fragments of a text.
/// (Stub: the entities issue replaces it with the real tokeniser and splitter.)
public struct TextAnalyzer: Sendable {
    public init() {}

    public func analyze(_ text: ScalarText, languageHint: String?) -> Analysis {
        var paragraphs: [Paragraph] = []
        var tokens: [Token] = []
        var sentences: [Sentence] = []
        var paragraphStart: Int? = nil
        var i = 0
        let s = text.scalars
        func closeParagraph(at end: Int) {
            guard let start = paragraphStart else { return }
            paragraphs.append(Paragraph(span: TextSpan(start, end), language: languageHint ?? "und"))
            paragraphStart = nil
        }
        while i < s.count {
            let c = s[i]
            if c == "\n" {
                var j = i + 1
                while j < s.count, s[j] == " " || s[j] == "\t" || s[j] == "\r" { j += 1 }
                if j < s.count, s[j] == "\n" { closeParagraph(at: i) }
                i += 1
                continue
            }
            if c.properties.isWhitespace { i += 1; continue }
            if paragraphStart == nil { paragraphStart = i }
            var j = i + 1
            if c.properties.isAlphabetic || c.properties.numericType != nil {
                while j < s.count, s[j].properties.isAlphabetic || s[j].properties.numericType != nil { j += 1 }
                tokens.append(Token(span: TextSpan(i, j), kind: c.properties.numericType != nil ? .number : .word))
            } else {
                tokens.append(Token(span: TextSpan(i, j), kind: .punctuation))
            }
            i = j
        }
        closeParagraph(at: s.count)
        var t = 0
        for (index, paragraph) in paragraphs.enumerated() {
            let first = t
            while t < tokens.count, tokens[t].span.start < paragraph.span.end { t += 1 }
            sentences.append(Sentence(span: paragraph.span, tokens: first..<t, paragraph: index))
        }
        return Analysis(text: text, language: languageHint ?? "und", paragraphs: paragraphs,
                        tokens: tokens, sentences: sentences)
    }
}
