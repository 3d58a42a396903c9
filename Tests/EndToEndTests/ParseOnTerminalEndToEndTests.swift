import Foundation
import TestSupport
import Testing

/// `parse` printing to a real terminal (tmux): an article's escape sequences must not retitle the
/// pane, write the clipboard (OSC 52 into tmux's paste buffers), switch to the alternate screen or
/// turn on mouse reporting.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed: end-to-end terminal tests skipped"))
struct ParseOnTerminalEndToEndTests {
    @Test(arguments: [["parse"], ["parse", "--format", "text"], ["parse", "--from-jsonl"]])
    func anArticlesEscapesDoNotReachTheTerminal(arguments: [String]) throws {
        let folder = ScratchFolder.url("osc")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let evil = "a\u{1B}]0;PWNED\u{07}\u{1B}]52;c;cm0gLXJmIH4K\u{07}\u{1B}[?1049h\u{1B}[?1000h b\n"
        let input: URL
        if arguments.last == "--from-jsonl" {
            input = folder.appendingPathComponent("evil.jsonl")
            let record = try JSONSerialization.data(withJSONObject: ["id": "evil\u{1B}]0;ID\u{07}", "text": evil])
            try (record + Data("\n".utf8)).write(to: input)
        } else {
            input = folder.appendingPathComponent("evil.txt")
            try Data(evil.utf8).write(to: input)
        }
        let command = ([Executable.verbatim] + arguments + [input.path]).map(Executable.quoted).joined(separator: " ")
        let tmux = try TmuxSession(width: 100, height: 30,
                                   command: "sh -c \(Executable.quoted("sleep 1; printf '\\033]2;before\\007'; \(command); echo EXIT=$?; sleep 600"))")
        defer { tmux.stop() }
        // Let the pane accept OSC 52 into its buffers, as a user's tmux with set-clipboard on does
        // (set during the script's first second, before parse runs).
        try tmux.tmux(["set-option", "-g", "set-clipboard", "on"])
        let screen = try tmux.waitFor("parse to finish") { $0.contains("EXIT=") }
        #expect(screen.contains("EXIT=0"))
        #expect(try tmux.format("#{pane_title}") == "before", "the article retitled the terminal")
        #expect(try tmux.tmux(["list-buffers"]).isEmpty, "the article wrote the clipboard (OSC 52)")
        #expect(try tmux.format("#{alternate_on}") == "0", "the article switched to the alternate screen")
        #expect(try tmux.format("#{mouse_any_flag}") == "0", "the article turned on mouse reporting")
    }
}
