import Foundation

/// Where the user's configuration lives: `$XDG_CONFIG_HOME/verbatim/` (default `~/.config/verbatim/`).
public struct ConfigPaths: Sendable {
    public var directory: URL

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        // XDG: a relative XDG_CONFIG_HOME is invalid and ignored.
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
            directory = URL(fileURLWithPath: xdg).appendingPathComponent("verbatim")
        } else {
            let home = environment["HOME"] ?? NSHomeDirectory()
            directory = URL(fileURLWithPath: home).appendingPathComponent(".config/verbatim")
        }
    }

    public var configFile: URL { directory.appendingPathComponent("config.toml") }
    public var themesDirectory: URL { directory.appendingPathComponent("themes") }

    /// Names of the user's themes (files `NAME.toml` in the themes folder), sorted.
    public func userThemeNames() -> [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: themesDirectory.path)) ?? []
        return files.filter { $0.hasSuffix(".toml") }.map { String($0.dropLast(5)) }.sorted()
    }
}
