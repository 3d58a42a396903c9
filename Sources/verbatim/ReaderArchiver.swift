import ArchiveKit
import ArticleKit
import Foundation
import ReaderCore
import ReaderTerminal

/// Archives each article the reader analyses, and reads the archive for its view (A), on a queue
/// of its own: the archive is opened there (never before the first paint), and neither writing
/// nor reading holds up the analysis or a key. A failure to write goes to the status bar once,
/// and the reader goes on without the archive.
final class ReaderArchiver: AnalysisRecorder, ArchiveBrowser, @unchecked Sendable {
    private let path: String
    private let queue = DispatchQueue(label: "verbatim.archive", qos: .utility)
    private let lock = NSLock()
    // Touched only on `queue`.
    private var archive: Archive?
    private var gaveUp = false
    // Under `lock`.
    private var problem: String?
    private var answers: [ArchiveAction] = []

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

    func load(_ request: ArchiveRequest) {
        queue.async { [self] in
            let answer: ArchiveAction
            do {
                // Opened for reading without creating it: the view says when there is none yet.
                if archive == nil { archive = try Archive(path: path, create: false) }
                guard let archive else { return }
                switch request {
                case .actors:
                    answer = .actorsLoaded(try archive.actors(limit: 10_000).map {
                        ArchiveActorRow(id: $0.id, name: $0.name, type: $0.type, statements: $0.statementCount, articles: $0.articleCount)
                    })
                case .statements(let id):
                    answer = .statementsLoaded(actorID: id, try archive.statements(ofActor: id).map {
                        ArchiveStatementRow(article: $0.article, title: $0.title, published: $0.published, text: $0.text, start: $0.start)
                    })
                case .elsewhere(let document, let text, let names):
                    answer = .elsewhereLoaded(document: document,
                                              try archive.otherArticles(quoting: names, excluding: ContentHash.of(text)))
                case .article(let hash, let start):
                    guard let article = try archive.article(hash: hash) else {
                        answer = .unavailable("that article is no longer in the archive")
                        break
                    }
                    answer = .articleLoaded(article, start: start)
                }
            } catch {
                answer = .unavailable((error as? ArchiveError)?.description ?? "\(error)")
            }
            lock.withLock { answers.append(answer) }
        }
    }

    func takeAnswers() -> [ArchiveAction] {
        lock.withLock {
            defer { answers.removeAll() }
            return answers
        }
    }
}
