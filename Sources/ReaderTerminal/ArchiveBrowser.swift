import ReaderCore

/// What the archive view reads, loaded off the key loop: `load` returns at once and the answer
/// is collected by the main loop, between keys, through `takeAnswers`.
public protocol ArchiveBrowser: AnyObject, Sendable {
    func load(_ request: ArchiveRequest)
    /// Answers that arrived since the last call, as actions for the archive view.
    func takeAnswers() -> [ArchiveAction]
}
