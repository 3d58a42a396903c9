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
        if !title.isEmpty {
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
}
