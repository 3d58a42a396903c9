import Foundation
import TestSupport
import Testing

/// A theme's #RRGGBB in a real terminal (tmux keeps 24-bit colours and `capture-pane -e` shows
/// them): exact with COLORTERM=truecolor on TERM=xterm-256color, the nearest of 256 without it,
/// the nearest of 8 on TERM=xterm.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed: end-to-end terminal tests skipped"))
struct ColourEndToEndTests {
    /// xterm's red, #cd0000: index 1 of 8, 160 (#d70000) of the 256-colour cube.
    static let theme = """
        name = "red"
        description = "one colour"

        [roles.text]
        fg = "#cd0000"
        """

    func screen(term: String, colorterm: String?) throws -> String {
        let folder = ScratchFolder.url("colour")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("red.toml")
        try Self.theme.write(to: file, atomically: true, encoding: .utf8)
        var command = ["env", "-u", "NO_COLOR", "TERM=\(term)"]
        if let colorterm { command.append("COLORTERM=\(colorterm)") }
        command += [Executable.verbatim, "--no-state", "--theme", file.path]
        let script = command.map(Executable.quoted).joined(separator: " ") + "; echo EXIT=$?; sleep 600"
        let tmux = try TmuxSession(width: 100, height: 30, command: "sh -c \(Executable.quoted(script))")
        defer { tmux.stop() }
        try tmux.waitFor("the sample") { $0.contains("Poutine") }
        let screen = try tmux.capture(escapes: true)
        try tmux.send("q")
        try tmux.waitFor("the exit") { $0.contains("EXIT=0") }
        return screen
    }

    @Test func truecolorShowsTheExactColour() throws {
        let screen = try screen(term: "xterm-256color", colorterm: "truecolor")
        #expect(screen.contains("\u{1B}[38;2;205;0;0m"), "the text in #cd0000 itself")
        #expect(!screen.contains("38;5;"))
    }

    @Test func fewerColoursGetTheNearest() throws {
        let indexed = try screen(term: "xterm-256color", colorterm: nil)
        #expect(indexed.contains("\u{1B}[38;5;160m"))
        #expect(!indexed.contains("38;2;"))
        let eight = try screen(term: "xterm", colorterm: "truecolor")
        #expect(eight.contains("\u{1B}[31m"))
        #expect(!eight.contains("38;2;") && !eight.contains("38;5;"))
    }
}
