import ArticleKit
import Foundation
import GRDB

/// The archive of every statement Verbatim has found: one SQLite file in WAL mode, written by one
/// writer at a time (GRDB's `DatabasePool` serialises writes and lets reads run beside them).
/// Each article goes in with one transaction, so a crash leaves it all there or not at all.
public final class Archive: Sendable {
    public let path: String
    private let pool: DatabasePool

    /// Opens the archive at `path`; with `create`, makes it (and its folder) when missing,
    /// otherwise a missing file is `ArchiveError.missing`. Brings an older schema up to date.
    public init(path: String, create: Bool) throws {
        self.path = path
        let exists = FileManager.default.fileExists(atPath: path)
        if !exists {
            guard create else { throw ArchiveError.missing(path) }
            let folder = (path as NSString).deletingLastPathComponent
            if !folder.isEmpty {
                do {
                    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                } catch {
                    throw ArchiveError.unusable(path, reason: "cannot create the folder \(folder)")
                }
            }
        }
        var configuration = Configuration()
        // The reader and a bulk import may write at once: wait for the other's transaction.
        configuration.busyMode = .timeout(10)
        // In WAL mode NORMAL still commits each transaction whole; only a power loss (not a
        // crash of the process) may roll back the last few, and a commit need not wait for fsync.
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL") }
        do {
            pool = try Self.openPool(path, configuration)
            let migrator = ArchiveSchema.migrator
            let (superseded, foreign, current) = try pool.read { db in
                // Tables but no migration record: some other program's database.
                let tables = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'") ?? 0
                let tracked = try db.tableExists("grdb_migrations")
                return (try migrator.hasBeenSuperseded(db), tables > 0 && !tracked,
                        try tracked && migrator.hasCompletedMigrations(db))
            }
            if foreign { throw ArchiveError.notAnArchive(path, reason: "an SQLite database of another program") }
            if superseded { throw ArchiveError.newerSchema(path) }
            // Only when there is something to do: migrating takes the write lock, which a query
            // must not wait for while the reader or an import is writing.
            if !current { try Self.migrate(pool, with: migrator) }
        } catch let error as DatabaseError {
            throw Self.archiveError(error, path: path)
        }
    }

    /// The pool on `path`. Turning a new file to WAL takes a lock that SQLite's busy wait does
    /// not cover, so a command opening a new archive beside another is given a few tries.
    private static func openPool(_ path: String, _ configuration: Configuration) throws -> DatabasePool {
        for attempt in 1...migrationAttempts {
            do {
                return try DatabasePool(path: path, configuration: configuration)
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED {
                if attempt == migrationAttempts { throw error }
                usleep(50_000)
            }
        }
        throw ArchiveError.unusable(path, reason: "database is locked")
    }

    /// Brings the schema up to date. Two commands may open a new archive at once (an import and
    /// a query): the other may create a table between this one's check and its write, so a
    /// failed migration is tried again, and is no failure once the schema is current.
    private static func migrate(_ pool: DatabasePool, with migrator: DatabaseMigrator) throws {
        for attempt in 1...migrationAttempts {
            do {
                try migrator.migrate(pool)
                return
            } catch let error as DatabaseError {
                let current = try pool.read { db in try db.tableExists("grdb_migrations") && migrator.hasCompletedMigrations(db) }
                if current { return }
                if attempt == migrationAttempts { throw error }
                usleep(50_000)
            }
        }
    }

    /// Tries at opening a new archive or migrating it while another command does the same.
    static let migrationAttempts = 5

    /// The error a database failure is for the user: damage, or a file that cannot be used.
    static func archiveError(_ error: DatabaseError, path: String) -> ArchiveError {
        switch error.resultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT, .SQLITE_FORMAT:
            return .notAnArchive(path, reason: error.message ?? "\(error.resultCode)")
        default:
            return .unusable(path, reason: error.message ?? "\(error.resultCode)")
        }
    }

