import Foundation
import Testing
@testable import ArticleKit

/// With QUOTES_CORPUS=1, prints the statements found in the unannotated Wikinews articles
/// (no entities: the stub recogniser), to read for false positives. Otherwise does nothing.
@Suite struct StatementCorpusDumpTests {
    @Test func dumpCorpus() throws {
        guard ProcessInfo.processInfo.environment["QUOTES_CORPUS"] != nil else { return }
        let root = StatementTestSupport.sharedDirectory.appendingPathComponent("corpora/wikinews")
        for language in ["fr", "en", "ru"] {
            let folder = root.appendingPathComponent(language)
            let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            for file in files.sorted() where file.hasSuffix(".txt") {
                guard let text = try? String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8) else { continue }
                let analysis = StatementTestSupport.analyze(text, language: language)
                print("=== \(file)")
                for q in analysis.quotes {
                    print("Q [\(q.kind.rawValue)] cue=\(q.cue) spk=\(q.speaker ?? "-") | \(q.text.prefix(90))")
                }
            }
        }
    }
}
