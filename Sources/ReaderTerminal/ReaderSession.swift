import ArticleKit
import Foundation
import ReaderCore

/// Runs the interactive reader: terminal events and analysis results in, reducer, render, draw.
public enum ReaderSession {
    public struct Options {
        public var theme: Theme
        public var noColor: Bool
        public var mouse: Bool
        public var forceColor: Bool
        /// Themes `t` cycles through, by name or path, and the folder of user themes.
        public var themeNames: [String]
        /// How the starting theme was named (a name or a path), so `t` can come back to it.
        public var themeName: String?
        public var userThemes: URL?
        /// Said in the status bar at start (a config mistake the reader recovered from).
        public var startMessage: String?
        public var keymap: Keymap = .standard
        /// Start-up settings applied to the state before the first paint.
        public var config = UserConfig()
        /// Saved reading positions by document index, and where to hand them back on exit.
        public var positions: [Int: Int]
        public var savePositions: (([Int]) -> Void)?
        /// Where each completed analysis is kept (the archive); nil keeps nothing.
        public var recorder: AnalysisRecorder?
        /// What the archive view (A) reads; nil: the view says there is no archive.
        public var archiveBrowser: ArchiveBrowser?

        public init(theme: Theme, noColor: Bool, mouse: Bool, forceColor: Bool = false, themeName: String? = nil, themeNames: [String] = [],
                    userThemes: URL? = nil, startMessage: String? = nil,
                    positions: [Int: Int] = [:], savePositions: (([Int]) -> Void)? = nil) {
            self.theme = theme
            self.noColor = noColor
            self.mouse = mouse
            self.forceColor = forceColor
            self.themeNames = themeNames
            self.themeName = themeName
            self.userThemes = userThemes
            self.startMessage = startMessage
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
        let terminal = try CursesTerminal(theme: options.theme, noColor: options.noColor, forceColor: options.forceColor,
                                          mouse: options.mouse)
        defer { terminal.close() }
        let size = terminal.size
        var state = ReaderState(documents: documents, width: size.width, height: size.height)
        state.keymap = options.keymap
        let config = options.config
        Reader.applyPreferences(&state, showActors: config.actors, showStatements: config.statements,
                                // With none at start, e shows every kind.
                                showEntities: !config.entities.isEmpty,
                                entityKinds: config.entities.isEmpty ? Set(EntityType.allCases) : config.entities,
                                showQuotes: config.quotes, measure: config.measure,
                                panelWidths: .init(actors: config.actorsWidth, statements: config.statementsWidth))
        Reader.setThemes(&state, names: options.themeNames, current: options.themeName ?? options.theme.name)
        var appliedTheme = state.themeIndex
        let effects = EffectRunner()
        // A config mistake stays on the message line until the first key, over "analysis ready".
        var startNotice = options.startMessage
        if let message = startNotice { Reader.reduce(&state, .notify(message)) }
        state.restore(offsets: options.positions)
        // More than one article (several files, a folder, a feed): the library comes first.
        state.openLibrary()
        // Every way out (q, end of input, a signal) hands the positions back.
        defer { options.savePositions?(state.readingOffsets) }
        terminal.draw(Reader.render(state))
        // After the first paint: loading the models would otherwise compete with it for the CPU.
        let worker = AnalysisWorker(recorder: options.recorder)
        // On every way out, what was handed to the recorder is written before the process ends.
        defer { options.recorder?.finish() }
        worker.start(documents.enumerated().filter { $0.element.analysis == nil }.map { ($0.offset, $0.element.article) })
        // Documents the archive view opens join the session: each is analysed like the others.
        var known = documents.count

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
            // While a search is being counted, keys are only polled for between counting steps.
            let wait = terminal.wait(milliseconds: state.hasPendingWork ? 0 : 100)
            if wait == .hangup { return 0 }
            guard let events = terminal.readAvailable(expectingInput: wait == .input) else { return 0 }
            var changed = false
            for action in worker.drain() {
                Reader.reduce(&state, action)
                if let notice = startNotice { Reader.reduce(&state, .notify(notice)) }
                changed = true
            }
            for answer in options.archiveBrowser?.takeAnswers() ?? [] {
                Reader.reduce(&state, .archive(answer))
                changed = true
            }
            if state.documents.count > known {
                worker.start((known..<state.documents.count).map { ($0, state.documents[$0].article) })
                known = state.documents.count
            }
            if let problem = options.recorder?.takeProblem() {
                Reader.reduce(&state, .notify(problem))
                changed = true
            }
            for event in events {
                switch event {
                case .resize:
                    let size = terminal.size
                    Reader.reduce(&state, .resize(width: size.width, height: size.height))
                case .key(let key):
                    startNotice = nil
                    guard let action = state.keymap.action(for: key, in: state) else { continue }
                    Reader.reduce(&state, action)
                }
                changed = true
                if state.shouldQuit { return 0 }
            }
            if let signal = SignalWatcher.pending { return 128 + signal }
            if events.isEmpty && state.hasPendingWork {
                Reader.reduce(&state, .continueSearch)
                changed = true
            }
            for effect in Reader.takeEffects(&state) {
                Reader.reduce(&state, .notify(effects.run(effect, copy: terminal.copyToClipboard)))
            }
            for request in Reader.takeArchiveRequests(&state) {
                if let browser = options.archiveBrowser {
                    browser.load(request)
                } else {
                    Reader.reduce(&state, .archive(.unavailable("no archive in this session (--no-archive)")))
                    changed = true
                }
            }
            if state.themeIndex != appliedTheme {
                appliedTheme = state.themeIndex
                do {
                    terminal.setTheme(try ThemeLoader.load(state.themeNames[appliedTheme], userThemes: options.userThemes))
                } catch {
                    Reader.reduce(&state, .notify("\(error)"))
                }
            }
            if changed { terminal.draw(Reader.render(state)) }
        }
    }
}
