import ArchiveKit
import ArticleKit
import Foundation
import ReaderTerminal

/// Archives each article the reader analyses, on a queue of its own: the archive is opened there
/// (never before the first paint), and writing never holds up the analysis or a key. A failure
/// goes to the status bar once, and the reader goes on without the archive.
final class ReaderArchiver: AnalysisRecorder, @unchecked Sendable {
    private let path: String
    private let queue = DispatchQueue(label: "verbatim.archive", qos: .utility)
    private let lock = NSLock()
    // Touched only on `queue`.
    private var archive: Archive?
    private var gaveUp = false
    // Under `lock`.
    private var problem: String?

    init(path: String) {
        self.path = path
    }

    func record(_ article: Article, _ analysis: Analysis) {
        queue.async { [self] in
            guard !gaveUp else { return }
            do {
                if archive == nil { archive = try Archive(path: path, create: true) }
                try archive?.add(article, analysis)
            } catch {
                // An archive that cannot be opened will not open for the next article either.
                if archive == nil { gaveUp = true }
                let text = (error as? ArchiveError)?.description ?? "\(error)"
                lock.withLock { problem = "not archived: \(text)" }
            }
        }
    }

    func takeProblem() -> String? {
        lock.withLock {
            defer { problem = nil }
            return problem
        }
    }

    func finish() {
        queue.sync {}
    }
}
