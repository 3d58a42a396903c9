import ArchiveKit
import ArgumentParser
import ArticleKit
import Foundation

/// `verbatim archive add FILE|DIR|-`: analyses articles on every core and archives each, in input
/// order, from this one thread (the archive's only writer), one transaction per article.
struct ArchiveAdd: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Analyse articles and add them to the archive (idempotent by content).",
        discussion: """
        A text already archived by this model version is skipped without being analysed again; one archived by an \
        older version is analysed and its rows replaced. A progress line is shown on stderr when it is a terminal.
        """)

    @Argument(help: "Article files or folders; - reads standard input.")
    var articles: [String]

    @Option(help: "Articles analysed at once (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @OptionGroup var archiveOption: ArchiveOption
    @OptionGroup var limit: SizeLimit
    @OptionGroup var encodingOption: EncodingOption

    struct Counts {
        var added = 0, replaced = 0, unchanged = 0
    }

    /// An article and what the analysis found in it, handed from a worker to the writer.
    struct Analysed: Sendable {
        var article: Article
        var analysis: Analysis
    }

    func validate() throws {
        guard (1...256).contains(jobs) else { throw ValidationError("--jobs must be between 1 and 256") }
    }

    func run() throws {
        let archive = try archiveOption.open(create: true)
        let importer = ArticleImporter(byteLimit: limit.bytes, encoding: encodingOption.encoding)
        var failure: Int32?
        var paths: [String] = []
        for argument in articles {
            do {
                paths += argument == "-" ? ["-"] : try importer.articlePaths(of: argument)
            } catch let error as ImportError {
                failure = failure ?? ExitStatus.report(error)
            }
        }
        var counts = Counts()
        var progress = ImportProgress(total: paths.count)
        var filesDone = 0
        let analyzer = ArticleAnalyzer()
        let workers = OrderedWorkers<Analysed>(jobs: jobs)
        func store(_ item: Analysed) throws {
            do {
                switch try archive.add(item.article, item.analysis) {
                case .added: counts.added += 1
                case .replaced: counts.replaced += 1
                case .skipped: counts.unchanged += 1
                }
            } catch let error as ArchiveError {
                throw ExitStatus.fail(error.description, code: ExitStatus.ioError)
            }
            progress.update(files: filesDone, counts: counts)
        }
        do {
            for path in paths {
                do {
                    let loaded = path == "-" ? try importer.loadStandardInputArticles() : try importer.load(path: path)
                    for article in loaded {
                        // Known to this model version: no need to analyse it again.
                        guard try archive.needsAnalysis(text: article.text) else {
                            counts.unchanged += 1
                            continue
                        }
                        try workers.submit({ Analysed(article: article, analysis: analyzer.analyze(article)) }, deliver: store)
                    }
                } catch let error as ImportError {
                    failure = failure ?? ExitStatus.report(error)
                }
                filesDone += 1
                progress.update(files: filesDone, counts: counts)
            }
            try workers.finish(deliver: store)
        } catch let error as ArchiveError {
            progress.finish()
            throw ExitStatus.fail(error)
        } catch {
            progress.finish()
            throw error
        }
        progress.update(files: filesDone, counts: counts, force: true)
        progress.finish()
        let total = try? archive.counts()
        func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
        var summary = "\(count(counts.added, "article")) added, \(counts.replaced) replaced, \(counts.unchanged) unchanged"
        if let total {
            summary += "; the archive holds \(count(total.articles, "article")), \(count(total.statements, "statement")), "
                + count(total.actors, "actor")
        }
        try OutputWriter.writeText(summary + " (\(archive.path))\n")
        if let failure { throw ExitCode(failure) }
    }
}
