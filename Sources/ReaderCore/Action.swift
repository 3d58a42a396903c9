import ArticleKit

/// Everything that can change the reader's state: keys become actions through the keymap,
/// and the terminal and the analysis worker send theirs directly.
public enum Action: Hashable, Sendable {
    /// The library view (LibraryView.swift).
    case library(LibraryAction)
    /// The archive view (ArchiveView.swift).
    case archive(ArchiveAction)
    // Article pane
    case scrollLines(Int)
    case scrollPages(Int)
    case scrollHalfPages(Int)
    case scrollToTop
    case scrollToBottom
    // From the terminal and the analysis worker
    case resize(width: Int, height: Int)
    case analysisReady(document: Int, analysis: Analysis)
    case searchIndexReady(document: Int, index: SearchIndex)
    case mouse(MouseEvent)
    /// A message from the terminal layer for the status line (a theme that failed to load).
    case notify(String)
    case quit
    // Highlighting
    case toggleEntities
    case cycleEntityKinds
    case toggleQuotes
    /// t: the next theme in `ReaderState.themeNames`.
    case cycleTheme
    // Quotes and search matches
    /// n: next search match while a search is active, otherwise next quote.
    case next
    /// N: previous search match while a search is active, otherwise previous quote.
    case previous
    case nextQuote
    case previousQuote
    /// Make quote `index` (into `Analysis.quotes`) current and scroll it into view.
    case jumpToQuote(Int)
    // Panels and focus
    case focusNext
    case focusPrevious
    case focus(Pane)
    case togglePanel(Pane)
    /// Move the focused panel's cursor by n rows.
    case moveSelection(Int)
    case moveSelectionPage(Int)
    case selectFirst
    case selectLast
    /// Enter in a panel: jump to the statement, or filter by the actor.
    case activateSelection
    /// Filter statements and n/N by actor (index into `Analysis.actors`), or clear it.
    case filterActor(Int?)
    /// Esc: close the prompt or help, else clear the search, else the actor filter, else return to the article.
    case escape
    // Search prompt
    case startSearch(backward: Bool)
    case promptInsert(Character)
    case promptBackspace
    case promptConfirm
    case promptCancel
    /// From the terminal while no key waits: count on the search's matches (`ReaderState.hasPendingWork`).
    case continueSearch
    // Help
    case showHelp
    case hideHelp
    case scrollHelp(Int)
    // Copy and export
    /// y: copy the current quote with its speaker and source.
    case copyQuote
    /// w / W: write the statements to a file.
    case exportStatements(StatementExport.Format)
    // Documents
    case nextDocument
    case previousDocument
    case selectDocument(Int)
}
