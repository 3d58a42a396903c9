import ArgumentParser
import Foundation
import ReaderCore
import ReaderTerminal
#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// Lists the bundled and the user's themes, each with a preview line in its own colours.
struct ThemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "themes",
        abstract: "List the bundled and your own themes, each previewed in its colours.",
        discussion: "Your themes are the .toml files in $XDG_CONFIG_HOME/verbatim/themes/ (default ~/.config/verbatim/themes/).")

    @Flag(help: "Colours even when standard output is not a terminal or NO_COLOR is set.")
    var color = false

    func run() throws {
        let paths = ConfigPaths()
        let environment = ProcessInfo.processInfo.environment
        // The preview cannot ask terminfo: a terminal is assumed to have 256 colours (24-bit with COLORTERM).
        let colours = isatty(STDOUT_FILENO) != 0 || color ? 256 : 0
        let mode = ColorMode.choose(noColorFlag: false, colorFlag: color, environment: environment, terminalColors: colours)
        var out = ""
        func entry(_ label: String, origin: String, load: () throws -> Theme) {
            do {
                let theme = try load()
                let description = theme.description.isEmpty ? "" : " — " + theme.description
                out += OutputSanitizer.sanitizeLine("\(label) (\(origin))\(description)") + "\n"
                out += "  " + (mode == .monochrome ? ThemePreview.plainLine() : ThemePreview.line(theme, mode: mode)) + "\n"
            } catch {
                out += OutputSanitizer.sanitizeLine("\(label) (\(origin)): cannot be used: \(error)") + "\n"
            }
        }
        for name in ThemeLoader.bundledNames {
            entry(name, origin: "bundled") { try ThemeLoader.load(name) }
        }
        for name in paths.userThemeNames() {
            let url = paths.themesDirectory.appendingPathComponent(name + ".toml")
            entry(name, origin: url.path) { try ThemeLoader.load(contentsOf: url, label: url.path) }
        }
        out += "Choose one with --theme NAME, `theme = \"NAME\"` in \(paths.configFile.path), or t in the reader.\n"
        // Names and errors are sanitised above; the escapes left are the preview's own.
        try OutputWriter.writeText(out, raw: true)
    }
}
