import ArchiveKit
import ArgumentParser

/// `verbatim said QUERY`: statements whose words match, across every archived article.
struct Said: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Search the archive's statements by their words (full text), by date.",
        discussion: """
        Every word must be in the statement, case and accents aside; "quoted words" are a phrase and a word \
        ending in * a prefix (negoti*). Nothing typed is taken as search syntax.
        """)

    @Argument(help: "Words to find (several words: all of them).")
    var query: [String]

    @OptionGroup var output: StatementOutput
    @OptionGroup var archiveOption: ArchiveOption

    func run() throws {
        let archive = try archiveOption.open(create: false)
        let wanted = query.joined(separator: " ")
        let statements: [ArchivedStatement]
        do { statements = try archive.search(wanted, limit: output.limit) } catch let error as ArchiveError {
            throw ExitStatus.fail(error)
        }
        try output.write(statements, empty: "no statement says “\(wanted)” in \(archive.path)")
    }
}
