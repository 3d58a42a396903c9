import ArticleKit

/// The article as plain wrapped text, for when stdout is not a terminal.
/// (Foundation stub: the text issue wraps by display width.)
public enum PlainTextFormatter {
    public static func format(_ article: Article, width: Int) -> String {
        article.text
    }
}
