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

    @Option(help: "Read records with id, text and optional lang from a JSON Lines file (- for standard input).")
    var fromJsonl: String?

    @Option(help: "jsonl (the default when piped) or text (the default on a terminal).")
    var format: Format?

    @Flag(help: "Text output with the article's control characters and escape sequences as they are, not made visible.")
    var raw = false

    @Flag(help: "Stop at the first input that cannot be read (by default it is reported and the others go on).")
    var strict = false

    @OptionGroup var limit: SizeLimit

    func validate() throws {
        if articles.isEmpty && fromJsonl == nil {
            throw ValidationError("give article files, - for standard input, or --from-jsonl FILE")
        }
    }

    /// Each input is read, analysed and written before the next is read, so memory holds one
    /// article at a time; an input that cannot be read is reported and the others still run
    /// (the exit status then says so), unless `--strict`.
    func run() throws {
        let chosen = format ?? (isatty(STDOUT_FILENO) != 0 ? .text : .jsonl)
        let analyzer = ArticleAnalyzer()
        func emit(_ article: Article) throws {
            let analysis = analyzer.analyze(article)
            switch chosen {
            case .jsonl:
                var line = JSONRecordWriter.encode(GoldRecord(article: article, analysis: analysis))
                line.append(0x0A)
                try OutputWriter.write(bytes: line)
            case .text:
                try OutputWriter.writeText(AnnotatedTextFormatter.format(article, analysis) + "\n", raw: raw)
            }
        }
        var failure: Int32?
        if let fromJsonl {
            do {
                let bad = try RecordFile(path: fromJsonl, lineLimit: limit.bytes, strict: strict).forEach { try emit($0.article) }
                if bad > 0 { failure = failure ?? ExitStatus.dataError }
            } catch let error as ImportError {
                failure = failure ?? ExitStatus.report(error)
                if strict { throw ExitCode(failure!) }
            }
        }
        let importer = ArticleImporter(byteLimit: limit.bytes)
        for path in articles {
            do {
                for article in try ArticleSources.load([path], importer: importer) { try emit(article) }
            } catch let error as ImportError {
                failure = failure ?? ExitStatus.report(error)
                if strict { throw ExitCode(failure!) }
            }
        }
        if let failure { throw ExitCode(failure) }
    }
}
