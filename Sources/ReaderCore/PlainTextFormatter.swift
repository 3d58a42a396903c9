import ArticleKit

/// The article as plain wrapped text, for when stdout is not a terminal: the title, a blank line,
/// then every line of the article wrapped by display width (controls made visible, tabs expanded).
/// Streams paragraph by paragraph: only one paragraph's clusters and lines exist at a time.
public enum PlainTextFormatter {
    public static func format(_ article: Article, width: Int) -> String {
        var out = ""
        write(article, width: width, to: &out)
        return out
    }

    /// Writes the formatted article to `output` one line at a time (each line ends with "\n").
    public static func write(_ article: Article, width: Int, to output: inout some TextOutputStream) {
        let width = max(1, width)
        let title = TextSanitizer.flatten(article.title)
        if !title.isEmpty, !startsWithTitle(article) {
            output.write(title + "\n\n")
        }
        let text = ArticleText(article.text)
        for p in 0..<text.paragraphs.count {
            let layout = text.layout(paragraph: p, width: width)
            for n in layout.lines.indices {
                var s = layout.plainText(ofLine: n)
                while s.last == " " { s.removeLast() }
                output.write(s + "\n")
            }
        }
    }

    /// Whether the text's first line is the title (an importer took the title from it): printing
    /// both would show the title twice.
    static func startsWithTitle(_ article: Article) -> Bool {
        let title = article.title.trimmingWhitespace
        guard !title.isEmpty else { return false }
        let body = article.text.drop { $0.isWhitespace }
        // Only as far as the title's length: a long text without line breaks is not scanned.
        guard body.hasPrefix(title) else { return false }
        let rest = body.dropFirst(title.count)
        return rest.first.map { $0.isNewline } ?? true
    }
}

private extension String {
    var trimmingWhitespace: Substring {
        let start = drop { $0.isWhitespace }
        var end = start
        while let last = end.last, last.isWhitespace { end = end.dropLast() }
        return end
    }
}
