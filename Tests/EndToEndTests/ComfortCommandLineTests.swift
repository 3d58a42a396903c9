import Foundation
import TestSupport
import Testing

/// The comfort commands without a terminal: themes, config --print, completions, the man page.
struct ComfortCommandLineTests {
    func verbatim(_ arguments: [String], environment: [String: String] = [:]) throws -> (status: Int32, output: String, error: String) {
        let variables = environment.map { "\($0.key)=\($0.value)" }
        return try TmuxSession.run(["env"] + variables + [Executable.verbatim] + arguments)
    }

    func configHome(_ files: [String: String]) throws -> URL {
        let folder = ScratchFolder.url("cfg")
        for (path, text) in files {
            let url = folder.appendingPathComponent("verbatim").appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return folder
    }

    @Test func themesListsBundledAndUserThemesWithAPreview() throws {
        let home = try configHome(["themes/sepia.toml": "name = \"sepia\"\ndescription = \"brown\"\n[roles.entity_person]\nfg = \"#875f00\"\n",
                                   "themes/broken.toml": "[roles.title]\nfg = \"mauve\"\n"])
        defer { try? FileManager.default.removeItem(at: home) }
        let result = try verbatim(["themes", "--color"], environment: ["XDG_CONFIG_HOME": home.path])
        #expect(result.status == 0)
        for name in ["default", "light", "high-contrast", "mono", "sepia"] {
            #expect(result.output.contains("\n\(name) (") || result.output.hasPrefix("\(name) ("), "\(name) is not listed")
        }
        // Each preview is drawn in its theme's colours: sepia's person is #875f00, 94 of 256.
        #expect(result.output.contains("38;5;94mPerson"))
        #expect(result.output.contains("broken.toml, line 2"))
        // Piped without --color: no escape sequences at all.
        let plain = try verbatim(["themes"], environment: ["XDG_CONFIG_HOME": home.path])
        #expect(!plain.output.contains("\u{1B}"))
    }

    @Test func configPrintShowsValuesAndWhereTheyCameFrom() throws {
        let home = try configHome(["config.toml": "theme = \"light\"\nentities = [\"ORG\", \"PER\"]\n[keys]\nnext_quote = [\"n\", \"J\"]\n"])
        defer { try? FileManager.default.removeItem(at: home) }
        let result = try verbatim(["config", "--print"], environment: ["XDG_CONFIG_HOME": home.path])
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("theme = \"light\"") && $0.hasSuffix("# config.toml, line 1") })
        #expect(lines.contains { $0.hasPrefix("entities = [\"person\", \"organisation\"]") && $0.hasSuffix("# config.toml, line 2") })
        #expect(lines.contains { $0.hasPrefix("next_quote = [\"n\", \"J\"]") && $0.hasSuffix("# config.toml, line 4") })
        #expect(lines.contains { $0.hasPrefix("mouse = true") && $0.hasSuffix("# default") })
    }

    @Test func aBrokenConfigIsNotFatalButAnExplicitBadThemeIs() throws {
        let home = try configHome(["config.toml": "theme = \"light\"\nwidth = 3\n"])
        defer { try? FileManager.default.removeItem(at: home) }
        let sample = try verbatim(["--width", "60"], environment: ["XDG_CONFIG_HOME": home.path])
        #expect(sample.status == 0)
        #expect(sample.error.contains("config.toml, line 2: unknown key \"width\""))
        let explicit = try verbatim(["--theme", "no-such-theme", "--width", "60"], environment: ["XDG_CONFIG_HOME": home.path])
        #expect(explicit.status == 78)
    }

    @Test(arguments: [("bash", "complete -"), ("zsh", "#compdef verbatim"), ("fish", "complete -c 'verbatim'")])
    func completionsForEachShell(shell: String, marker: String) throws {
        let result = try verbatim(["completions", shell])
        #expect(result.status == 0)
        #expect(result.output.contains(marker))
        #expect(result.output.contains("themes"))
    }

    /// The committed man page is generated from the command definitions (Tools/docs/generate):
    /// a subcommand missing from it means it is stale.
    @Test func manPageNamesEverySubcommand() throws {
        let page = try String(contentsOf: Executable.repository.appendingPathComponent("Documentation/man/verbatim.1"), encoding: .utf8)
        let help = try verbatim(["--help"]).output
        let section = help.components(separatedBy: "SUBCOMMANDS:").last ?? ""
        // Subcommand rows are indented by two spaces; wrapped descriptions by more.
        let names = section.split(separator: "\n").filter { $0.hasPrefix("  ") && !$0.hasPrefix("   ") }
            .compactMap { $0.split(separator: " ").first.map(String.init) }
            .filter { $0.allSatisfy { $0.isLetter || $0 == "-" } && !$0.isEmpty && $0 != "See" }
        #expect(names.count >= 6)
        for name in names { #expect(page.contains(".It Em \(name)"), "the man page lacks \(name): run Tools/docs/generate") }
    }
}
