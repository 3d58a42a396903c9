import Foundation

/// The theme files shipped with Verbatim, found through the package's resource bundle.
public enum ThemeCatalog {
    public static let names = ["default", "light", "high-contrast", "mono"]

    public static func url(named name: String) -> URL? {
        Bundle.module.url(forResource: name, withExtension: "toml")
    }
}
