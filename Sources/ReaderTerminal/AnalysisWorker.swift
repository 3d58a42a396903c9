import ArticleKit
import Foundation
import ReaderCore

/// Analyses documents off the main thread so the first screen never waits for the model;
/// results are collected by the main loop between keys.
public final class AnalysisWorker: @unchecked Sendable {
    private let lock = NSLock()
    private var finished: [(Int, Analysis)] = []
    private let queue = DispatchQueue(label: "verbatim.analysis", qos: .userInitiated)

    private let recorder: AnalysisRecorder?

    public init(recorder: AnalysisRecorder? = nil) {
        self.recorder = recorder
    }

    /// Analyses each article, numbered by its document's index in the reader, and hands each
    /// analysis to the recorder as it completes.
    public func start(_ articles: [(document: Int, article: Article)]) {
        for (index, article) in articles {
            queue.async { [self] in
                let analysis = ArticleAnalyzer().analyze(article)
                // Recorded first: what the reader then asks of the archive comes after this write.
                recorder?.record(article, analysis)
                lock.withLock { finished.append((index, analysis)) }
            }
        }
    }

    /// Results that arrived since the last call, as actions for the reducer.
    public func drain() -> [Action] {
        lock.withLock {
            defer { finished.removeAll() }
            return finished.map { Action.analysisReady(document: $0.0, analysis: $0.1) }
        }
    }
}
