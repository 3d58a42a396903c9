import ArticleKit
import Foundation
import Testing
@testable import ArchiveKit
#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// `verbatim archive add`, `who`, `said` and `export` as a user runs them: killed mid-import,
/// run twice, given hostile text, a missing or damaged archive.
@Suite struct ArchiveCommandTests {
    /// SIGKILL while `archive add` writes: what was committed is whole, nothing is half there,
    /// and a second run completes the archive.
    @Test func aKilledImportLeavesEveryArchivedArticleWhole() throws {
        let total = 1500
        let folder = try VerbatimProcess.articleFolder(count: total)
        let path = ArchiveFixtures.temporaryFolder().appendingPathComponent("archive.sqlite").path
        let process = try VerbatimProcess.start(["archive", "add", folder.path, "--archive", path, "--jobs", "2"], in: folder)
        // Kill it once it has committed some articles but (the folder is large) long before the end.
        var archived = 0
        var watcher: Archive?
        for _ in 0..<3000 where process.isRunning {
            // Opened once its schema is there; then only read, which WAL lets run beside the writer.
            if watcher == nil, FileManager.default.fileExists(atPath: path) { watcher = try? Archive(path: path, create: false) }
            if let counted = try? watcher?.counts().articles {
                archived = counted
                // (A few are enough: on a loaded machine the watcher may see the count late.)
                if archived >= 5 { break }
            }
            usleep(10_000)
        }
        let childErrors = String(decoding: FileManager.default.contents(atPath: folder.appendingPathComponent("stderr").path) ?? Data(),
                                 as: UTF8.self)
        #expect(process.isRunning, "the import ended before it could be killed (\(archived) articles seen): \(childErrors)")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)

        let archive = try Archive(path: path, create: false)
        #expect(try archive.check() == [])
        let afterKill = try archive.counts()
        #expect(afterKill.articles >= archived)
        #expect(afterKill.articles < total)
        // Every article of this folder has one statement at least; each archived one has them all.
        var perArticle: [String: Int] = [:]
        try archive.exportStatements { perArticle[$0.article, default: 0] += 1 }
        #expect(perArticle.count == afterKill.articles)

        let again = try VerbatimProcess.run(["archive", "add", folder.path, "--archive", path])
        #expect(again.status == 0, "\(again.error)")
        let rest = total - afterKill.articles
        #expect(String(decoding: again.output, as: UTF8.self).contains("\(rest) article\(rest == 1 ? "" : "s") added"))
        #expect(try archive.counts().articles == total)
        #expect(try archive.check() == [])
    }

    @Test func addIsIdempotentAndWhoAndSaidAnswerAsJSONLines() throws {
        let folder = try VerbatimProcess.articleFolder(count: 8)
        let path = ArchiveFixtures.temporaryFolder().appendingPathComponent("a.sqlite").path
        let first = try VerbatimProcess.run(["archive", "add", folder.path, "--archive", path])
        #expect(first.status == 0)
        #expect(String(decoding: first.output, as: UTF8.self).hasPrefix("8 articles added, 0 replaced, 0 unchanged"))
        #expect(first.error.isEmpty, "no progress line when stderr is not a terminal")
        let second = try VerbatimProcess.run(["archive", "add", folder.path, "--archive", path])
        #expect(String(decoding: second.output, as: UTF8.self).hasPrefix("0 articles added, 0 replaced, 8 unchanged"))

        let who = try VerbatimProcess.run(["who", "dupont", "--archive", path])
        #expect(who.status == 0)
        let rows = try String(decoding: who.output, as: UTF8.self).split(separator: "\n")
            .map { try JSONDecoder().decode(ArchivedStatement.self, from: Data($0.utf8)) }
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { $0.speaker == "Anne Dupont" })
        #expect(Set(rows.map(\.article)).count == 2, "articles 0 and 4 quote Anne Dupont")

        let said = try VerbatimProcess.run(["said", "réforme", "4", "--archive", path, "--format", "jsonl"])
        let found = try String(decoding: said.output, as: UTF8.self).split(separator: "\n")
            .map { try JSONDecoder().decode(ArchivedStatement.self, from: Data($0.utf8)) }
        #expect(found.map(\.text) == ["La réforme 4 sera présentée mardi au conseil"])

        let csv = try VerbatimProcess.run(["archive", "export", "--format", "csv", "--archive", path])
        let lines = String(decoding: csv.output, as: UTF8.self).split(separator: "\r\n")
        #expect(lines.first == "article,title,source,published,language,speaker,speaker_mention,kind,cue,text,start,end,confidence")
        #expect(lines.count - 1 == (try Archive(path: path, create: false).counts().statements))
    }

    @Test func hostileTextInTheArchiveIsHarmlessInATable() throws {
        let folder = ArchiveFixtures.temporaryFolder()
        let text = "Titre\n\n« Ouvrez \u{1B}]0;pris\u{07} la fenêtre \u{1B}[2J et \u{9B}31m ceci \u{202E}tnemucod », a déclaré Anne Dupont.\n"
        try Data(text.utf8).write(to: folder.appendingPathComponent("hostile.txt"))
        let path = folder.appendingPathComponent("a.sqlite").path
        #expect(try VerbatimProcess.run(["archive", "add", folder.appendingPathComponent("hostile.txt").path, "--archive", path]).status == 0)
        for command in [["who", "Dupont"], ["said", "fenêtre"]] {
            let result = try VerbatimProcess.run(command + ["--archive", path, "--format", "table"])
            let output = String(decoding: result.output, as: UTF8.self)
            #expect(output.contains("Ouvrez"))
            #expect(output.contains("␛]0;pris"))
            #expect(!output.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x9B || $0.value == 0x202E })
        }
        // JSON Lines stay exact: the escape is there, escaped as JSON.
        let json = try VerbatimProcess.run(["who", "Dupont", "--archive", path, "--format", "jsonl"])
        #expect(String(decoding: json.output, as: UTF8.self).contains("\\u001b]0;pris"))
    }

    @Test func aMissingOrDamagedArchiveHasItsOwnExitCode() throws {
        let folder = ArchiveFixtures.temporaryFolder()
        let missing = try VerbatimProcess.run(["who", "Dupont", "--archive", folder.appendingPathComponent("none.sqlite").path])
        #expect(missing.status == 66)
        #expect(missing.error.contains("no archive here yet"))
        let damaged = folder.appendingPathComponent("damaged.sqlite")
        try Data(repeating: 0x5A, count: 4096).write(to: damaged)
        for command in [["said", "x"], ["archive", "export"], ["archive", "add", damaged.path]] {
            let result = try VerbatimProcess.run(command + ["--archive", damaged.path])
            #expect(result.status == 65, "\(command)")
            #expect(result.error.contains("not a Verbatim archive or damaged"))
        }
    }
}
