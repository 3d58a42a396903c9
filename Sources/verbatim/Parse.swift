import ArgumentParser
import ArticleKit
import Foundation
#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// Analyses articles and writes the analysis: JSON Lines in the gold format, or readable text.
struct Parse: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Analyse articles: entities, quotes, speakers, actors, foreign fragments.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case jsonl, text
    }

    @Argument(help: "Article files or folders; - reads standard input.")
    var articles: [String] = []

    @Option(help: "Read records with id, text and optional lang from a JSON Lines file instead.")
    var fromJsonl: String?

    @Option(help: "jsonl (the default when piped) or text (the default on a terminal).")
    var format: Format?

    @Flag(help: "Text output with the article's control characters and escape sequences as they are, not made visible.")
    var raw = false

    func validate() throws {
        if articles.isEmpty && fromJsonl == nil {
            throw ValidationError("give article files, - for standard input, or --from-jsonl FILE")
        }
    }

    func run() throws {
        var inputs: [Article] = []
        do {
            if let fromJsonl { inputs += try RecordFile.read(fromJsonl).map(\.article) }
            if !articles.isEmpty { inputs += try ArticleSources.load(articles) }
        } catch let error as ImportError {
            throw ExitStatus.fail(error)
        }
        let chosen = format ?? (isatty(STDOUT_FILENO) != 0 ? .text : .jsonl)
        let analyzer = ArticleAnalyzer()
        for article in inputs {
            let analysis = analyzer.analyze(article)
            switch chosen {
            case .jsonl:
                try OutputWriter.write(try JSONLines.encode(GoldRecord(article: article, analysis: analysis)) + "\n")
            case .text:
                try OutputWriter.writeText(AnnotatedTextFormatter.format(article, analysis) + "\n", raw: raw)
            }
        }
    }
}
