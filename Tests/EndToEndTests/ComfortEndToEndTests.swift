import Foundation
import TestSupport
import Testing

/// The user's config, themes and key remapping in a real terminal (tmux).
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed: end-to-end terminal tests skipped"))
struct ComfortEndToEndTests {
    /// A config folder holding `config` as config.toml, removed when the test ends.
    final class ConfigFolder {
        let url: URL
        init(_ config: String) throws {
            url = ScratchFolder.url("e2e-config")
            let folder = url.appendingPathComponent("verbatim")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try config.write(to: folder.appendingPathComponent("config.toml"), atomically: true, encoding: .utf8)
        }
        deinit { try? FileManager.default.removeItem(at: url) }
    }

    func startReader(config: ConfigFolder, width: Int = 100, height: Int = 30, directory: URL? = nil) throws -> TmuxSession {
        // The test runner may have NO_COLOR set; these tests look at colours.
        let command = (["env", "-u", "NO_COLOR", "XDG_CONFIG_HOME=\(config.url.path)", Executable.verbatim]).map(Executable.quoted).joined(separator: " ")
        let cd = directory.map { "cd \(Executable.quoted($0.path)) && " } ?? ""
        let script = "\(cd)\(command); echo EXIT=$?; sleep 600"
        return try TmuxSession(width: width, height: height, command: "sh -c \(Executable.quoted(script))")
    }

    @Test func remappedKeysWorkAndHelpShowsThem() throws {
        let config = try ConfigFolder("[keys]\nnext_quote = [\"J\"]\nquit = [\"x\"]\n")
        // Tall enough for the legend and the first keys of the help.
        let tmux = try startReader(config: config, height: 50)
        // The reader reads the folder after this function has moved on: keep it until the end.
        defer { withExtendedLifetime(config) { tmux.stop() } }
        try tmux.waitFor("the sample and its analysis") { $0.contains("9 quotes") }
        try tmux.send("J")
        try tmux.waitFor("the first quote after J") { $0.contains("quote 1/") }
        try tmux.send("J")
        try tmux.waitFor("the second quote after J") { $0.contains("quote 2/") }
        // q is no longer quit: the reader is still there.
        try tmux.send("q")
        try tmux.send("h")
        let help = try tmux.waitFor("the help") { $0.contains("and keys —") }
        #expect(help.split(separator: "\n").contains { $0.contains(" J ") && $0.contains("next quote") })
        #expect(help.split(separator: "\n").contains { $0.contains(" x ") && $0.contains("quit") })
        try tmux.send("Escape")
        try tmux.waitFor("the help closed") { !$0.contains("and keys —") }
        try tmux.send("x")
        let after = try tmux.waitFor("the exit status") { $0.contains("EXIT=") }
        #expect(after.contains("EXIT=0"))
    }

    @Test func aBrokenConfigIsNamedAndTheReaderStartsWithTheDefaults() throws {
        let config = try ConfigFolder("theme = \"light\"\ncolour = 3\n")
        let tmux = try startReader(config: config)
        // The reader reads the folder after this function has moved on: keep it until the end.
        defer { withExtendedLifetime(config) { tmux.stop() } }
        // The note stays until a key is pressed, even when the analysis arrives after it.
        let screen = try tmux.waitFor("the analysed sample with a note") { $0.contains("9 quotes") && $0.contains("line 2") }
        #expect(screen.contains("config.toml, line 2: unknown key \"colour\""))
        // The defaults: q quits.
        try tmux.send("q")
        let after = try tmux.waitFor("the exit status") { $0.contains("EXIT=") }
        #expect(after.contains("EXIT=0"))
    }

    @Test func tCyclesThemesLive() throws {
        let config = try ConfigFolder("theme = \"light\"\n")
        let tmux = try startReader(config: config)
        // The reader reads the folder after this function has moved on: keep it until the end.
        defer { withExtendedLifetime(config) { tmux.stop() } }
        try tmux.waitFor("the sample and its analysis") { $0.contains("9 quotes") }
        let light = try tmux.capture(escapes: true)
        try tmux.send("t")
        let next = try tmux.waitFor(escapes: true, "the next theme") { $0.contains("theme: high-contrast") }
        // high-contrast paints its own black background; light keeps the terminal's.
        #expect(!light.contains("48;5;16m"))
        #expect(next.contains("48;5;16m"))
        #expect(light.contains("38;5;234m"), "light's text colour, #1c1c1c, is 234 on 256 colours")
        try tmux.send("q")
        try tmux.waitFor("the exit status") { $0.contains("EXIT=0") }
    }

