import Foundation
import ReaderCore
import Themes
import TOMLKit

/// Reads theme files: by name from the bundled Themes/, or from a path.
public enum ThemeLoader {
    public struct ThemeError: Error, CustomStringConvertible {
        public var description: String
    }

    private struct File: Decodable {
        var name: String?
        var roles: [String: Spec]?
    }

    private struct Spec: Decodable {
        var fg: String?
        var bg: String?
        var fg256: Int?
        var bg256: Int?
        var attrs: [String]?
        var mono: [String]?
    }

    /// Loads `nameOrPath`: a bundled theme name ("default", "mono") or a path to a .toml file.
    public static func load(_ nameOrPath: String) throws -> Theme {
        if let url = ThemeCatalog.url(named: nameOrPath) {
            return try load(contentsOf: url, label: nameOrPath)
        }
        let url = URL(fileURLWithPath: nameOrPath)
        guard FileManager.default.isReadableFile(atPath: url.path) else {
            throw ThemeError(description: "no theme named \"\(nameOrPath)\" (bundled: \(ThemeCatalog.names.joined(separator: ", "))) and no readable file at that path")
        }
        return try load(contentsOf: url, label: url.path)
    }

    static func load(contentsOf url: URL, label: String) throws -> Theme {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw ThemeError(description: "theme \(label): cannot read the file")
        }
        return try parse(String(decoding: data, as: UTF8.self), label: label)
    }

    /// Parses theme TOML; every unknown role, colour or attribute is an error naming the file.
    public static func parse(_ toml: String, label: String) throws -> Theme {
        let file: File
        do {
            file = try TOMLDecoder().decode(File.self, from: toml)
        } catch {
            throw ThemeError(description: "theme \(label): not valid TOML of the theme shape (\(error))")
        }
        let byName = Dictionary(uniqueKeysWithValues: StyleRole.allCases.map { ($0.name, $0) })
        var roles: [StyleRole: RoleStyle] = [:]
        for (roleName, spec) in file.roles ?? [:] {
            guard let role = byName[roleName] else {
                throw ThemeError(description: "theme \(label): unknown role \"\(roleName)\"")
            }
            func color(_ name: String?) throws -> TerminalColor? {
                guard let name else { return nil }
                guard let color = TerminalColor(name: name) else {
                    throw ThemeError(description: "theme \(label): role \(roleName): unknown colour \"\(name)\"")
                }
                return color
            }
            func index(_ value: Int?) throws -> Int? {
                guard let value else { return nil }
                guard (-1...255).contains(value) else {
                    throw ThemeError(description: "theme \(label): role \(roleName): colour index \(value) is not in 0-255")
                }
                return value
            }
            func attributes(_ names: [String]?) throws -> Set<TextAttribute> {
                try Set((names ?? []).map { name in
                    guard let attribute = TextAttribute(rawValue: name.lowercased()) else {
                        throw ThemeError(description: "theme \(label): role \(roleName): unknown attribute \"\(name)\"")
                    }
                    return attribute
                })
            }
            roles[role] = RoleStyle(foreground: try color(spec.fg), background: try color(spec.bg),
                                    foreground256: try index(spec.fg256), background256: try index(spec.bg256),
                                    attributes: try attributes(spec.attrs), monoAttributes: try attributes(spec.mono))
        }
        return Theme(name: file.name ?? label, roles: roles)
    }
}
