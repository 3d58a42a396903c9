import ArticleKit

/// Keeps what the reader's analyses find beyond the session (the archive). `record` is called on
/// the analysis thread and must not make it wait long, nor ever the keys: the work belongs on a
/// queue of its own. A failure is reported once, through `takeProblem`, for the status bar.
public protocol AnalysisRecorder: AnyObject, Sendable {
    func record(_ article: Article, _ analysis: Analysis)
    /// A failure not yet shown (one line), then nil until the next one.
    func takeProblem() -> String?
    /// Waits until everything recorded so far is written.
    func finish()
}
