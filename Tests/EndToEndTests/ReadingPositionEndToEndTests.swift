import Foundation
import TestSupport
import Testing

/// Reading positions in a real terminal: scroll, quit, start again, and find the same place.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed: end-to-end terminal tests skipped"))
struct ReadingPositionEndToEndTests {
    func startReader(_ arguments: [String], state: URL) throws -> TmuxSession {
        let command = (["env", "XDG_STATE_HOME=\(state.path)", Executable.verbatim] + arguments)
            .map(Executable.quoted).joined(separator: " ")
        let script = "\(command); echo EXIT=$?; sleep 600"
        return try TmuxSession(width: 100, height: 30, command: "sh -c \(Executable.quoted(script))")
    }

    func folder() throws -> URL {
        let folder = ScratchFolder.url("positions")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    static let story = (1...120).map { "Paragraph number \($0) tells a part of the story." }.joined(separator: "\n\n") + "\n"

    @Test func aRenamedFileOpensWhereTheReaderLeftIt() throws {
        let base = try folder()
        let state = base.appendingPathComponent("state")
        let article = base.appendingPathComponent("story.md")
        try Data(Self.story.utf8).write(to: article)
        var tmux = try startReader([article.path], state: state)
        try tmux.waitFor("the first paragraph") { $0.contains("Paragraph number 1 ") }
        try tmux.send("Space")
        try tmux.send("Space")
        let scrolled = try tmux.waitFor("two pages down") { !$0.contains("Paragraph number 1 ") && $0.contains("Paragraph number 2") }
        // The article pane's first paragraph line (the panels beside it change as analysis arrives).
        func firstParagraph(_ screen: String) -> String? {
            screen.split(separator: "\n").first { $0.contains("Paragraph number") }
                .map { String($0.split(separator: "│", maxSplits: 1)[0]) }
        }
        let firstLine = try #require(firstParagraph(scrolled))
        try tmux.send("q")
        try tmux.waitFor("the exit") { $0.contains("EXIT=0") }
        tmux.stop()
        #expect(FileManager.default.fileExists(atPath: state.appendingPathComponent("verbatim/positions.json").path))

        let renamed = base.appendingPathComponent("renamed.md")
        try FileManager.default.moveItem(at: article, to: renamed)
        tmux = try startReader([renamed.path], state: state)
        defer { tmux.stop() }
        let restored = try tmux.waitFor("the same place") { $0.contains("Paragraph number 2") }
        #expect(firstParagraph(restored) == firstLine)
        try tmux.send("q")
        try tmux.waitFor("the exit") { $0.contains("EXIT=0") }

        let none = try startReader([renamed.path, "--no-state"], state: state)
        defer { none.stop() }
        try none.waitFor("the top, state ignored") { $0.contains("Paragraph number 1 ") }
        try none.send("q")
    }

    @Test func aCorruptStateFileIsSetAsideWithAMessage() throws {
        let base = try folder()
        let state = base.appendingPathComponent("state")
        let directory = state.appendingPathComponent("verbatim")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try Data("{ not json".utf8).write(to: directory.appendingPathComponent("positions.json"))
        let article = base.appendingPathComponent("story.txt")
        try Data(Self.story.utf8).write(to: article)
        let tmux = try startReader([article.path], state: state)
        defer { tmux.stop() }
        try tmux.waitFor("the article") { $0.contains("Paragraph number 1 ") }
        try tmux.send("j")
        try tmux.send("q")
        let after = try tmux.waitFor("the exit") { $0.contains("EXIT=0") }
        #expect(after.contains("set aside"))
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        #expect(names.contains { $0.hasPrefix("positions.corrupt-") })
        let saved = try String(contentsOf: directory.appendingPathComponent("positions.json"), encoding: .utf8)
        #expect(saved.contains("\"positions\""))
    }
}

/// The library in a real terminal: a folder opens as a list, `/` filters, Enter opens, `q`
/// goes back, and the next start finds the article where it was left.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed: end-to-end terminal tests skipped"))
struct LibraryEndToEndTests {
    @Test func aFolderOpensAsALibraryAndRemembersThePlace() throws {
        let helper = ReadingPositionEndToEndTests()
        let base = try helper.folder()
        let state = base.appendingPathComponent("state")
        let library = base.appendingPathComponent("news")
        try FileManager.default.createDirectory(at: library, withIntermediateDirectories: true)
        try Data("Harbour news\n\nThe harbour reopened on Monday.\n".utf8).write(to: library.appendingPathComponent("a.txt"))
        try Data(("# Long report\n\n" + ReadingPositionEndToEndTests.story).utf8).write(to: library.appendingPathComponent("b.md"))
        try Data("<html><body><article><h1>Page title</h1><p>A saved page.</p></article></body></html>".utf8)
            .write(to: library.appendingPathComponent("c.html"))

        var tmux = try helper.startReader([library.path], state: state)
        try tmux.waitFor("the library") { $0.contains("Library: 3 articles") && $0.contains("Page title") }
        try tmux.send("/")
        try tmux.send("-l", "long")
        try tmux.waitFor("the filtered list") { $0.contains("1 of 3 articles") && !$0.contains("Harbour news") }
        try tmux.send("Enter")
        try tmux.send("Enter")
        try tmux.waitFor("the article") { $0.contains("Paragraph number 1 ") }
        try tmux.send("Space")
        try tmux.send("Space")
        try tmux.waitFor("two pages down") { !$0.contains("Paragraph number 1 ") && $0.contains("Paragraph number 3") }
        try tmux.send("q")
        try tmux.waitFor("back in the library, selection kept") { $0.contains("▸ Long report") }
        try tmux.send("q")
        try tmux.waitFor("the exit") { $0.contains("EXIT=0") }
        tmux.stop()

        tmux = try helper.startReader([library.path], state: state)
        defer { tmux.stop() }
        try tmux.waitFor("the library again") { $0.contains("Library: 3 articles") }
        try tmux.send("j")
        try tmux.send("Enter")
        try tmux.waitFor("the article where it was left") { $0.contains("Paragraph number 3") && !$0.contains("Paragraph number 1 ") }
        try tmux.send("q")
        try tmux.send("q")
        try tmux.waitFor("the exit") { $0.contains("EXIT=0") }
    }
}