    /// The first words of the article column's first row (row 1, left of the panels).
    func firstWords(_ screen: String, count: Int = 3) -> String {
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
        guard rows.count > 1 else { return "" }
        let text = rows[1].split(separator: "│").first.map(String.init) ?? ""
        return text.split(separator: " ").prefix(count).joined(separator: " ")
    }

    @Test func aResizeKeepsTheFirstVisibleLineOfText() throws {
        let config = try ConfigFolder("")
        let tmux = try startReader(config: config, width: 100, height: 30)
        defer { withExtendedLifetime(config) { tmux.stop() } }
        try tmux.waitFor("the sample and its analysis") { $0.contains("9 quotes") }
        for _ in 0..<8 { try tmux.send("j") }
        let scrolled = try tmux.waitFor("eight lines down") { $0.contains("line 9/") }
        let words = firstWords(scrolled)
        #expect(!words.isEmpty)
        // Narrower and wider: the text is rewrapped, and the words that were on top are still on the
        // first row (which may now start a little earlier, where the new line starts).
        func firstRow(_ screen: String) -> String {
            screen.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().first.map(String.init) ?? ""
        }
        // The article's part of the first two rows, as one line of words.
        func topText(_ screen: String) -> String {
            let rows = screen.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().prefix(2)
            let article = rows.map { row in
                let parts = row.split(separator: "│", omittingEmptySubsequences: false)
                return String(parts.count == 3 ? parts[1] : parts[0])
            }
            return article.joined(separator: " ").split(separator: " ").joined(separator: " ")
        }
        let firstWord = words.split(separator: " ").first.map(String.init) ?? words
        for (width, height) in [(90, 30), (130, 30), (70, 24)] {
            try tmux.resize(width: width, height: height)
            let screen = try tmux.waitFor("the rewrapped text at \(width)x\(height)") {
                $0.split(separator: "\n").allSatisfy { $0.count <= width } && topText($0).contains(words)
            }
            #expect(firstRow(screen).contains(firstWord))
        }
        // Back to the first size: exactly the first row it had.
        try tmux.resize(width: 100, height: 30)
        let back = try tmux.waitFor("the first size again") { firstWords($0) == words }
        #expect(firstRow(back) == firstRow(scrolled))
        try tmux.send("q")
        try tmux.waitFor("the exit status") { $0.contains("EXIT=0") }
    }

    @Test func yCopiesTheQuoteThroughOSC52AndWWritesTheStatements() throws {
        let config = try ConfigFolder("")
        let tmux = try startReader(config: config, directory: config.url)
        defer { withExtendedLifetime(config) { tmux.stop() } }
        // tmux takes OSC 52 from the program into its paste buffer when set-clipboard is on.
        try tmux.tmux(["set-option", "-g", "set-clipboard", "on"])
        try tmux.waitFor("the sample and its analysis") { $0.contains("9 quotes") }
        try tmux.send("n")
        try tmux.waitFor("the first quote") { $0.contains("quote 1/9") }
        try tmux.send("y")
        try tmux.waitFor("the copy message") { $0.contains("copied (OSC 52)") }
        let buffer = try tmux.tmux(["show-buffer"])
        #expect(buffer.hasPrefix("“Le président de la Russie"))
        #expect(buffer.hasSuffix("” — Kremlin, kremlin-white-house-call.fr"))
        try tmux.send("w")
        try tmux.waitFor("the export message") { $0.contains("statements written to") }
        let file = config.url.appendingPathComponent("kremlin-white-house-call.fr.statements.md")
        let markdown = try String(contentsOf: file, encoding: .utf8)
        #expect(markdown.split(separator: "\n").filter { $0.hasPrefix("- **") }.count == 9)
        try tmux.send("q")
        try tmux.waitFor("the exit status") { $0.contains("EXIT=0") }
    }
}
