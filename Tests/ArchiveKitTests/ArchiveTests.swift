import ArticleKit
import Foundation
import Synchronization
import GRDB
import Testing
@testable import ArchiveKit

/// The archive as values: its schema, idempotent import, replacement by a newer model, and what
/// `who`, `said` and `export` answer.
@Suite struct ArchiveTests {
    typealias Said = ArchiveFixtures.Said

    @Test func aFreshArchiveHasTheWholeSchema() throws {
        let archive = try ArchiveFixtures.freshArchive()
        let tables = try DatabaseQueue(path: archive.path).read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger') ORDER BY name")
        }
        for table in ["articles", "actors", "actor_keys", "actor_words", "mentions", "statements",
                      "statements_fts", "articles_fts", "statements_ai", "statements_ad", "grdb_migrations"] {
            #expect(tables.contains(table), "\(table) missing")
        }
        let mode = try DatabaseQueue(path: archive.path).read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
        #expect(try archive.counts() == (0, 0, 0))
        #expect(try archive.check().isEmpty)
    }

    @Test func anArchiveReopensWithItsRowsAndMigrationsDone() throws {
        let path: String
        do {
            let archive = try ArchiveFixtures.freshArchive()
            let (article, analysis) = ArchiveFixtures.article("One", published: "2026-01-02T00:00:00Z",
                                                              [Said(speaker: "Anne Dupont", words: "Nous irons à Genève")])
            try archive.add(article, analysis)
            path = archive.path
        }
        let reopened = try Archive(path: path, create: false)
        #expect(try reopened.counts().statements == 1)
        let applied = try DatabaseQueue(path: path).read { db in try ArchiveSchema.migrator.appliedMigrations(db) }
        #expect(applied == ["v1"])
    }

    /// An import and a query opening a new archive at the same moment: whichever creates the
    /// tables, the other opens the archive instead of failing on "table already exists".
    @Test func commandsOpeningANewArchiveAtOnceAllSucceed() throws {
        for _ in 0..<20 {
            let path = ArchiveFixtures.temporaryFolder().appendingPathComponent("race.sqlite").path
            // The file is there (as the importer makes it) before the schema is.
            _ = try DatabaseQueue(path: path)
            let failures = Mutex<[String]>([])
            DispatchQueue.concurrentPerform(iterations: 4) { _ in
                do { _ = try Archive(path: path, create: true) } catch { failures.withLock { $0.append("\(error)") } }
            }
            #expect(failures.withLock { $0 }.isEmpty)
            let applied = try DatabaseQueue(path: path).read { db in try ArchiveSchema.migrator.appliedMigrations(db) }
            #expect(applied == ["v1"])
        }
    }

    @Test func missingDamagedForeignAndNewerArchivesAreRefused() throws {
        let folder = ArchiveFixtures.temporaryFolder()
        let missing = folder.appendingPathComponent("none.sqlite").path
        #expect(throws: ArchiveError.missing(missing)) { try Archive(path: missing, create: false) }

        let garbage = folder.appendingPathComponent("garbage.sqlite")
        try Data(repeating: 0x41, count: 8192).write(to: garbage)
        #expect {
            try Archive(path: garbage.path, create: false)
        } throws: { error in
            if case .notAnArchive = error as? ArchiveError { return true }
            return false
        }

        let foreign = folder.appendingPathComponent("foreign.sqlite").path
        try DatabaseQueue(path: foreign).write { db in try db.execute(sql: "CREATE TABLE notes (body TEXT)") }
        #expect {
            try Archive(path: foreign, create: false)
        } throws: { error in
            if case .notAnArchive = error as? ArchiveError { return true }
            return false
        }

        let newer = try ArchiveFixtures.freshArchive().path
        try DatabaseQueue(path: newer).write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')")
        }
        #expect(throws: ArchiveError.newerSchema(newer)) { try Archive(path: newer, create: false) }
    }

    @Test func addingTheSameTextTwiceChangesNothing() throws {
        let archive = try ArchiveFixtures.freshArchive()
        let (article, analysis) = ArchiveFixtures.article("One", published: nil, [
            Said(speaker: "Anne Dupont", words: "Le budget sera voté"),
            Said(speaker: "Pierre Martin", words: "Nous ne voterons pas"),
        ])
        #expect(try archive.needsAnalysis(text: article.text))
        #expect(try archive.add(article, analysis) == .added)
        #expect(try !archive.needsAnalysis(text: article.text))
        // Another file name, the same text: the same article.
        var renamed = article
        renamed.id = "renamed"
        #expect(try archive.add(renamed, analysis) == .skipped)
        #expect(try archive.counts() == (1, 2, 2))
        #expect(try archive.search("budget").count == 1)
    }

    @Test func aNewerModelReplacesTheArticlesRows() throws {
        let archive = try ArchiveFixtures.freshArchive()
        let (article, old) = ArchiveFixtures.article("One", published: nil, [
            Said(speaker: "Anne Dupont", words: "Le budget sera voté"),
        ])
        try archive.add(article, old, modelVersion: 1)
        // The newer model attributes the same words to someone else and finds nothing more.
        var new = old
        new.actors = [Actor(name: "Paul Durand", type: .person, mentions: old.actors[0].mentions, quotes: [0])]
        new.quotes[0].speaker = "Paul Durand"
        new.quotes[0].text = "Le budget sera revoté"
        #expect(try archive.add(article, new, modelVersion: 1) == .skipped)
        #expect(try archive.add(article, new, modelVersion: 2) == .replaced)
        #expect(try archive.counts() == (1, 1, 1))
        #expect(try archive.statements(by: "Anne Dupont").isEmpty)
        #expect(try archive.statements(by: "Durand").map(\.text) == ["Le budget sera revoté"])
        // The full-text index forgot the old words and knows the new ones.
        #expect(try archive.search("revoté").count == 1)
        #expect(try archive.search("voté").isEmpty)
        // An older model never overwrites a newer one.
        #expect(try archive.add(article, old, modelVersion: 1) == .skipped)
        #expect(try archive.check().isEmpty)
    }

    @Test func whoMergesAnActorAcrossArticlesByNameAndAlias() throws {
        let archive = try ArchiveFixtures.freshArchive()
        let articles = [
            ArchiveFixtures.article("Later", published: "2026-03-10T09:00:00Z", [
                Said(speaker: "Lavrov", words: "Nous sommes prêts à Genève"),
            ]),
            ArchiveFixtures.article("Earlier", published: "2026-03-01T09:00:00Z", [
                Said(speaker: "Sergueï Lavrov", aliases: ["Lavrov", "Il", "le ministre"], words: "La réunion aura lieu"),
                Said(speaker: "Anne Dupont", words: "Paris soutient la réunion"),
            ]),
            ArchiveFixtures.article("Undated", published: nil, [
                Said(speaker: "Pierre Dupont", words: "Je ne commente pas"),
                Said(speaker: "Il", words: "Un pronom sans nom"),
            ]),
        ]
        for (article, analysis) in articles { try archive.add(article, analysis) }

        let lavrov = try archive.statements(by: "Lavrov")
        #expect(lavrov.map(\.text) == ["La réunion aura lieu", "Nous sommes prêts à Genève"])
        #expect(lavrov.map(\.speaker) == ["Sergueï Lavrov", "Sergueï Lavrov"])
        #expect(lavrov.map(\.title) == ["Earlier", "Later"])
        // Case, diacritics and initials as ArticleKit's rules allow.
        #expect(try archive.statements(by: "serguei LAVROV").count == 2)
        #expect(try archive.statements(by: "S. Lavrov").count == 2)
        #expect(try archive.statements(by: "Sergueï Lavrov", exact: true).count == 2)
        #expect(try archive.statements(by: "Lavrov", exact: true).isEmpty)
        // A shared surname is two people; the surname alone finds both, the full name one.
        #expect(try archive.statements(by: "Dupont").map(\.speaker) == ["Anne Dupont", "Pierre Dupont"])
        #expect(try archive.statements(by: "Pierre Dupont").map(\.text) == ["Je ne commente pas"])
        // A pronoun alias never made "Il" part of Lavrov.
        #expect(try archive.statements(by: "Il").map(\.text) == ["Un pronom sans nom"])
        #expect(try archive.statements(by: "Nobody").isEmpty)
        // A speaker no actor stands for (a place) is found by its whole name.
        let (article, analysis) = ArchiveFixtures.article("Place", published: "2026-03-05T00:00:00Z",
                                                          [Said(speaker: "Washington", words: "Aucun retrait constaté")])
        var unresolved = analysis
        unresolved.actors = []
        unresolved.quotes[0].actor = nil
        try archive.add(article, unresolved)
        #expect(try archive.statements(by: "washington").map(\.text) == ["Aucun retrait constaté"])
        #expect(try archive.statements(by: "Washington", exact: true).map(\.speaker) == ["Washington"])
        #expect(try archive.statements(by: "Wash").isEmpty)
        #expect(try archive.statements(by: "  ").isEmpty)

        // For the reader's actors panel: the other articles quoting each actor of one article.
        let earlier = ContentHash.of(articles[1].0.text)
        #expect(try archive.otherArticles(quoting: ["Sergueï Lavrov", "Anne Dupont", "Nobody"], excluding: earlier) == [1, 0, 0])

        let actors = try archive.actors()
        #expect(actors.first?.name == "Sergueï Lavrov")
        #expect(actors.first?.statementCount == 2)
        #expect(actors.first?.articleCount == 2)
    }

    @Test func whoFindsARussianNameInAnotherCase() throws {
        let archive = try ArchiveFixtures.freshArchive()
        try [
            ArchiveFixtures.article("А", published: "2026-01-01", [Said(speaker: "Сергей Лавров", words: "Мы готовы")]),
            ArchiveFixtures.article("Б", published: "2026-01-02", [Said(speaker: "Лаврова", words: "Переговоры продолжатся")]),
        ].forEach { try archive.add($0.0, $0.1) }
        #expect(try archive.statements(by: "Лавров").map(\.text) == ["Мы готовы", "Переговоры продолжатся"])
        #expect(try archive.statements(by: "Сергея Лаврова").count == 2)
    }

    @Test func saidSearchesStatementsByTheirWords() throws {
        let archive = try ArchiveFixtures.freshArchive()
        let (article, analysis) = ArchiveFixtures.article("One", published: "2026-02-01", [
            Said(speaker: "Anne Dupont", words: "Les négociations de Genève reprendront lundi"),
            Said(speaker: "Paul Durand", words: "Genève n'est pas une option"),
            Said(speaker: "Paul Durand", words: "Nous attendons"),
        ])
        try archive.add(article, analysis)
        #expect(try archive.search("geneve").map(\.speaker) == ["Anne Dupont", "Paul Durand"])
        #expect(try archive.search("Genève lundi").map(\.speaker) == ["Anne Dupont"])
        #expect(try archive.search("\"pas une option\"").map(\.speaker) == ["Paul Durand"])
        #expect(try archive.search("négo*").count == 1)
        // What would be FTS5 syntax is only words here.
        #expect(try archive.search("AND OR NOT \" - : (").isEmpty)
        #expect(try archive.search("attendons").first?.kind == "direct")
    }

    @Test func exportGivesEveryStatementWithItsArticle() throws {
        let archive = try ArchiveFixtures.freshArchive()
        for (article, analysis) in [
            ArchiveFixtures.article("One", published: "2026-02-01", [Said(speaker: "A B", words: "un"), Said(speaker: "C D", words: "deux")]),
            ArchiveFixtures.article("Two", published: nil, [Said(speaker: "A B", words: "trois")]),
        ] { try archive.add(article, analysis) }
        var rows: [ArchivedStatement] = []
        try archive.exportStatements { rows.append($0) }
        #expect(rows.map(\.text) == ["un", "deux", "trois"])
        #expect(rows.map(\.title) == ["One", "One", "Two"])
        #expect(rows[0].source == "Test Wire")
        #expect(rows[0].article == ContentHash.of("« un », a dit A B.\n\n« deux », a dit C D.\n\n"))
        // The article itself, as the reader's archive view opens it.
        let article = try #require(try archive.article(hash: rows[2].article))
        #expect(article.title == "Two")
        #expect(article.text == "« trois », a dit A B.\n\n")
        #expect(article.format == .text)
        #expect(try archive.article(hash: "nothing") == nil)
    }

    /// The whole analysis on a text written for this test, archived and asked.
    @Test func anAnalysedArticleIsAnsweredByWhoAndSaid() throws {
        let text = """
            La ministre de la Culture Anne Dupont a déclaré que le musée rouvrirait en mai.

            « Nous avons tenu nos promesses », a affirmé Anne Dupont devant la presse.
            """
        let article = Article(id: "musee", title: "Le musée rouvre", text: text)
        let analysis = ArticleAnalyzer().analyze(article)
        let archive = try ArchiveFixtures.freshArchive()
        try archive.add(article, analysis)
        let statements = try archive.statements(by: "Dupont")
        #expect(statements.count == analysis.quotes.filter { $0.speaker == "Anne Dupont" }.count)
        #expect(statements.contains { $0.text == "Nous avons tenu nos promesses" })
        #expect(try archive.search("promesses").first?.speaker == "Anne Dupont")
    }
}
