import Foundation
import TestSupport
import Testing

/// The archive from the reader and on a terminal: an article read is archived when its analysis
/// completes (unless --no-archive), a failure shows in the status bar, the A view lists the
/// archive, and `who`/`said` print a table in a real terminal with hostile text made visible.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed: end-to-end terminal tests skipped"))
struct ArchiveEndToEndTests {
    static let article = """
        Le musée rouvre

        « Nous avons tenu nos promesses \u{1B}]0;pris\u{07} », a déclaré Anne Dupont devant la presse.

        Anne Dupont a ajouté que le musée rouvrirait en mai.
        """

    func fixture() throws -> URL {
        let folder = ScratchFolder.url("archive-e2e")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent("musee.txt")
        try Data(Self.article.utf8).write(to: url)
        return url
    }

    func startReader(_ arguments: [String]) throws -> TmuxSession {
        let command = ([Executable.verbatim] + arguments).map(Executable.quoted).joined(separator: " ")
        return try TmuxSession(width: 120, height: 30, command: "sh -c \(Executable.quoted("\(command); echo EXIT=$?; sleep 600"))")
    }

    func archivePath(_ tmux: TmuxSession) -> String {
        tmux.dataHome.appendingPathComponent("verbatim/archive.sqlite").path
    }

    @Test func anArticleReadIsArchivedWhenItsAnalysisCompletes() throws {
        let url = try fixture()
        let tmux = try startReader([url.path])
        defer { tmux.stop() }
        try tmux.waitFor("the analysis") { $0.contains("analysis ready") }
        try tmux.send("q")
        try tmux.waitFor("the exit") { $0.contains("EXIT=0") }
        let who = try TmuxSession.run([Executable.verbatim, "who", "Dupont", "--archive", archivePath(tmux), "--format", "jsonl"])
        #expect(who.status == 0, "\(who.error)")
        #expect(who.output.contains("Nous avons tenu nos promesses"))
        #expect(who.output.contains("\"speaker\":\"Anne Dupont\""))
    }

    @Test func noArchiveKeepsNothing() throws {
        let url = try fixture()
        let tmux = try startReader([url.path, "--no-archive"])
        defer { tmux.stop() }
        try tmux.waitFor("the analysis") { $0.contains("analysis ready") }
        try tmux.send("q")
        try tmux.waitFor("the exit") { $0.contains("EXIT=0") }
        #expect(!FileManager.default.fileExists(atPath: archivePath(tmux)))
    }

    @Test func anArchiveThatCannotBeWrittenIsSaidInTheStatusBar() throws {
        let url = try fixture()
        let damaged = url.deletingLastPathComponent().appendingPathComponent("damaged.sqlite")
        try Data(repeating: 0x5A, count: 4096).write(to: damaged)
        let tmux = try startReader([url.path, "--archive", damaged.path])
        defer { tmux.stop() }
        try tmux.waitFor("the failure in the status bar") { $0.contains("not archived") }
        // The reader still answers keys.
        try tmux.send("q")
        try tmux.waitFor("the exit") { $0.contains("EXIT=0") }
    }

    @Test func theArchiveViewListsActorsTheirStatementsAndOpensTheQuote() throws {
        let url = try fixture()
        let archive = url.deletingLastPathComponent().appendingPathComponent("a.sqlite").path
        #expect(try TmuxSession.run([Executable.verbatim, "archive", "add", url.path, "--archive", archive]).status == 0)
        let tmux = try startReader([url.path, "--archive", archive])
        defer { tmux.stop() }
        try tmux.waitFor("the analysis") { $0.contains("analysis ready") }
        try tmux.send("A")
        let actors = try tmux.waitFor("the actors") { $0.contains("Archive: 1 actor,") }
        #expect(actors.contains("Anne Dupont"))
        try tmux.send("Enter")
        let statements = try tmux.waitFor("the statements") { $0.contains("Archive: Anne Dupont") }
        #expect(statements.contains("Nous avons tenu nos promesses ␛]0;pris"), "hostile text shown as pictures")
        try tmux.send("Enter")
        try tmux.waitFor("the quote in the article") { $0.contains("quote 1/") && $0.contains("Anne Dupont") && !$0.contains("Archive:") }
        try tmux.send("q")
        try tmux.waitFor("the exit") { $0.contains("EXIT=0") }
    }

