import ArchiveKit
import ArgumentParser

/// `verbatim who NAME`: an actor's statements across every archived article, oldest first.
struct Who: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List an actor's statements across the archive, by date.",
        discussion: """
        NAME matches an actor when its words appear, in order, in the actor's name or in an alias that is a form \
        of it, as within one article: case and accents aside, an initial for a first name ("S. Lavrov"), a Russian \
        name in another case ("Лаврова"). --exact asks for the actor's name itself (case and accents aside). \
        Actors are merged across articles by name and name-like alias when exactly one archived actor fits. \
        A speaker that is not an actor (a place such as Washington, an unresolved mention) is found by its whole name.
        """)

    @Argument(help: "The actor's name, or part of it (several words are one name).")
    var name: [String]

    @Flag(help: "Only the actor whose name is NAME, not actors NAME is part of.")
    var exact = false

    @OptionGroup var output: StatementOutput
    @OptionGroup var archiveOption: ArchiveOption

    func run() throws {
        let archive = try archiveOption.open(create: false)
        let wanted = name.joined(separator: " ")
        let statements: [ArchivedStatement]
        do { statements = try archive.statements(by: wanted, exact: exact, limit: output.limit) } catch let error as ArchiveError {
            throw ExitStatus.fail(error)
        }
        try output.write(statements, empty: "no statement by “\(wanted)” in \(archive.path)")
    }
}
