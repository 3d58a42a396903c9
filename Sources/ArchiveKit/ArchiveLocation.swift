import Foundation

/// Where the archive lives unless `--archive` says: `$XDG_DATA_HOME/verbatim/archive.sqlite`,
/// with `~/.local/share` when XDG_DATA_HOME is unset or not absolute (as the XDG spec asks).
public enum ArchiveLocation {
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let base: String
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
            base = data
        } else {
            base = (environment["HOME"] ?? NSHomeDirectory()) + "/.local/share"
        }
        return base + "/verbatim/archive.sqlite"
    }
}