    /// A statement of an article not open in the session: Enter opens it from the archive, and
    /// once analysed the statement is the current quote.
    @Test func theArchiveViewOpensAnArticleThatIsNotOpen() throws {
        let url = try fixture()
        let archive = url.deletingLastPathComponent().appendingPathComponent("a.sqlite").path
        #expect(try TmuxSession.run([Executable.verbatim, "archive", "add", url.path, "--archive", archive]).status == 0)
        let other = url.deletingLastPathComponent().appendingPathComponent("other.txt")
        try Data("Une autre page\n\nRien à signaler ici.\n".utf8).write(to: other)
        let tmux = try startReader([other.path, "--archive", archive])
        defer { tmux.stop() }
        try tmux.waitFor("the analysis") { $0.contains("analysis ready") }
        try tmux.send("A")
        try tmux.waitFor("the actors") { $0.contains("Archive: 1 actor,") }
        try tmux.send("Enter")
        try tmux.waitFor("the statements") { $0.contains("Archive: Anne Dupont") }
        try tmux.send("Enter")
        let opened = try tmux.waitFor("the archived article at its quote") { $0.contains("quote 1/") && $0.contains("Le musée rouvre") }
        #expect(opened.contains("Nous avons tenu nos promesses"))
        try tmux.send("q")
        try tmux.waitFor("the library, now with two articles") { $0.contains("Library: 2 articles") }
        try tmux.send("q")
        try tmux.waitFor("the exit") { $0.contains("EXIT=0") }
    }

    /// The actors panel says how many other archived articles quote each actor.
    @Test func theActorsPanelCountsOtherArticlesQuotingAnActor() throws {
        let url = try fixture()
        let archive = url.deletingLastPathComponent().appendingPathComponent("a.sqlite").path
        #expect(try TmuxSession.run([Executable.verbatim, "archive", "add", url.path, "--archive", archive]).status == 0)
        let second = url.deletingLastPathComponent().appendingPathComponent("second.txt")
        try Data("Le budget\n\n« Le budget sera tenu », a déclaré Anne Dupont mardi.\n".utf8).write(to: second)
        let tmux = try startReader([second.path, "--archive", archive])
        defer { tmux.stop() }
        // The name whole: in the 24-column panel the kind label gives way to it.
        try tmux.waitFor("the count from the archive") { $0.contains("Anne Dupont 1q 1m 1a") }
        try tmux.send("q")
        try tmux.waitFor("the exit") { $0.contains("EXIT=0") }
    }

    @Test func whoAndSaidPrintATableWithHostileTextMadeVisible() throws {
        let url = try fixture()
        let archive = url.deletingLastPathComponent().appendingPathComponent("a.sqlite").path
        #expect(try TmuxSession.run([Executable.verbatim, "archive", "add", url.path, "--archive", archive]).status == 0)
        for command in [["who", "anne", "dupont"], ["said", "promesses"]] {
            let line = ([Executable.verbatim] + command + ["--archive", archive]).map(Executable.quoted).joined(separator: " ")
            let tmux = try TmuxSession(width: 100, height: 20, command: "sh -c \(Executable.quoted("\(line); echo EXIT=$?; sleep 600"))")
            defer { tmux.stop() }
            let screen = try tmux.waitFor("the table") { $0.contains("EXIT=0") }
            #expect(screen.contains("speaker"))
            #expect(screen.contains("Anne Dupont"))
            #expect(screen.contains("␛]0;pris"), "the escape sequence is shown, not obeyed")
            #expect(screen.contains("Le musée rouvre"))
        }
    }
}
