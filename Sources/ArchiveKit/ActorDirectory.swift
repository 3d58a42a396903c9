import ArticleKit
import Foundation
import GRDB

/// Merges each article's actors into the archive's, by `ActorNameMatch` (ArticleKit's rules for
/// two names of one actor). An actor joins the one archived under the same folded name; else,
/// among the actors filed under one of its name-like aliases or sharing its longest name word,
/// the one whose name is part of its own or the reverse ("Lavrov", "Лаврова" and "Sergueï
/// Lavrov", "Сергей Лавров"; never "Anne Dupont" and "Pierre Dupont"), when there is exactly one
/// ("Dupont" with both archived stays an actor of its own). Roles and pronouns ("Il", "le
/// porte-parole") are kept as aliases for display but never merge: elsewhere they name others.
enum ActorDirectory {
    /// The most aliases kept per archive actor; a person quoted in thousands of articles would
    /// otherwise carry every role phrase ever written about them.
    static let aliasLimit = 32

    /// The aliases that are forms of the name itself: its words in order ("Poutine", "V. Poutine")
    /// or its initials ("UNE").
    static func nameLikeAliases(_ actor: Actor) -> [String] {
        let name = ActorNameMatch.words(actor.name)
        return actor.aliases.filter { alias in
            let words = ActorNameMatch.words(alias)
            if ActorNameMatch.isPart(words, of: name) || ActorNameMatch.isPart(name, of: words) { return true }
            return isAcronym(alias, of: name)
        }
    }

    /// "UNE" for "Union nationale des étudiants": capitals whose letters start name words in order.
    static func isAcronym(_ alias: String, of name: [String]) -> Bool {
        let letters = Array(alias)
        guard (2...6).contains(letters.count), letters.allSatisfy({ $0.isUppercase }), name.count >= 2 else { return false }
        let folded = ActorNameMatch.words(alias).first.map(Array.init) ?? []
        var j = 0
        for letter in folded {
            while j < name.count, name[j].first != letter { j += 1 }
            if j == name.count { return false }
            j += 1
        }
        return true
    }

    /// The archive actor for `actor`, found or created; its keys, words and aliases updated.
    static func resolve(_ actor: Actor, in db: Database) throws -> Int64 {
        let nameWords = ActorNameMatch.words(actor.name)
        let nameKey = nameWords.joined(separator: " ")
        let aliasKeys = nameLikeAliases(actor).map(ActorNameMatch.key).filter { !$0.isEmpty && $0 != nameKey }
        var id = try byName(nameKey, nameWords, db)
        if id == nil, let probe = nameWords.max(by: { $0.count < $1.count }), probe.count > 1 {
            // Actors filed under one of its name-like aliases, or sharing its longest name word.
            var candidates = Set<Int64>()
            for key in aliasKeys { candidates.formUnion(try actorIDs(withKey: key, db)) }
            candidates.formUnion(try actorIDs(withWord: probe, db))
            let found = try candidates.filter { try compatible($0, nameWords, db) }
            if found.count == 1 { id = found.first }
        }
        let actorID: Int64
        if let id {
            actorID = id
            try update(actorID, with: actor, nameWords: nameWords, db)
        } else {
            try db.cachedStatement(sql: "INSERT INTO actors (name, type, aliases) VALUES (?, ?, ?)")
                .execute(arguments: [actor.name, actor.type.rawValue, encode(Array(actor.aliases.prefix(aliasLimit)))])
            actorID = db.lastInsertedRowID
        }
        let keys = [nameKey] + aliasKeys
        for key in keys where !key.isEmpty {
            try db.cachedStatement(sql: "INSERT OR IGNORE INTO actor_keys (key, actor_id) VALUES (?, ?)")
                .execute(arguments: [key, actorID])
            for word in key.split(separator: " ") {
                try db.cachedStatement(sql: "INSERT OR IGNORE INTO actor_words (word, actor_id) VALUES (?, ?)")
                    .execute(arguments: [String(word), actorID])
            }
        }
        return actorID
    }

    /// The actor filed under exactly this folded name: the one whose own name it is, else the
    /// only one that has it as an alias.
    static func byName(_ key: String, _ words: [String], _ db: Database) throws -> Int64? {
        let ids = try actorIDs(withKey: key, db)
        guard ids.count > 1 else { return ids.first }
        for id in ids {
            if let name = try String.fetchOne(db.cachedStatement(sql: "SELECT name FROM actors WHERE id = ?"), arguments: [id]),
               ActorNameMatch.key(name) == key { return id }
        }
        return nil
    }

    private static func actorIDs(withKey key: String, _ db: Database) throws -> [Int64] {
        try Int64.fetchAll(db.cachedStatement(sql: "SELECT actor_id FROM actor_keys WHERE key = ? ORDER BY actor_id"),
                           arguments: [key])
    }

    /// Actors with a name word `ActorNameMatch.same` may match `word` with (by its index prefix).
    static func actorIDs(withWord word: String, _ db: Database) throws -> [Int64] {
        let prefix = ActorNameMatch.lookupPrefix(word)
        if prefix == word {
            return try Int64.fetchAll(db.cachedStatement(sql: "SELECT actor_id FROM actor_words WHERE word = ?"), arguments: [word])
        }
        return try Int64.fetchAll(db.cachedStatement(sql: "SELECT DISTINCT actor_id FROM actor_words WHERE word >= ? AND word < ?"),
                                  arguments: [prefix, prefix + "\u{10FFFF}"])
    }

    /// Whether one of the two names is part of the other.
    private static func compatible(_ id: Int64, _ words: [String], _ db: Database) throws -> Bool {
        guard let name = try String.fetchOne(db.cachedStatement(sql: "SELECT name FROM actors WHERE id = ?"), arguments: [id])
        else { return false }
        let other = ActorNameMatch.words(name)
        return ActorNameMatch.isPart(words, of: other) || ActorNameMatch.isPart(other, of: words)
    }

    /// Adds the article's aliases, and takes its name when it is a fuller form of the archived one.
    private static func update(_ id: Int64, with actor: Actor, nameWords: [String], _ db: Database) throws {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT name, aliases FROM actors WHERE id = ?"), arguments: [id])
        else { return }
        var name: String = row["name"]
        var aliases = decode(row["aliases"])
        let oldWords = ActorNameMatch.words(name)
        var changed = false
        if nameWords.count > oldWords.count, ActorNameMatch.isPart(oldWords, of: nameWords) {
            if !aliases.contains(name) { aliases.append(name) }
            name = actor.name
            changed = true
        }
        for alias in [actor.name] + actor.aliases where alias != name && !aliases.contains(alias) && aliases.count < aliasLimit {
            aliases.append(alias)
            changed = true
        }
        guard changed else { return }
        try db.cachedStatement(sql: "UPDATE actors SET name = ?, aliases = ? WHERE id = ?")
            .execute(arguments: [name, encode(aliases), id])
    }

    static func encode(_ aliases: [String]) -> String {
        (try? String(decoding: JSONEncoder().encode(aliases), as: UTF8.self)) ?? "[]"
    }

    static func decode(_ json: String?) -> [String] {
        guard let json, let data = json.data(using: .utf8) else { return [] }
        return (try? JSONDecoder().decode([String].self, from: data)) ?? []
    }
}
