import ArticleKit

/// Everything that can change the reader's state: keys become actions through the keymap,
/// and the terminal and the analysis worker send theirs directly.
public enum Action: Sendable {
    case scrollLines(Int)
    case scrollPages(Int)
    case scrollHalfPages(Int)
    case scrollToTop
    case scrollToBottom
    case resize(width: Int, height: Int)
    case analysisReady(document: Int, analysis: Analysis)
    case quit
}
