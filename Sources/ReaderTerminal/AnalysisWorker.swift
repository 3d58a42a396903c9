import ArticleKit
import Foundation
import ReaderCore

/// Analyses documents (and builds their search indexes) off the main thread so the first screen
/// never waits for the model; results are collected by the main loop between keys.
public final class AnalysisWorker: @unchecked Sendable {
    private let lock = NSLock()
    private var finished: [Action] = []
    private let queue = DispatchQueue(label: "verbatim.analysis", qos: .userInitiated)

    private let recorder: AnalysisRecorder?

    public init(recorder: AnalysisRecorder? = nil) {
        self.recorder = recorder
    }

    /// Analyses each article, numbered by its document's index in the reader, and hands each
    /// analysis to the recorder as it completes.
    public func start(_ articles: [(document: Int, article: Article)]) {
        // The search's fold table, built here so the first search does not wait for it.
        queue.async { SearchState.prepare() }
        for (index, article) in articles {
            queue.async { [self] in
                // The search index first: it takes a pass over the text, the analysis much longer.
                let searchIndex = SearchIndex(article.text)
                lock.withLock { finished.append(.searchIndexReady(document: index, index: searchIndex)) }
                let analysis = ArticleAnalyzer().analyze(article)
                // Recorded first: what the reader then asks of the archive comes after this write.
                recorder?.record(article, analysis)
                lock.withLock { finished.append(.analysisReady(document: index, analysis: analysis)) }
            }
        }
    }

    /// Results that arrived since the last call, as actions for the reducer.
    public func drain() -> [Action] {
        lock.withLock {
            defer { finished.removeAll() }
            return finished
        }
    }
}
