import ArgumentParser
import Foundation
import ReaderCore
import ReaderTerminal

/// Shows the configuration the reader would use, and where each value came from.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Show the effective configuration (--print) and where each value comes from.",
        discussion: """
        The config file is $XDG_CONFIG_HOME/verbatim/config.toml (default ~/.config/verbatim/config.toml). \
        Keys: theme, mouse, actors, statements, entities (all, none, or any list of person, organisation, location, other, e.g. ["PER", "ORG"]), \
        quotes, measure (the article column's widest measure, default 80), actors_width and statements_width \
        (panel widths on wide screens), and a [keys] table that rebinds actions, e.g. next_quote = ["n", "J"].
        """)

    @Flag(name: .customLong("print"), help: "Print the effective configuration as TOML, each value with its origin.")
    var printConfig = false

    func run() throws {
        let paths = ConfigPaths()
        let (config, problem) = UserConfigLoader.load(paths.configFile)
        try OutputWriter.writeText(ConfigPrinter.text(config, file: paths.configFile.path, problem: problem))
    }
}
