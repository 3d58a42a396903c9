import Foundation
import TestSupport
import Testing

/// The reader in a real terminal (tmux), driven by keys as a user would.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed: end-to-end terminal tests skipped"))
struct ReaderTerminalEndToEndTests {
    /// Runs `verbatim ARGS` in a 100×30 pane from sh, which prints the exit status and the tty modes afterwards.
    func startReader(_ arguments: [String] = [], width: Int = 100, height: Int = 30,
                     environment: [String: String] = [:]) throws -> TmuxSession {
        // Variables go through env(1): tmux sets TERM in the pane itself, over any -e.
        let variables = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        let command = ((variables.isEmpty ? [] : ["env"] + variables) + [Executable.verbatim] + arguments)
            .map(Executable.quoted).joined(separator: " ")
        // The shell ignores Ctrl-C itself so that it survives to report the reader's exit.
        let script = "trap '' INT; \(command); echo EXIT=$?; stty -a | tr ' ' '\\n' | grep -x -e '-*icanon' -e '-*echo'; sleep 600"
        return try TmuxSession(width: width, height: height, command: "sh -c \(Executable.quoted(script))")
    }

    @Test func showsSampleScrollsRewrapsOnResizeAndQuitsCleanly() throws {
        let tmux = try startReader()
        defer { tmux.stop() }
        try tmux.waitFor("the first lines of the sample") { $0.contains("Le président de la Russie") && $0.contains("téléphoniques") }
        #expect(try tmux.format("#{alternate_on}") == "1")

        try tmux.send("G")
        let bottom = try tmux.waitFor("the end of the article") { $0.contains("collègue") }
        #expect(!bottom.contains("téléphoniques"))
        try tmux.send("g")
        try tmux.waitFor("the top again") { $0.contains("téléphoniques") }
        try tmux.send("Space")
        try tmux.waitFor("a page down") { !$0.contains("line 1/") }
        try tmux.send("g")
        try tmux.send("j")
        // Keys and a resize race in the pty: let the keys land before resizing.
        try tmux.waitFor("one line down from the top") { $0.contains("line 2/") }

        try tmux.resize(width: 40, height: 12)
        let narrow = try tmux.waitFor("the rewrapped first paragraph") { $0.contains("dirigeants") }
        let rows = narrow.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(rows.allSatisfy { $0.count <= 40 }, "a row is wider than the 40-column window")
        #expect(rows.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.count >= 8,
                "the narrow window should be filled with rewrapped text")

