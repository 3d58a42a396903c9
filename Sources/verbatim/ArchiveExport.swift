import ArchiveKit
import ArgumentParser
import Foundation
import ReaderCore
#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// `verbatim archive export`: every statement with its article's metadata, for spreadsheets,
/// pandas or DuckDB.
struct ArchiveExport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write every archived statement with its article: JSON Lines or CSV.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case jsonl, csv
    }

    @Option(help: "jsonl (one object per statement) or csv (RFC 4180, with a header row).")
    var format: Format = .jsonl

    @OptionGroup var archiveOption: ArchiveOption

    static let columns = ["article", "title", "source", "published", "language", "speaker", "speaker_mention",
                          "kind", "cue", "text", "start", "end", "confidence"]

    func run() throws {
        let archive = try archiveOption.open(create: false)
        // CSV is data, kept exact in a file or a pipe; on a terminal it is read, so made harmless.
        let toTerminal = isatty(STDOUT_FILENO) != 0
        var output = StandardOutput()
        if format == .csv { output.write(Self.columns.joined(separator: ",") + "\r\n") }
        do {
            try archive.exportStatements { statement in
                switch format {
                case .jsonl:
                    output.write(String(decoding: StatementLine.json(statement), as: UTF8.self))
                case .csv:
                    let line = Self.csvRow(statement)
                    output.write(toTerminal ? OutputSanitizer.sanitize(line) : line)
                }
                if output.failed { throw ExitStatus.fail("cannot write the output", code: ExitStatus.ioError) }
            }
        } catch let error as ArchiveError {
            throw ExitStatus.fail(error)
        }
        try output.finish()
    }

    static func csvRow(_ s: ArchivedStatement) -> String {
        let fields = [s.article, s.title, s.source ?? "", s.published ?? "", s.language, s.speaker ?? "",
                      s.speakerMention ?? "", s.kind, s.cue, s.text, String(s.start), String(s.end), String(s.confidence)]
        return fields.map(csvField).joined(separator: ",") + "\r\n"
    }

    /// Quoted when it holds a comma, a quote or a line break, quotes doubled (RFC 4180).
    static func csvField(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// `verbatim archive check`: SQLite's own check, and that every article has all its rows.
struct ArchiveCheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the archive: SQLite's integrity check and every article's statements and mentions.")

    @OptionGroup var archiveOption: ArchiveOption

    func run() throws {
        let archive = try archiveOption.open(create: false)
        let problems: [String]
        let counts: (articles: Int, statements: Int, actors: Int)
        do {
            problems = try archive.check()
            counts = try archive.counts()
        } catch let error as ArchiveError {
            throw ExitStatus.fail(error)
        }
        for problem in problems { ExitStatus.report("\(archive.path): \(problem)") }
        if !problems.isEmpty { throw ExitCode(ExitStatus.dataError) }
        try OutputWriter.writeText("\(archive.path): ok, \(counts.articles) articles, \(counts.statements) statements, \(counts.actors) actors\n")
    }
}
