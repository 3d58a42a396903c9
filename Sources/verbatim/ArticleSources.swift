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
                articles += try loadFolderOrFile(path, importer: importer)
            }
        }
        return articles
    }

    /// A file's articles, or a folder's: there a file that cannot be read is reported on stderr
    /// and skipped, so one bad file never keeps the others from opening (unless none opens).
    static func loadFolderOrFile(_ path: String, importer: ArticleImporter) throws -> [Article] {
        let files = try importer.articlePaths(of: path)
        guard files.count > 1 || files != [path] else { return try importer.load(path: path) }
        var articles: [Article] = []
        var firstError: ImportError?
        for file in files {
            do { articles += try importer.load(path: file) } catch let error as ImportError {
                ExitStatus.report(error)
                firstError = firstError ?? error
            }
        }
        if articles.isEmpty, let firstError { throw firstError }
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
