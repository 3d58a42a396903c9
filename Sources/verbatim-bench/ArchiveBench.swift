import ArchiveKit
import ArticleKit
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `--archive [N]`: builds an archive of N articles (default 10,000) varied from the corpus at run
/// time (never written anywhere but a temporary folder), with `verbatim archive add` as a user
/// runs it, then times `who` and `said` in process and as processes, and the archive's size.
enum ArchiveBench {
    static func run(texts: [String], count: Int) {
        let verbatim = EndToEndBench.siblingExecutable("verbatim")
        guard FileManager.default.isExecutableFile(atPath: verbatim) else {
            print("archive: no verbatim next to verbatim-bench (build it: swift build -c release --product verbatim)")
            return
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-archive-bench-\(getpid())")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let feeds = folder.appendingPathComponent("feeds")
        let path = folder.appendingPathComponent("archive.sqlite").path
        let textBytes = writeFeeds(texts: texts, count: count, to: feeds)

        let start = now()
        let add = EndToEndBench.spawn([verbatim, "archive", "add", feeds.path, "--archive", path])
        let seconds = now() - start
        guard let archive = try? Archive(path: path, create: false), let counts = try? archive.counts() else {
            print("archive: the import failed")
            return
        }
        let size = fileSize(path) + fileSize(path + "-wal")
        print("archive of \(counts.articles) articles (\(String(format: "%.1f", Double(textBytes) / 1e6)) MB of text), "
              + "\(counts.statements) statements, \(counts.actors) actors; \(ProcessInfo.processInfo.activeProcessorCount) cores")
        row("import (verbatim archive add, analysis + writes)",
            String(format: "%.1f s", seconds),
            String(format: "%.0f articles/s, %.2f MB/s, peak RSS %.0f MB", Double(counts.articles) / seconds,
                   Double(textBytes) / 1e6 / seconds, Double(add.peakKB) / 1024))
        row("archive size", String(format: "%.1f MB", Double(size) / 1e6),
            String(format: "%.1f KB per article (its text: %.1f KB)", Double(size) / 1e3 / Double(counts.articles),
                   Double(textBytes) / 1e3 / Double(counts.articles)))

        // The most quoted actor, a generated person by surname, a Russian name in another case.
        let top = (try? archive.actors(limit: 1))?.first?.name ?? "Obama"
        let queries: [(String, () throws -> Int)] = [
            ("who \(top) (most quoted)", { try archive.statements(by: top).count }),
            ("who \(top) --exact", { try archive.statements(by: top, exact: true).count }),
            ("who Marchetti (surname)", { try archive.statements(by: "Marchetti").count }),
            ("who Волковой (another case)", { try archive.statements(by: "Волковой").count }),
            ("who Nobody Here", { try archive.statements(by: "Nobody Here").count }),
            ("said président (common)", { try archive.search("président").count }),
            ("said dossier 4711", { try archive.search("dossier 4711").count }),
            ("said \"la réforme\" (phrase)", { try archive.search("\"la réforme\"").count }),
            ("said négoc* (prefix)", { try archive.search("négoc*").count }),
        ]
        print("in process (Archive API), median and worst of 20 after one warm-up:")
        for (name, query) in queries {
            var rows = 0
            var times: [Double] = []
            for round in 0...20 {
                let t = now()
                rows = (try? query()) ?? -1
                if round > 0 { times.append((now() - t) * 1000) }
            }
            times.sort()
            row("  " + name, String(format: "%.2f ms", times[times.count / 2]), String(format: "worst %.2f ms, %d statements", times.last!, rows))
        }
        print("as a process (verbatim … --format jsonl > /dev/null, start to exit), best of 5:")
        for arguments in [["who", top], ["said", "président"], ["said", "dossier", "4711"]] {
            let run = (0..<5).map { _ in
                let t = now()
                _ = EndToEndBench.spawn([verbatim] + arguments + ["--archive", path, "--format", "jsonl"])
                return now() - t
            }.min()!
            row("  verbatim " + arguments.joined(separator: " "), String(format: "%.1f ms", run * 1000))
        }
    }

    static func row(_ name: String, _ value: String, _ note: String = "") {
        print(name.padding(toLength: 50, withPad: " ", startingAt: 0) + value.padding(toLength: 12, withPad: " ", startingAt: 0) + note)
    }

    static func fileSize(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }

    /// `count` articles in JSON Feeds of 100 items: each one a corpus text with its paragraphs
    /// rotated and one left out, and a statement of its own by one of a few hundred generated
    /// people, dated over two years. Returns the bytes of text written.
    static func writeFeeds(texts: [String], count: Int, to folder: URL) -> Int {
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let latin = (firsts: ["Anne", "Paul", "Claire", "Louis", "Marta", "Jonas", "Inès", "Tomas", "Julia", "Hugo"],
                     lasts: ["Marchetti", "Durand", "Okafor", "Lindqvist", "Moreau", "Kowalski", "Ferreira", "Nakamura",
                             "Dubois", "Schneider", "Haddad", "Petit", "O'Brien", "García", "Novak"])
        let cyrillic = (firsts: ["Анна", "Павел", "Ирина", "Олег", "Мария"],
                        lasts: ["Волкова", "Соколова", "Морозова", "Лебедева", "Козлова"])
        let subjects = ["la réforme des retraites", "le budget", "les négociations de Genève", "l'accord climatique", "la crise"]
        var bytes = 0
        var items: [[String: String]] = []
        var feedIndex = 0
        func flush() {
            guard !items.isEmpty else { return }
            let feed: [String: Any] = ["version": "https://jsonfeed.org/version/1.1", "title": "Bench Wire \(feedIndex)", "items": items]
            if let data = try? JSONSerialization.data(withJSONObject: feed) {
                _ = FileManager.default.createFile(atPath: folder.appendingPathComponent(String(format: "feed-%04d.json", feedIndex)).path,
                                                   contents: data)
            }
            feedIndex += 1
            items = []
        }
        for k in 0..<count {
            let base = texts[k % texts.count]
            var paragraphs = base.components(separatedBy: "\n\n").filter { !$0.isEmpty }
            let title = paragraphs.first ?? "Article"
            var body = Array(paragraphs.dropFirst())
            if body.count > 2 {
                let shift = (k / texts.count) % body.count
                body = Array(body[shift...] + body[..<shift])
                body.remove(at: (k / 7) % body.count)
            }
            let russian = base.unicodeScalars.filter { (0x400...0x4FF).contains($0.value) }.count > base.unicodeScalars.count / 4
            let person: String
            let statement: String
            if russian {
                person = cyrillic.firsts[k % 5] + " " + cyrillic.lasts[(k / 5) % 5]
                statement = "«Заявление \(k) по делу \(k % 97) будет опубликовано», — заявила \(person)."
            } else {
                person = latin.firsts[k % 10] + " " + latin.lasts[(k / 10) % 15]
                statement = "« Le dossier \(k) sur \(subjects[k % subjects.count]) avance », a déclaré \(person) jeudi."
            }
            body.insert(statement, at: min(1, body.count))
            paragraphs = body
            let text = paragraphs.joined(separator: "\n\n")
            bytes += text.utf8.count + title.utf8.count
            let day = k % 730
            let date = String(format: "%04d-%02d-%02dT%02d:00:00Z", 2025 + day / 365, (day % 365) / 31 % 12 + 1, day % 28 + 1, k % 24)
            items.append(["id": "\(k)", "title": "\(title) (\(k))", "content_text": text, "date_published": date])
            if items.count == 100 { flush() }
        }
        flush()
        return bytes
    }
}
