import ArgumentParser
import ArticleKit
import Foundation
import ReaderCore
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

    @OptionGroup var encodingOption: EncodingOption

    @Option(help: "Articles analysed at once (default: the number of cores); the output is the same, in input order.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        guard (1...256).contains(jobs) else { throw ValidationError("--jobs must be between 1 and 256") }
        if articles.isEmpty && fromJsonl == nil {
            throw ValidationError("give article files, - for standard input, or --from-jsonl FILE")
        }
    }

    /// Inputs are read one after another on this thread, analysed on `--jobs` threads, and
    /// written in input order, so memory holds a few articles at a time, never the whole input;
    /// an input that cannot be read is reported and the others still run (the exit status then
    /// says so), unless `--strict`.
    func run() throws {
        let chosen = format ?? (isatty(STDOUT_FILENO) != 0 ? .text : .jsonl)
        let analyzer = ArticleAnalyzer()
        let workers = OrderedWorkers<Output>(jobs: jobs)
        let raw = raw
        func write(_ output: Output) throws {
            switch output {
            case .bytes(let bytes): try OutputWriter.write(bytes: bytes)
            case .record(let record): try OutputWriter.writeLine { JSONRecordWriter.write(record, to: $0) }
            }
        }
        func emit(_ article: Article) throws {
            try workers.submit({
                var bytes: [UInt8]
                switch chosen {
                case .jsonl:
                    let record = analyzer.record(for: article)
                    if record.text.utf8.count >= Self.streamedTextBytes { return .record(record) }
                    bytes = JSONRecordWriter.encode(record)
                case .text:
                    let text = AnnotatedTextFormatter.format(article, analyzer.analyze(article)) { SpeakerCertainty($0) == .uncertain }
                    bytes = Array((raw ? text : OutputSanitizer.sanitize(text)).utf8)
                }
                bytes.append(0x0A)
                return .bytes(bytes)
            }, deliver: write)
        }
        // Whatever stops the run (--strict, an output error), what was analysed before it is written,
        // as with --jobs 1.
        let failure: Int32?
        do {
            failure = try readInputs(emit)
        } catch {
            try? workers.finish(deliver: write)
            throw error
        }
        try workers.finish(deliver: write)
        if let failure { throw ExitCode(failure) }
    }

    /// What a worker hands over for writing: the bytes, or the record of a long article, whose
    /// JSON is then written as it is encoded rather than held whole (twice the text) in memory.
    enum Output: Sendable {
        case bytes([UInt8])
        case record(GoldRecord)
    }

    /// The text size from which a record is written as it is encoded.
    static let streamedTextBytes = 1 << 20

    /// Reads every input in order and hands each article to `emit`; returns the exit code of the
    /// first input that could not be read, if any.
    private func readInputs(_ emit: (Article) throws -> Void) throws -> Int32? {
        var failure: Int32?
        // Reports an input that cannot be read; the first one's code is the exit status.
        func unreadable(_ error: ImportError) throws {
            failure = failure ?? ExitStatus.report(error)
            if strict { throw ExitCode(failure!) }
        }
        if let fromJsonl {
            do {
                let bad = try RecordFile(path: fromJsonl, lineLimit: limit.bytes, strict: strict).forEach { try emit($0.article) }
                if bad > 0 { failure = failure ?? ExitStatus.dataError }
            } catch let error as ImportError {
                try unreadable(error)
            }
        }
        let importer = ArticleImporter(byteLimit: limit.bytes, encoding: encodingOption.encoding)
        for argument in articles {
            let paths: [String]
            do {
                paths = argument == "-" ? ["-"] : try importer.articlePaths(of: argument)
            } catch let error as ImportError {
                try unreadable(error)
                continue
            }
            for path in paths {
                do {
                    // A feed gives one record per item.
                    for article in path == "-" ? try importer.loadStandardInputArticles() : try importer.load(path: path) {
                        try emit(article)
                    }
                } catch let error as ImportError {
                    try unreadable(error)
                }
            }
        }
        return failure
    }
}
