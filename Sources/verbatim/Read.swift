import ArgumentParser
import ArticleKit
import Foundation
import ReaderCore
import ReaderTerminal
#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// Opens articles in the terminal reader, or prints them when stdout is not a terminal.
struct Read: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read articles in the terminal (the default subcommand).")

    @Argument(help: "Article files or folders; - reads standard input. None: the bundled samples.")
    var articles: [String] = []

    @Option(help: "Theme: a bundled name (default, light, high-contrast, mono), one of yours, or a path to a .toml file.")
    var theme: String?

    @Flag(help: "No colours: highlights by bold, underline and reverse only (also when NO_COLOR is set).")
    var noColor = false

    @Flag(help: "Colours even when NO_COLOR is set.")
    var color = false

    @Flag(help: "Leave the mouse to the terminal (text selection) instead of the reader.")
    var noMouse = false

    @Option(help: "Line width for plain output when stdout is not a terminal (default: $COLUMNS or 80).")
    var width: Int?

    @Flag(help: "Neither restore nor save reading positions ($XDG_STATE_HOME/verbatim/).")
    var noState = false

    @Flag(help: "Do not add the articles read to the archive (see `verbatim archive`).")
    var noArchive = false

    @OptionGroup var archiveOption: ArchiveOption

    @OptionGroup var limit: SizeLimit

    @OptionGroup var encodingOption: EncodingOption

    func run() throws {
        let loaded: [Article]
        do { loaded = try ArticleSources.load(articles, importer: ArticleImporter(byteLimit: limit.bytes, encoding: encodingOption.encoding)) } catch let error as ImportError {
            throw ExitStatus.fail(error)
        }
        // The theme is checked first, so a mistake in it shows whether or not stdout is a terminal.
        let paths = ConfigPaths()
        var (config, problem) = UserConfigLoader.load(paths.configFile)
        if let problem { ExitStatus.report("\(problem); starting with the defaults") }
        // The status bar is one line: the file's name there, its path on stderr.
        var notice = problem.map { "\($0.shortDescription) — defaults in use" }
        let themeName = theme ?? config.theme
        let chosenTheme: Theme
        do { chosenTheme = try ThemeLoader.load(themeName, userThemes: paths.themesDirectory) } catch {
            // Asked for on the command line: a mistake the user must see. From the config: named, not fatal.
            guard theme == nil else { throw ExitStatus.fail("\(error)", code: ExitStatus.config) }
            ExitStatus.report("\(error); using the default theme")
            notice = notice ?? "\(error) — default theme in use"
            config.theme = "default"
            chosenTheme = (try? ThemeLoader.load("default")) ?? Theme(name: "default", roles: [:])
        }
        if isatty(STDOUT_FILENO) == 0 {
            try printPlain(loaded)
            return
        }
        let status: Int32
        do {
            var store = noState ? nil : ReadingPositionStore()
            let keys = loaded.map { ReadingPositionStore.key(for: $0.text) }
            let saved = store?.load() ?? [:]
            if let warning = store?.warning { ExitStatus.report(warning) }
            var positions: [Int: Int] = [:]
            for (index, key) in keys.enumerated() { positions[index] = saved[key] }
            status = try ReaderSession.run(loaded.map { Document(article: $0) },
                                           options: options(theme: chosenTheme, name: theme ?? config.theme, config: config,
                                                            paths: paths, notice: notice, positions: positions,
                                                            savePositions: { offsets in
                guard store != nil else { return }
                store?.save(Dictionary(zip(keys, offsets)) { $1 })
            }))
            if let warning = store?.warning { ExitStatus.report(warning) }
        } catch let error as CursesTerminal.OpenError {
            // A terminal curses cannot drive (TERM=dumb, an editor's shell) still gets the article.
            ExitStatus.report("\(error); printing the article instead")
            try printPlain(loaded)
            return
        } catch {
            throw ExitStatus.fail("\(error)", code: ExitStatus.software)
        }
        if status != 0 { throw ExitCode(status) }
    }

    private func options(theme chosen: Theme, name: String, config: UserConfig, paths: ConfigPaths,
                         notice: String?, positions: [Int: Int],
                         savePositions: @escaping ([Int]) -> Void) -> ReaderSession.Options {
        var options = ReaderSession.Options(theme: chosen, noColor: noColor, mouse: !noMouse && config.mouse,
                                            forceColor: color, themeName: name,
                                            themeNames: ThemeLoader.bundledNames + paths.userThemeNames(),
                                            userThemes: paths.themesDirectory, startMessage: notice,
                                            positions: positions, savePositions: savePositions)
        // The loader has already checked the remapping; a config with a mistake came back as the defaults.
        options.keymap = (try? config.keymap()) ?? .standard
        options.config = config
        if !noArchive {
            let archiver = ReaderArchiver(path: archiveOption.resolved)
            options.recorder = archiver
            options.archiveBrowser = archiver
        }
        return options
    }

    private func printPlain(_ articles: [Article]) throws {
        let columns = width ?? ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init) ?? 80
        var output = StandardOutput()
        for (index, article) in articles.enumerated() {
            if index > 0 { output.write("\n") }
            PlainTextFormatter.write(article, width: max(10, columns), to: &output)
        }
        try output.finish()
    }
}
