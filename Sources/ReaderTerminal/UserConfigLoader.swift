import ArticleKit
import Foundation
import ReaderCore
import TOMLKit

/// Reads config.toml. A mistake never stops the reader: it gets one message naming the file,
/// the line and what is wrong, and the reader goes on with the defaults.
public enum UserConfigLoader {
    public struct Problem: Error, CustomStringConvertible, Equatable {
        public var file: String
        public var line: Int?
        public var message: String
        public var description: String { "\(file)\(line.map { ", line \($0)" } ?? ""): \(message)" }
        /// For the status bar: the file's name without its folder.
        public var shortDescription: String {
            "\(URL(fileURLWithPath: file).lastPathComponent)\(line.map { ", line \($0)" } ?? ""): \(message)"
        }
    }

    static let keys: [String: String] = [
        "theme": "a theme name or path",
        "mouse": "true or false",
        "actors": "true or false: the actors panel at start",
        "statements": "true or false: the statements panel at start",
        "entities": "all, none, or a kind or a list of kinds: person, organisation, location, other (or PER, ORG, LOC, MISC)",
        "quotes": "true or false: quote highlighting at start",
        "measure": "the article column's widest measure, 40 to 200 columns",
        "actors_width": "the actors panel's width on wide screens, 16 to 100 columns",
        "statements_width": "the statements panel's width on wide screens, 16 to 100 columns",
        "keys": "a table of action = [keys]",
    ]

    /// The settings from `url`, or the defaults with the problem when the file has a mistake.
    /// A missing file is not a mistake.
    public static func load(_ url: URL) -> (UserConfig, Problem?) {
        guard let data = FileManager.default.contents(atPath: url.path) else { return (UserConfig(), nil) }
        do {
            return (try parse(String(decoding: data, as: UTF8.self), file: url.path), nil)
        } catch let problem as Problem {
            return (UserConfig(), problem)
        } catch {
            return (UserConfig(), Problem(file: url.path, line: nil, message: "\(error)"))
        }
    }

    public static func parse(_ text: String, file: String) throws -> UserConfig {
        let table: TOMLTable
        do { table = try TOMLTable(string: text) } catch let error as TOMLParseError {
            throw Problem(file: file, line: error.source.begin.line, message: "not valid TOML: \(error.description)")
        }
        let locator = TOMLLocator(text)
        func problem(_ message: String, key: String?, in section: String? = nil) -> Problem {
            Problem(file: file, line: locator.line(of: key, in: section), message: message)
        }
        func origin(_ key: String, in section: String? = nil) -> String {
            let name = URL(fileURLWithPath: file).lastPathComponent
            return locator.line(of: key, in: section).map { "\(name), line \($0)" } ?? name
        }
        var config = UserConfig()
        for key in table.keys {
            guard keys[key] != nil else {
                throw problem("unknown key \"\(key)\" (known: \(keys.keys.sorted().joined(separator: ", ")))", key: key)
            }
        }
        func bool(_ key: String) throws -> Bool? {
            guard let value = table[key] else { return nil }
            guard let flag = value.bool else { throw problem("\(key) must be \(keys[key]!), not \(value.debugDescription)", key: key) }
            config.origins[key] = origin(key)
            return flag
        }
        if let value = table["theme"] {
            guard let name = value.string, !name.isEmpty else { throw problem("theme must be a theme name or path in quotes", key: "theme") }
            config.theme = name
            config.origins["theme"] = origin("theme")
        }
        if let value = table["entities"] {
            // A word ("all", "none", a kind) or a list of kinds, any of them ([] is none).
            let names = value.string.map { [$0] } ?? value.array.map { $0.compactMap(\.string) }
            var kinds: Set<EntityType>? = []
            for name in names ?? [] {
                switch name.lowercased() {
                case "all": kinds?.formUnion(EntityType.allCases)
                case "none" where value.string != nil: break
                default:
                    if let kind = UserConfig.entityKind(named: name) { kinds?.insert(kind) } else { kinds = nil }
                }
            }
            guard let names, let kinds, names.count == value.array?.count ?? 1 else {
                throw problem("entities must be \(keys["entities"]!), not \(value.debugDescription)", key: "entities")
            }
            config.entities = kinds
            config.origins["entities"] = origin("entities")
        }
        if let value = table["measure"] {
            guard let columns = value.int, (40...200).contains(columns) else {
                throw problem("measure must be \(keys["measure"]!), not \(value.debugDescription)", key: "measure")
            }
            config.measure = columns
            config.origins["measure"] = origin("measure")
        }
        func columns(_ key: String) throws -> Int? {
            guard let value = table[key] else { return nil }
            guard let number = value.int, (16...100).contains(number) else {
                throw problem("\(key) must be \(keys[key]!), not \(value.debugDescription)", key: key)
            }
            config.origins[key] = origin(key)
            return number
        }
        config.actorsWidth = try columns("actors_width")
        config.statementsWidth = try columns("statements_width")
        config.mouse = try bool("mouse") ?? config.mouse
        config.actors = try bool("actors") ?? config.actors
        config.statements = try bool("statements") ?? config.statements
        config.quotes = try bool("quotes") ?? config.quotes
        if let value = table["keys"] {
            guard let keyTable = value.table else { throw problem("keys must be a table: [keys]", key: "keys") }
            // toml++ keeps a table's keys in no particular order: file order makes "bound twice" name them as written.
            let names = keyTable.keys.sorted { (locator.line(of: $0, in: "keys") ?? 0) < (locator.line(of: $1, in: "keys") ?? 0) }
            for action in names {
                let item = keyTable[action]!
                var list: [String] = []
                if let single = item.string {
                    list = [single]
                } else if let array = item.array {
                    for element in array {
                        guard let key = element.string else {
                            throw problem("keys.\(action): each key is a string such as \"J\" or \"Ctrl-N\"", key: action, in: "keys")
                        }
                        list.append(key)
                    }
                } else {
                    throw problem("keys.\(action) must be a list of keys such as [\"n\", \"J\"]", key: action, in: "keys")
                }
                config.keys.append((action, list))
                config.origins["keys.\(action)"] = origin(action, in: "keys")
            }
            do { _ = try config.keymap() } catch {
                throw problem("[keys]: \(error.message)", key: error.action, in: "keys")
            }
        }
        return config
    }
}
