import Foundation
import ReaderCore
import Themes
import TOMLKit

/// Reads theme files: by name from the bundled Themes/ or the user's themes folder, or from a path.
public enum ThemeLoader {
    public struct ThemeError: Error, CustomStringConvertible {
        public var description: String
    }

    /// The themes shipped with Verbatim, in the order `t` cycles them.
    public static var bundledNames: [String] { ThemeCatalog.names }

    static let topLevelKeys: Set<String> = ["name", "description", "background", "canvas", "roles"]
    static let roleKeys: Set<String> = ["fg", "bg", "fg256", "bg256", "attrs", "mono"]

    /// Loads `nameOrPath`: a bundled theme name, a theme in `userThemes`, or a path to a .toml file.
    public static func load(_ nameOrPath: String, userThemes: URL? = nil) throws -> Theme {
        if let url = ThemeCatalog.url(named: nameOrPath) {
            return try load(contentsOf: url, label: nameOrPath)
        }
        if let userThemes, !nameOrPath.contains("/") {
            let url = userThemes.appendingPathComponent(nameOrPath + ".toml")
            if FileManager.default.isReadableFile(atPath: url.path) { return try load(contentsOf: url, label: url.path) }
        }
        let url = URL(fileURLWithPath: nameOrPath)
        guard FileManager.default.isReadableFile(atPath: url.path) else {
            throw ThemeError(description: "no theme named \"\(nameOrPath)\" (bundled: \(ThemeCatalog.names.joined(separator: ", "))) and no readable file at that path")
        }
        return try load(contentsOf: url, label: url.path)
    }

    public static func load(contentsOf url: URL, label: String) throws -> Theme {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw ThemeError(description: "theme \(label): cannot read the file")
        }
        return try parse(String(decoding: data, as: UTF8.self), label: label)
    }

    /// Parses theme TOML; every unknown key, role, colour or attribute is an error naming the
    /// file and the line.
    public static func parse(_ toml: String, label: String) throws -> Theme {
        let table: TOMLTable
        do { table = try TOMLTable(string: toml) } catch let error as TOMLParseError {
            throw ThemeError(description: "theme \(label), line \(error.source.begin.line): not valid TOML: \(error.description)")
        } catch {
            throw ThemeError(description: "theme \(label): not valid TOML")
        }
        let locator = TOMLLocator(toml)
        func fail(_ message: String, key: String?, table: String?) -> ThemeError {
            let line = locator.line(of: key, in: table).map { ", line \($0)" } ?? ""
            return ThemeError(description: "theme \(label)\(line): \(message)")
        }
        for key in table.keys where !topLevelKeys.contains(key) {
            throw fail("unknown key \"\(key)\" (known: \(topLevelKeys.sorted().joined(separator: ", ")))", key: key, table: nil)
        }
        func color(_ value: TOMLValueConvertible?, key: String, table tableName: String?, owner: String = "") throws -> TerminalColor? {
            guard let value else { return nil }
            if let number = value.int {
                guard (0...255).contains(number) else {
                    throw fail("\(owner)\(key): colour index \(number) is not in 0-255", key: key, table: tableName)
                }
                return .indexed(number)
            }
            guard let name = value.string, let color = TerminalColor(name: name) else {
                throw fail("\(owner)\(key): bad colour \(value.debugDescription) (a name such as \"cyan\" or \"bright-red\", 0-255, or \"#RRGGBB\")",
                           key: key, table: tableName)
            }
            return color
        }
        let byName = Dictionary(uniqueKeysWithValues: StyleRole.allCases.map { ($0.name, $0) })
        var roles: [StyleRole: RoleStyle] = [:]
        let roleTables = table["roles"]?.table
        for roleName in roleTables?.keys ?? [] {
            let section = "roles.\(roleName)"
            guard let role = byName[roleName] else {
                throw fail("unknown role \"\(roleName)\"", key: nil, table: section)
            }
            guard let spec = roleTables?[roleName]?.table else {
                throw fail("role \(roleName) must be a table", key: roleName, table: "roles")
            }
            for key in spec.keys where !roleKeys.contains(key) {
                throw fail("role \(roleName): unknown key \"\(key)\" (known: \(roleKeys.sorted().joined(separator: ", ")))", key: key, table: section)
            }
            func index(_ key: String) throws -> Int? {
                guard let value = spec[key] else { return nil }
                guard let number = value.int, (-1...255).contains(number) else {
                    throw fail("role \(roleName): \(key): colour index \(value.debugDescription) is not in 0-255", key: key, table: section)
                }
                return number
            }
            func attributes(_ key: String) throws -> Set<TextAttribute> {
                guard let value = spec[key] else { return [] }
                guard let array = value.array else {
                    throw fail("role \(roleName): \(key) must be a list such as [\"bold\"]", key: key, table: section)
                }
                return try Set(array.map { item in
                    guard let name = item.string, let attribute = TextAttribute(rawValue: name.lowercased()) else {
                        throw fail("role \(roleName): unknown attribute \(item.debugDescription) (known: \(TextAttribute.allCases.map(\.rawValue).joined(separator: ", ")))",
                                   key: key, table: section)
                    }
                    return attribute
                })
            }
            let owner = "role \(roleName): "
            roles[role] = RoleStyle(foreground: try color(spec["fg"], key: "fg", table: section, owner: owner),
                                    background: try color(spec["bg"], key: "bg", table: section, owner: owner),
                                    foreground256: try index("fg256"), background256: try index("bg256"),
                                    attributes: try attributes("attrs"), monoAttributes: try attributes("mono"))
        }
        return Theme(name: table["name"]?.string ?? label, roles: roles,
                     description: table["description"]?.string ?? "",
                     background: try color(table["background"], key: "background", table: nil),
                     canvas: try color(table["canvas"], key: "canvas", table: nil))
    }
}
