import Foundation
import TestSupport
import Testing

/// Search in a real terminal on an article of several megabytes: the first match shows at once,
/// the count of all matches completes between keys, n/N step and wrap, case and accents folded.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed: end-to-end terminal tests skipped"))
struct SearchEndToEndTests {
    /// 4,000 paragraphs of about 1 KB; every tenth names the State, spelled three ways.
    static let article: String = {
        let filler = String(repeating: "Les discussions ont porté sur la sécurité régionale et le commerce. ", count: 15)
        let spellings = ["l'État", "l'ETAT", "l'etat"]
        return (0..<4_000).map { i in
            "Paragraphe \(i). " + (i % 10 == 0 ? "Selon \(spellings[(i / 10) % 3]), " : "") + filler
        }.joined(separator: "\n\n")
    }()

    func startReader(_ file: URL) throws -> TmuxSession {
        let script = "\(Executable.quoted(Executable.verbatim)) --no-state \(Executable.quoted(file.path)); echo EXIT=$?; sleep 600"
        return try TmuxSession(width: 100, height: 30, command: "sh -c \(Executable.quoted(script))")
    }

    /// The status bar's search part: "/État 3/400 matches".
    func status(_ screen: String) -> String? {
        screen.split(separator: "\n").first { $0.contains(" match") }.map(String.init)
    }

    @Test func searchCountsStepsAndWrapsOnALongArticle() throws {
        #expect(Self.article.utf8.count > 4_000_000)
        let file = ScratchFolder.url("search", suffix: ".txt")
        try Data(Self.article.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let tmux = try startReader(file)
        defer { tmux.stop() }
        try tmux.waitFor("the text") { $0.contains("Paragraphe 0.") }
        // From the end: no match after the reading position, so the search wraps to the first.
        try tmux.send("End")
        try tmux.waitFor("the end") { $0.contains("Paragraphe 3999.") }
        try tmux.send("/")
        try tmux.send("-l", "ÉTAT")
        try tmux.send("Enter")
        var screen = try tmux.waitFor("the count of all matches") { status($0)?.contains("/ÉTAT 1/400 matches") == true }
        #expect(screen.contains("search wrapped to the top"))
        #expect(screen.contains("Paragraphe 0. Selon l'État"))
        try tmux.send("n")
        screen = try tmux.waitFor("the second match") { status($0)?.contains("2/400 matches") == true }
        #expect(screen.contains("Selon l'ETAT"))
        try tmux.send("N")
        try tmux.send("N")
        screen = try tmux.waitFor("the wrap to the last match") { status($0)?.contains("400/400 matches") == true }
        #expect(screen.contains("search wrapped to the bottom"))
        #expect(screen.contains("Paragraphe 3990. Selon l'État"))
        try tmux.send("Escape")
        try tmux.waitFor("the search cleared") { $0.contains("search cleared") && status($0) == nil }
        try tmux.send("q")
        try tmux.waitFor("the exit") { $0.contains("EXIT=0") }
    }
}
