import ArgumentParser
import ReaderCore
import ReaderTerminal

/// Prints the key table that drives the reader and its help overlay (and the README's list).
struct Keys: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List every key of the reader.")

    @Flag(help: "As Markdown tables.")
    var markdown = false

    @Flag(help: "The standard keys, without the remapping in your config.toml.")
    var standard = false

    func run() throws {
        // The keys the reader would use: the user's [keys] remapping, unless a mistake voids it.
        let keymap = standard ? Keymap.standard
            : (try? UserConfigLoader.load(ConfigPaths().configFile).0.keymap()) ?? .standard
        var out = ""
        for context in KeyContext.allCases {
            let rows = keymap.bindings.filter { $0.context == context }
            guard !rows.isEmpty else { continue }
            if markdown {
                out += "**\(context.title)**\n\n| keys | what it does |\n|---|---|\n"
                for row in rows {
                    // Rows without an action describe behaviour ("any other key"), not key names.
                    let keys = row.action == nil || row.label.hasPrefix("any ") ? row.label
                        : row.label.split(separator: " ").map { "`\($0)`" }.joined(separator: " ")
                    out += "| \(keys) | \(row.description.replacingOccurrences(of: "|", with: "\\|")) |\n"
                }
                out += "\n"
            } else {
                out += "\(context.title)\n"
                for row in rows {
                    out += "  " + row.label.padding(toLength: 14, withPad: " ", startingAt: 0) + row.description + "\n"
                }
            }
        }
        try OutputWriter.writeText(out)
    }
}
