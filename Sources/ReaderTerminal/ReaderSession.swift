import ArticleKit
import ReaderCore

/// Runs the interactive reader: terminal events and analysis results in, reducer, render, draw.
public enum ReaderSession {
    public struct Options {
        public var theme: Theme
        public var noColor: Bool
        public var mouse: Bool
        /// Saved reading positions by document index, and where to hand them back on exit.
        public var positions: [Int: Int]
        public var savePositions: (([Int]) -> Void)?

        public init(theme: Theme, noColor: Bool, mouse: Bool,
                    positions: [Int: Int] = [:], savePositions: (([Int]) -> Void)? = nil) {
            self.theme = theme
            self.noColor = noColor
            self.mouse = mouse
            self.positions = positions
            self.savePositions = savePositions
        }
    }

    /// Runs until the user quits, input ends or a signal arrives; returns the exit status
    /// (0, or 128 + the signal). The terminal is restored on every way out.
    public static func run(_ documents: [Document], options: Options) throws -> Int32 {
        SignalWatcher.install()
        // Before curses changes the tty modes, so a crash puts back the shell's, not curses' raw ones.
        CrashGuard.install()
        defer { CrashGuard.uninstall() }
        let terminal = try CursesTerminal(theme: options.theme, noColor: options.noColor, mouse: options.mouse)
        defer { terminal.close() }
        let size = terminal.size
        var state = ReaderState(documents: documents, width: size.width, height: size.height)
        state.restore(offsets: options.positions)
        // More than one article (several files, a folder, a feed): the library comes first.
        state.openLibrary()
        // Every way out (q, end of input, a signal) hands the positions back.
        defer { options.savePositions?(state.readingOffsets) }
        terminal.draw(Reader.render(state))
        // After the first paint: loading the models would otherwise compete with it for the CPU.
        let worker = AnalysisWorker()
        worker.start(documents.enumerated().filter { $0.element.analysis == nil }.map { ($0.offset, $0.element.article) })

        while true {
            if let signal = SignalWatcher.pending { return 128 + signal }
            if SignalWatcher.takeSuspendRequest() {
                terminal.suspend()
                _ = SignalWatcher.takeContinued()
                let size = terminal.size
                Reader.reduce(&state, .resize(width: size.width, height: size.height))
                terminal.draw(Reader.render(state))
            }
            if SignalWatcher.takeContinued() {
                terminal.resume()
                terminal.draw(Reader.render(state))
            }
            let wait = terminal.wait(milliseconds: 100)
            if wait == .hangup { return 0 }
            guard let events = terminal.readAvailable(expectingInput: wait == .input) else { return 0 }
            var changed = false
            for action in worker.drain() {
                Reader.reduce(&state, action)
                changed = true
            }
            for event in events {
                switch event {
                case .resize:
                    let size = terminal.size
                    Reader.reduce(&state, .resize(width: size.width, height: size.height))
                case .key(let key):
                    guard let action = Keymap.standard.action(for: key, in: state) else { continue }
                    Reader.reduce(&state, action)
                }
                changed = true
                if state.shouldQuit { return 0 }
            }
            if let signal = SignalWatcher.pending { return 128 + signal }
            if changed { terminal.draw(Reader.render(state)) }
        }
    }
}
