import ArgumentParser

/// `verbatim archive add|export|check`: filling the archive and taking everything out of it.
struct ArchiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "archive",
        abstract: "Fill the archive of statements, export it, or check it.",
        discussion: """
        The archive is an SQLite file ($XDG_DATA_HOME/verbatim/archive.sqlite by default, --archive PATH to choose) \
        holding every article analysed into it with its actors and statements; `verbatim who` and `verbatim said` \
        ask it. Articles opened in the reader are added as their analysis completes (--no-archive to opt out).
        """,
        subcommands: [ArchiveAdd.self, ArchiveExport.self, ArchiveCheck.self])
}