        try tmux.send("q")
        let after = try tmux.waitFor("the exit status") { $0.contains("EXIT=") }
        #expect(after.contains("EXIT=0"))
        #expect(try tmux.format("#{alternate_on}") == "0")
        try tmux.waitFor("restored tty modes") { $0.contains("icanon") }
        let modes = try tmux.capture()
        #expect(modes.contains("\nicanon") && modes.contains("\necho"), "the terminal was left in raw mode")
    }

    @Test func aTerminalThatCannotMoveTheCursorGetsThePlainArticle() throws {
        let tmux = try startReader(["--width", "60"], environment: ["TERM": "dumb"])
        defer { tmux.stop() }
        let screen = try tmux.waitFor("the printed article") { $0.contains("EXIT=") }
        #expect(screen.contains("EXIT=0"))
        #expect(screen.contains("Lavrov"))
        // The note was printed first and has scrolled into the pane's history.
        let history = try tmux.tmux(["capture-pane", "-p", "-S", "-200"])
        #expect(history.contains("printing the article instead"))
        #expect(try tmux.format("#{alternate_on}") == "0")
    }

    @Test func ctrlCExits130AndRestoresTheTerminal() throws {
        let tmux = try startReader()
        defer { tmux.stop() }
        try tmux.waitFor("the sample") { $0.contains("téléphoniques") }
        try tmux.send("C-c")
        let after = try tmux.waitFor("the exit status") { $0.contains("EXIT=") && $0.contains("icanon") }
        #expect(after.contains("EXIT=130"))
        #expect(try tmux.format("#{alternate_on}") == "0")
        #expect(after.contains("\nicanon") && after.contains("\necho"), "the terminal was left in raw mode")
    }

    /// Every signal that ends the process, caught (exit 128 + N after endwin) or fatal (the
    /// crash guard restores the tty, then the default action), leaves the shell's terminal:
    /// main screen, no mouse reporting, a visible cursor, canonical mode with echo.
    @Test(arguments: [SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGPIPE,
                      SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT])
    func signalRestoresTheTerminal(signal: Int32) throws {
        let marker = ScratchFolder.url("e2e", suffix: ".txt")
        try "Un article de test.\n\nIl a déclaré que tout va bien.\n".write(to: marker, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: marker) }
        let tmux = try startReader([marker.path])
        defer { tmux.stop() }
        try tmux.waitFor("the article") { $0.contains("tout va bien") }
        #expect(try tmux.format("#{alternate_on}") == "1")

        let pids = try TmuxSession.run(["pgrep", "-f", "--", "verbatim \(marker.path)"]).output
            .split(separator: "\n").compactMap { Int32($0) }
        try #require(!pids.isEmpty, "cannot find the reader's process")
        for pid in pids { kill(pid, signal) }

        let after = try tmux.waitFor("the exit status") { $0.contains("EXIT=") && $0.contains("icanon") }
        #expect(after.contains("EXIT=\(128 + signal)"))
        #expect(try tmux.format("#{alternate_on}") == "0")
        #expect(try tmux.format("#{mouse_any_flag}") == "0", "mouse reporting left on")
        #expect(try tmux.format("#{cursor_flag}") == "1", "cursor left hidden")
        #expect(after.contains("\nicanon") && after.contains("\necho"), "the terminal was left in raw mode")
        #expect(!after.contains("Program crashed"), "a crash report was printed for a signal someone sent")
    }

    /// A stop the reader did not ask for (kill -STOP, as a debugger or a job-control script
    /// does) followed by CONT: the reader repaints and still answers keys.
    @Test func stopAndContinueRepaintsAndKeepsWorking() throws {
        let marker = ScratchFolder.url("e2e", suffix: ".txt")
        let body = (1...80).map { "Ligne numéro \($0) du texte d'essai." }.joined(separator: "\n\n")
        try "Titre\n\n\(body)\n".write(to: marker, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: marker) }
        let tmux = try startReader([marker.path])
        defer { tmux.stop() }
        try tmux.waitFor("the article") { $0.contains("Ligne numéro 3 ") }
        let pids = try TmuxSession.run(["pgrep", "-f", "--", "verbatim \(marker.path)"]).output
            .split(separator: "\n").compactMap { Int32($0) }
        try #require(!pids.isEmpty, "cannot find the reader's process")
        for pid in pids { kill(pid, SIGSTOP) }
        try tmux.tmux(["send-keys", "-l", "garbage typed while stopped"])
        Thread.sleep(forTimeInterval: 0.3)
        for pid in pids { kill(pid, SIGCONT) }
        try tmux.send("G")
        try tmux.waitFor("the end after continuing") { $0.contains("Ligne numéro 80 ") }
        #expect(try tmux.format("#{alternate_on}") == "1")
        try tmux.send("q")
        let after = try tmux.waitFor("the exit status") { $0.contains("EXIT=") && $0.contains("icanon") }
        #expect(after.contains("EXIT=0"))
    }
}

/// Job control: Ctrl-Z gives the shell back with the terminal restored, `fg` redraws the reader.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed: end-to-end terminal tests skipped"))
struct SuspendEndToEndTests {
    @Test func ctrlZSuspendsAndFgRedraws() throws {
        let tmux = try TmuxSession(width: 90, height: 24, command: "bash --norc --noprofile -i")
        defer { tmux.stop() }
        try tmux.waitFor("the shell prompt") { $0.contains("$") || $0.contains("#") }
        try tmux.send("PS1='PROMPT> '; clear", "Enter")
        try tmux.send(Executable.quoted(Executable.verbatim), "Enter")
        try tmux.waitFor("the article") { $0.contains("téléphoniques") }
        #expect(try tmux.format("#{alternate_on}") == "1")

        try tmux.send("C-z")
        try tmux.waitFor("the shell after suspend") { $0.contains("Stopped") }
        #expect(try tmux.format("#{alternate_on}") == "0")

        try tmux.send("fg", "Enter")
        try tmux.waitFor("the reader redrawn") { $0.contains("téléphoniques") && !$0.contains("Stopped") }
        #expect(try tmux.format("#{alternate_on}") == "1")
        try tmux.send("q")
        try tmux.waitFor("the prompt after quitting") { $0.contains("PROMPT>") }
        #expect(try tmux.format("#{alternate_on}") == "0")
    }
}
