import ArticleKit
import Foundation

/// Resolves the command line's article arguments: files, folders, "-" for stdin, or the bundled samples.
enum ArticleSources {
    static func load(_ paths: [String], importer: ArticleImporter = ArticleImporter()) throws -> [Article] {
        if paths.isEmpty { return try samples(importer: importer) }
        var articles: [Article] = []
        for path in paths {
            if path == "-" {
                articles += try importer.loadStandardInputArticles()
            } else {
                articles += try importer.load(path: path)
            }
        }
        return articles
    }

    /// The sample articles shipped as resources of the executable.
    static func samples(importer: ArticleImporter) throws -> [Article] {
        let folder = Bundle.module.bundleURL.appendingPathComponent("Samples")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let urls = names.filter { $0.hasSuffix(".txt") }.sorted().map { folder.appendingPathComponent($0) }
        guard !urls.isEmpty else { throw ImportError.notFound("bundled samples") }
        return try urls.flatMap { try importer.load(path: $0.path) }
    }
}