    private func reading<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try pool.read(body) } catch let error as DatabaseError {
            throw Self.archiveError(error, path: path)
        }
    }

    // MARK: Filling

    /// Whether an article with this text must be analysed: absent, or analysed by an older model.
    public func needsAnalysis(text: String, modelVersion: Int = ArticleAnalyzer.modelVersion) throws -> Bool {
        let hash = ContentHash.of(text)
        return try reading { db in
            let version = try Int.fetchOne(db, sql: "SELECT model_version FROM articles WHERE content_hash = ?", arguments: [hash])
            return version.map { $0 < modelVersion } ?? true
        }
    }

    /// Archives one analysed article in one transaction: a new text is added; a text already
    /// there from an older model version has its rows replaced; otherwise nothing changes.
    @discardableResult
    public func add(_ article: Article, _ analysis: Analysis, modelVersion: Int = ArticleAnalyzer.modelVersion,
                    analysedAt: Date = Date()) throws -> AddOutcome {
        let hash = ContentHash.of(article.text)
        let stamp = analysedAt.formatted(.iso8601)
        do {
            return try pool.write { db in
                var outcome = AddOutcome.added
                if let row = try Row.fetchOne(db, sql: "SELECT id, model_version FROM articles WHERE content_hash = ?",
                                              arguments: [hash]) {
                    let version: Int = row["model_version"]
                    if version >= modelVersion { return .skipped }
                    try Self.remove(article: row["id"], db)
                    outcome = .replaced
                }
                try Self.insert(article, analysis, hash: hash, modelVersion: modelVersion, analysedAt: stamp, db)
                return outcome
            }
        } catch let error as DatabaseError {
            throw Self.archiveError(error, path: path)
        }
    }

    private static func insert(_ article: Article, _ analysis: Analysis, hash: String, modelVersion: Int,
                               analysedAt: String, _ db: Database) throws {
        let mentionCount = analysis.actors.reduce(0) { $0 + $1.mentions.count }
        try db.cachedStatement(sql: """
            INSERT INTO articles (content_hash, title, source, published, language, format, text, analysed_at,
                                  model_version, statement_count, mention_count)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [hash, article.title, article.source, article.published, analysis.language,
                                     article.format?.rawValue, article.text, analysedAt, modelVersion,
                                     analysis.quotes.count, mentionCount])
        let articleID = db.lastInsertedRowID
        var actorIDs: [Int64] = []
        for actor in analysis.actors {
            let id = try ActorDirectory.resolve(actor, in: db)
            actorIDs.append(id)
            for span in actor.mentions {
                try db.cachedStatement(sql: "INSERT INTO mentions (article_id, actor_id, start, \"end\") VALUES (?, ?, ?, ?)")
                    .execute(arguments: [articleID, id, span.start, span.end])
            }
        }
        for (position, quote) in analysis.quotes.enumerated() {
            let actorID = quote.actor.flatMap { actorIDs.indices.contains($0) ? actorIDs[$0] : nil }
            try db.cachedStatement(sql: """
                INSERT INTO statements (article_id, position, kind, text, cue, actor_id, speaker, unresolved_speaker,
                                        speaker_mention, start, "end", cue_start, cue_end, mention_start, mention_end, confidence)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [articleID, position, quote.kind.rawValue, quote.text, quote.cue, actorID,
                                         quote.speaker, actorID == nil ? quote.speaker.map(ActorNameMatch.key) : nil,
                                         quote.speakerMentionText, quote.span.start, quote.span.end,
                                         quote.cueSpan?.start, quote.cueSpan?.end, quote.speakerMention?.start,
                                         quote.speakerMention?.end, quote.confidence])
        }
    }

    /// Deletes an article's rows, then the actors no other article names any more.
    private static func remove(article id: Int64, _ db: Database) throws {
        let actors = try Int64.fetchAll(db, sql: """
            SELECT actor_id FROM mentions WHERE article_id = ?
            UNION SELECT actor_id FROM statements WHERE article_id = ? AND actor_id IS NOT NULL
            """, arguments: [id, id])
        // Children first, so the full-text triggers see each row go.
        try db.execute(sql: "DELETE FROM statements WHERE article_id = ?", arguments: [id])
        try db.execute(sql: "DELETE FROM mentions WHERE article_id = ?", arguments: [id])
        try db.execute(sql: "DELETE FROM articles WHERE id = ?", arguments: [id])
        for actor in actors {
            try db.execute(sql: """
                DELETE FROM actors WHERE id = ?1
                  AND NOT EXISTS (SELECT 1 FROM mentions WHERE actor_id = ?1)
                  AND NOT EXISTS (SELECT 1 FROM statements WHERE actor_id = ?1)
                """, arguments: [actor])
        }
    }

    // MARK: Asking

    /// Every statement of the actors `name` names, across articles, oldest first (undated last).
    /// By default a name matches an actor when its words are part of the actor's name or of a
    /// name-like alias, by `ActorNameMatch` ("Lavrov", "S. Lavrov", "serguei lavrov"); `exact`
    /// asks for the actor's name itself (case and diacritics aside). A speaker no actor stands for
    /// (a place, "Washington"; a mention left unresolved) is matched by its whole name only.
    public func statements(by name: String, exact: Bool = false, limit: Int? = nil) throws -> [ArchivedStatement] {
        let words = ActorNameMatch.words(name)
        guard !words.isEmpty else { return [] }
        return try reading { db in
            let ids = try Self.actorIDs(matching: words, exact: exact, db)
            // Without an actor, only the speakers' index is searched (an empty IN would scan).
            let list = ids.map(String.init).joined(separator: ",")
            let condition = ids.isEmpty ? "s.unresolved_speaker = ?" : "(s.actor_id IN (\(list)) OR s.unresolved_speaker = ?)"
            return try Self.statements(db, where: condition, arguments: [words.joined(separator: " ")], limit: limit)
        }
    }

    /// The archive actors `words` name (see `statements(by:)`).
    static func actorIDs(matching words: [String], exact: Bool, _ db: Database) throws -> [Int64] {
        let key = words.joined(separator: " ")
        if exact {
            let ids = try Int64.fetchAll(db, sql: "SELECT actor_id FROM actor_keys WHERE key = ?", arguments: [key])
            return try ids.filter { id in
                try String.fetchOne(db, sql: "SELECT name FROM actors WHERE id = ?", arguments: [id])
                    .map { ActorNameMatch.key($0) == key } ?? false
            }
        }
        // Candidates by the longest word (initials match too many), then ArticleKit's rule on each.
        let probe = words.max { $0.count < $1.count }!
        let candidates: [Int64]
        if probe.count == 1 {
            candidates = try Int64.fetchAll(db, sql: "SELECT DISTINCT actor_id FROM actor_words WHERE word >= ? AND word < ?",
                                            arguments: [probe, probe + "\u{10FFFF}"])
        } else {
            candidates = try ActorDirectory.actorIDs(withWord: probe, db)
        }
        guard !candidates.isEmpty else { return [] }
        // Every candidate's keys in one query (a common first name can bring many candidates).
        let list = Set(candidates).map(String.init).joined(separator: ",")
        var matched = Set<Int64>()
        for row in try Row.fetchAll(db, sql: "SELECT actor_id, key FROM actor_keys WHERE actor_id IN (\(list))") {
            let key: String = row["key"]
            if ActorNameMatch.isPart(words, of: key.split(separator: " ").map(String.init)) { matched.insert(row["actor_id"]) }
        }
        return matched.sorted()
    }

    /// Statements whose text matches `query` (`FullTextQuery`: every word, "a phrase", prefix*),
    /// oldest first (undated last).
    public func search(_ query: String, limit: Int? = nil) throws -> [ArchivedStatement] {
        guard let match = FullTextQuery.make(query) else { return [] }
        return try reading { db in
            try Self.statements(db, where: "s.id IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?)",
                                arguments: [match], limit: limit)
        }
    }

    /// Every statement with its article, in archive order (article by article, in text order).
    public func exportStatements(_ body: (ArchivedStatement) throws -> Void) throws {
        try reading { db in
            let cursor = try Row.fetchCursor(db, sql: Self.statementSelect + " ORDER BY s.article_id, s.position")
            while let row = try cursor.next() { try body(Self.statement(row)) }
        }
    }

    /// The actors with statements, most quoted first.
    public func actors(limit: Int? = nil) throws -> [ArchivedActor] {
        try reading { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT ac.id, ac.name, ac.type, ac.aliases, COUNT(*) AS statements, COUNT(DISTINCT s.article_id) AS articles
                FROM statements s JOIN actors ac ON ac.id = s.actor_id
                GROUP BY ac.id ORDER BY statements DESC, ac.name
                """ + (limit.map { " LIMIT \($0)" } ?? ""))
            return rows.map { row in
                ArchivedActor(id: row["id"], name: row["name"], type: row["type"],
                              aliases: ActorDirectory.decode(row["aliases"]),
                              statementCount: row["statements"], articleCount: row["articles"])
            }
        }
    }

    /// The statements of one archive actor, oldest first.
    public func statements(ofActor id: Int64, limit: Int? = nil) throws -> [ArchivedStatement] {
        try reading { db in try Self.statements(db, where: "s.actor_id = ?", arguments: [id], limit: limit) }
    }

    /// For each name (an article's actors), how many other archived articles quote the archive
    /// actor filed under it: the one the article's actor was merged into when it was archived.
    public func otherArticles(quoting names: [String], excluding hash: String) throws -> [Int] {
        try reading { db in
            try names.map { name in
                let words = ActorNameMatch.words(name)
                guard let id = try ActorDirectory.byName(words.joined(separator: " "), words, db) else { return 0 }
                return try Int.fetchOne(db.cachedStatement(sql: """
                    SELECT COUNT(DISTINCT s.article_id) FROM statements s JOIN articles a ON a.id = s.article_id
                    WHERE s.actor_id = ? AND a.content_hash != ?
                    """), arguments: [id, hash]) ?? 0
            }
        }
    }

    /// The archived article with this content hash, as it was read (its language left to detect,
    /// as a file's is), or nil.
    public func article(hash: String) throws -> Article? {
        try reading { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT title, source, published, format, text FROM articles WHERE content_hash = ?
                """, arguments: [hash]) else { return nil }
            var article = Article(id: hash, title: row["title"], source: row["source"], text: row["text"],
                                  format: (row["format"] as String?).flatMap(DocumentFormat.init(rawValue:)))
            article.published = row["published"]
            return article
        }
    }

    /// How many articles, statements and actors the archive holds.
    public func counts() throws -> (articles: Int, statements: Int, actors: Int) {
        try reading { db in
            (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM articles") ?? 0,
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM statements") ?? 0,
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM actors") ?? 0)
        }
    }

    /// Problems found: SQLite's own check, then any article whose statements or mentions are
    /// not all there (which one transaction per article is meant to make impossible).
    public func check() throws -> [String] {
        try reading { db in
            var problems = try String.fetchAll(db, sql: "PRAGMA quick_check").filter { $0 != "ok" }
            let partial = try Row.fetchAll(db, sql: """
                SELECT a.content_hash, a.statement_count,
                       (SELECT COUNT(*) FROM statements s WHERE s.article_id = a.id) AS statements,
                       a.mention_count, (SELECT COUNT(*) FROM mentions m WHERE m.article_id = a.id) AS mentions
                FROM articles a
                WHERE a.statement_count != (SELECT COUNT(*) FROM statements s WHERE s.article_id = a.id)
                   OR a.mention_count != (SELECT COUNT(*) FROM mentions m WHERE m.article_id = a.id)
                """)
            for row in partial {
                let hash: String = row["content_hash"]
                problems.append("article \(hash): \(row["statements"] as Int) of \(row["statement_count"] as Int) statements, "
                                + "\(row["mentions"] as Int) of \(row["mention_count"] as Int) mentions")
            }
            let orphans = try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM statements s WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = s.article_id)
                """) ?? 0
            if orphans > 0 { problems.append("\(orphans) statements without their article") }
            return problems
        }
    }

    private static let statementSelect = """
        SELECT a.content_hash, a.title, a.source, a.published, a.language,
               COALESCE(ac.name, s.speaker) AS speaker, s.speaker_mention, s.kind, s.cue, s.text,
               s.start, s."end", s.confidence
        FROM statements s JOIN articles a ON a.id = s.article_id LEFT JOIN actors ac ON ac.id = s.actor_id
        """

    private static func statements(_ db: Database, where condition: String, arguments: StatementArguments = [],
                                   limit: Int?) throws -> [ArchivedStatement] {
        let sql = statementSelect + " WHERE " + condition
            + " ORDER BY a.published IS NULL, a.published, a.id, s.position" + (limit.map { " LIMIT \($0)" } ?? "")
        return try Row.fetchAll(db, sql: sql, arguments: arguments).map(statement)
    }

    private static func statement(_ row: Row) -> ArchivedStatement {
        ArchivedStatement(article: row["content_hash"], title: row["title"], source: row["source"],
                          published: row["published"], language: row["language"], speaker: row["speaker"],
                          speakerMention: row["speaker_mention"], kind: row["kind"], cue: row["cue"], text: row["text"],
                          start: row["start"], end: row["end"], confidence: row["confidence"])
    }
}
