import Foundation
import TestSupport
import Testing

/// A speaker found with low confidence is shown as a guess in the real reader: "?" after its name
/// in the statements panel and "(?)" in the status bar, while a plainly named speaker is not.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed: end-to-end terminal tests skipped"))
struct UncertainSpeakerEndToEndTests {
    /// Anne Roux is named by the cue of the first quote; the second's "ils" has nobody to stand
    /// for (no group is named before it); the third's "dit-on" is nobody at all.
    static let article = """
        Les quais de Saint-Aubin rouvrent après trois semaines de grève

        Les dockers du port de Saint-Aubin ont repris le travail lundi matin, après trois semaines d'un conflit qui avait bloqué la plupart des navires de commerce.

        « Nous avons obtenu l'essentiel de ce que nous demandions », a déclaré Anne Roux, secrétaire du syndicat des dockers.

        Les premiers cargos sont attendus dans la semaine. La chambre de commerce prévoit un retour à la normale avant la fin du mois, mais plusieurs transporteurs ont déjà choisi d'autres ports.

        Le trafic de conteneurs avait baissé de moitié pendant la grève, et les entrepôts de la zone industrielle restaient pleins.

        « Rien n'est encore réglé pour les saisonniers », ont-ils ajouté.

        « Les grues ne tourneront pas avant jeudi », dit-on sur les quais.

        """

    /// Rows of the statements panel: the text right of the last panel border.
    func statementRows(_ screen: String) -> [String] {
        screen.split(separator: "\n").compactMap { line -> String? in
            guard let border = line.lastIndex(of: "│") else { return nil }
            let cell = String(line[line.index(after: border)...])
            return cell.contains(" — ") ? cell : nil
        }
    }

    /// The fixture in a fresh folder, removed by the caller.
    func fixture() throws -> (folder: URL, file: URL) {
        let folder = ScratchFolder.url("uncertain")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("quais.txt")
        try Data(Self.article.utf8).write(to: file)
        return (folder, file)
    }

    @Test func theStatementsPanelMarksTheGuessedSpeakerWithAQuestionMark() throws {
        let (folder, file) = try fixture()
        defer { try? FileManager.default.removeItem(at: folder) }

        let command = [Executable.verbatim, "--no-archive", file.path].map(Executable.quoted).joined(separator: " ")
        let tmux = try TmuxSession(width: 130, height: 30, command: "sh -c \(Executable.quoted("\(command); echo EXIT=$?; sleep 600"))")
        defer { tmux.stop() }
        let screen = try tmux.waitFor("the analysed article") { $0.contains("3 quotes") }
        let rows = statementRows(screen)
        #expect(rows.count == 3, "statements panel rows: \(rows)")

        let named = try #require(rows.first { $0.contains("Nous avons obtenu") }, "\(rows)")
        #expect(named.contains("Anne Roux — "))
        #expect(!named.contains("?"), "a plainly named speaker is not a guess: \(named)")

        let guessed = try #require(rows.first { $0.contains("Rien n") }, "\(rows)")
        #expect(guessed.contains("ils? — "), "the guessed speaker should carry a ?: \(guessed)")

        let nobody = try #require(rows.first { $0.contains("Les grues") }, "\(rows)")
        #expect(nobody.contains("unattributed — "))
        #expect(!nobody.contains("?"), "no speaker is not a guessed speaker: \(nobody)")

        try tmux.send("n")
        try tmux.waitFor("the first quote") { $0.contains("quote 1/3 — Anne Roux ") }
        try tmux.send("n")
        try tmux.waitFor("the guessed quote in the status bar") { $0.contains("quote 2/3 — ils (?)") }
        try tmux.send("q")
        try tmux.waitFor("the exit") { $0.contains("EXIT=0") }
    }

    /// `parse --format text` marks the same statement, and only it.
    @Test func theTextReportMarksTheGuessedSpeakerToo() throws {
        let (folder, file) = try fixture()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try TmuxSession.run([Executable.verbatim, "parse", "--format", "text", file.path])
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n").filter { $0.hasPrefix("  - [") }
        #expect(lines.count == 3, "statements: \(lines)")
        #expect(lines.filter { $0.contains("speaker (?)") }.map { $0.contains("Rien n") } == [true], "\(lines)")
    }
}
