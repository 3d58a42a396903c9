import ArticleKit

/// The article as plain wrapped text, for when stdout is not a terminal: the title, a blank line,
/// then every line of the article wrapped by display width (controls made visible, tabs expanded).
public enum PlainTextFormatter {
    public static func format(_ article: Article, width: Int) -> String {
        let width = max(1, width)
        var out: [String] = []
        let title = TextSanitizer.flatten(article.title)
        if !title.isEmpty {
            out.append(title)
            out.append("")
        }
        let text = DisplayText(article.text)
        let layout = ArticleLayout(text: text, width: width)
        for line in layout.lines {
            var s = layout.plainText(of: line, in: text)
            while s.last == " " { s.removeLast() }
            out.append(s)
        }
        return out.joined(separator: "\n") + "\n"
    }
}
