import Foundation
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// A private tmux server running one program in a fixed-size window, driven as a user would:
/// send-keys in, capture-pane out. Each session has its own server socket, so tests never
/// touch a user's tmux and can run side by side.
final class TmuxSession {
    let server: String
    /// The pane's working folder, removed with the session.
    let folder: URL
    /// $XDG_DATA_HOME of the program: where it keeps its archive.
    let dataHome: URL
    private(set) var isRunning = false

    static var isAvailable: Bool { (try? run(["tmux", "-V"]).status) == 0 }

    init(width: Int, height: Int, command: String, environment: [String: String] = [:]) throws {
        server = "verbatim-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
        // The pane starts in a folder of its own: what the program writes beside it (w exports
        // the statements to the current folder) never lands in the repository.
        folder = ScratchFolder.root.appendingPathComponent("\(server)-cwd")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var arguments = ["new-session", "-d", "-x", "\(width)", "-y", "\(height)", "-c", folder.path]
        // Reading positions go to a fresh folder: a test never starts where an earlier one left
        // off, nor writes into the user's own state.
        let state = ScratchFolder.url("state").path
        // COLORTERM empty unless a test asks for 24-bit colour: the runner's own must not leak in.
        // The archive too: articles read in a test are archived there, never in the user's.
        dataHome = ScratchFolder.url("data")
        let defaults = ["LANG": "C.UTF-8", "XDG_STATE_HOME": state, "XDG_DATA_HOME": dataHome.path, "COLORTERM": ""]
        for (key, value) in (defaults.merging(environment) { $1 }).sorted(by: { $0.key < $1.key }) {
            arguments += ["-e", "\(key)=\(value)"]
        }
        arguments.append(command)
        try tmux(arguments)
        isRunning = true
        // Keep a finished program's pane readable, and size the window by hand, not by clients.
        try tmux(["set-option", "-g", "remain-on-exit", "on"])
        try tmux(["set-option", "-g", "window-size", "manual"])
    }

    deinit { stop() }

    func stop() {
        guard isRunning else { return }
        isRunning = false
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(at: folder)
    }

    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        let result = try Self.run(["tmux", "-L", server, "-f", "/dev/null"] + arguments)
        guard result.status == 0 else {
            throw TmuxError(message: "tmux \(arguments.first ?? "") failed: \(result.error)")
        }
        return result.output
    }

    /// The pane's text; with `escapes`, colours and attributes as SGR sequences.
    func capture(escapes: Bool = false) throws -> String {
        try tmux(["capture-pane", "-p"] + (escapes ? ["-e"] : []))
    }

    func lines() throws -> [String] {
        try capture().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    func send(_ keys: String...) throws {
        try tmux(["send-keys"] + keys)
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-x", "\(width)", "-y", "\(height)"])
    }

    func format(_ format: String) throws -> String {
        try tmux(["display-message", "-p", format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Polls every 0.1 s until `condition` holds on a capture that two captures in a row agree on.
    @discardableResult
    func waitFor(timeout: TimeInterval = 15, escapes: Bool = false,
                 _ what: String, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            let screen = try capture(escapes: escapes)
            if screen == last, condition(screen) { return screen }
            last = screen
            Thread.sleep(forTimeInterval: 0.1)
        }
        throw TmuxError(message: "timed out waiting for \(what); the screen was:\n\(last)")
    }

    struct TmuxError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    /// Runs a command and collects its output through files, not pipes: a tmux server started by
    /// `new-session` inherits the command's descriptors and would hold a pipe open forever.
    /// posix_spawn and waitpid rather than Foundation's Process, which was seen not to reap the
    /// tmux client here.
    static func run(_ arguments: [String], input: Data? = nil) throws -> (status: Int32, output: String, error: String) {
        let folder = ScratchFolder.url("run")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outPath = folder.appendingPathComponent("out").path, errPath = folder.appendingPathComponent("err").path
        let inPath = input == nil ? "/dev/null" : folder.appendingPathComponent("in").path
        // A failed write shows up as the command reading no input, which the test then reports.
        if let input { _ = FileManager.default.createFile(atPath: inPath, contents: input) }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, inPath, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv = (["/usr/bin/env"] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        // Default signal dispositions and an empty mask: the test runner may ignore SIGHUP, and a
        // pane's shell that inherits the ignored SIGHUP outlives kill-server, and its server with it.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t(), empty = sigset_t()
        sigemptyset(&defaults)
        sigemptyset(&empty)
        for signal in [SIGHUP, SIGINT, SIGQUIT, SIGPIPE, SIGTERM, SIGCHLD, SIGUSR1, SIGUSR2, SIGALRM] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/usr/bin/env", &actions, &attributes, argv, environ)
        guard spawned == 0 else { throw TmuxError(message: "cannot start \(arguments.first ?? ""): error \(spawned)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return (exitStatus,
                String(decoding: FileManager.default.contents(atPath: outPath) ?? Data(), as: UTF8.self),
                String(decoding: FileManager.default.contents(atPath: errPath) ?? Data(), as: UTF8.self))
    }
}
