import ArticleKit

/// A quote as a reader copies it: “words” — Speaker, Title of the article ("Speaker (?)" when the
/// speaker is a guess).
public enum QuoteCitation {
    static let marks: Set<Character> = ["\"", "«", "»", "“", "”", "„", "‘", "’", "'"]

    /// The citation of quote `index` of the current document, sanitised for the clipboard.
    public static func text(_ state: ReaderState, quote index: Int) -> String? {
        guard let analysis = state.analysis, analysis.quotes.indices.contains(index) else { return nil }
        let quote = analysis.quotes[index]
        var words = Substring(quote.text.isEmpty ? analysis.text[quote.span] : quote.text)
        // The quote's own marks give way to one pair of typographic ones.
        while let first = words.first, first.isWhitespace || marks.contains(first) { words.removeFirst() }
        while let last = words.last, last.isWhitespace || marks.contains(last) { words.removeLast() }
        let flat = words.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        var citation = "“\(flat)” — \(state.speakerLabel(ofQuote: index))"
        if let title = state.document?.article.title, !title.isEmpty { citation += ", \(title)" }
        return ClipboardText.sanitize(citation)
    }
}
