import ArgumentParser
import ReaderCore
#if canImport(Glibc)
@preconcurrency import Glibc
#endif

@main
struct Verbatim: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verbatim",
        abstract: "A terminal reader for news articles that shows who said what.",
        discussion: """
        With no subcommand, opens the articles given (files, folders, or - for standard input) in the \
        reader; with no article, opens the bundled samples. When standard output is not a terminal, \
        prints the article as plain wrapped text instead.

        Exit codes: 0 success; 64 usage error; 65 input is not an article (binary, too large, bad record), or the archive is damaged, \
        not an archive or from a newer Verbatim; 66 an input or the archive cannot be opened (also: no archive yet); 70 internal error; 74 output error; 78 bad theme given with --theme (a mistake in the config file is reported and the defaults are used); 128+N killed by signal N.
        """,
        version: "0.1.0",
        subcommands: [Read.self, Parse.self, Evaluate.self, ArchiveCommand.self, Who.self, Said.self, Keys.self, ThemesCommand.self, ConfigCommand.self, CompletionsCommand.self],
        defaultSubcommand: Read.self
    )

    /// ArgumentParser's own entry point, except that what it prints (usage errors quote the
    /// arguments, which may hold escape sequences) goes through the output sanitiser.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if !message.isEmpty {
                if code == .success {
                    print(OutputSanitizer.sanitize(message))
                } else {
                    let line = OutputSanitizer.sanitize(message) + "\n"
                    fputs(line, stderr)
                }
            }
            Glibc.exit(code.rawValue)
        }
    }
}
