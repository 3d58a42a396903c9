import ArticleKit
import ReaderCore

/// The effective configuration as TOML, each value followed by where it came from.
public enum ConfigPrinter {
    public static func text(_ config: UserConfig, file: String, problem: UserConfigLoader.Problem?) -> String {
        var out = "# \(file)\n"
        if let problem { out += "# not used: \(problem); these are the defaults\n" }
        func line(_ key: String, _ value: String, origin: String) -> String {
            let assignment = "\(key) = \(value)"
            return assignment.padding(toLength: max(assignment.count, 36), withPad: " ", startingAt: 0) + "  # \(origin)\n"
        }
        func quoted(_ text: String) -> String { "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\"" }
        out += line("theme", quoted(config.theme), origin: config.origin(of: "theme"))
        out += line("mouse", "\(config.mouse)", origin: config.origin(of: "mouse"))
        out += line("actors", "\(config.actors)", origin: config.origin(of: "actors"))
        out += line("statements", "\(config.statements)", origin: config.origin(of: "statements"))
        out += line("entities", entities(config.entities), origin: config.origin(of: "entities"))
        out += line("quotes", "\(config.quotes)", origin: config.origin(of: "quotes"))
        out += line("measure", "\(config.measure)", origin: config.origin(of: "measure"))
        // Unset widths follow the screen; shown commented out so the line can be copied.
        for (key, value) in [("actors_width", config.actorsWidth), ("statements_width", config.statementsWidth)] {
            out += value.map { line(key, "\($0)", origin: config.origin(of: key)) }
                ?? "# \(key) = (from the screen width)       # default\n"
        }
        out += "\n[keys]\n"
        let keymap = (try? config.keymap()) ?? .standard
        for name in keymap.actionNames {
            let keys = keymap.bindings.filter { b in b.action.flatMap { ActionName.of($0, in: b.context) } == name }
                .flatMap(\.keys)
            var seen = Set<String>()
            let labels = keys.map(KeyName.configName).filter { seen.insert($0).inserted }
            out += line(name, "[" + labels.map(quoted).joined(separator: ", ") + "]", origin: config.origin(of: "keys.\(name)"))
        }
        return out
    }

    /// "all", "none", or the list of kinds (any set of them), as config.toml takes it.
    static func entities(_ kinds: Set<EntityType>) -> String {
        if kinds.count == EntityType.allCases.count { return "\"all\"" }
        if kinds.isEmpty { return "\"none\"" }
        return "[" + EntityType.allCases.filter(kinds.contains).map { "\"\(UserConfig.name(of: $0))\"" }.joined(separator: ", ") + "]"
    }
}
