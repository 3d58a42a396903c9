import Foundation

/// Why an article could not be opened; each case reads as one line for stderr.
public enum ImportError: Error, Equatable, CustomStringConvertible {
    case notFound(String)
    case unreadable(String, reason: String)
    case binary(String)
    /// `bytes` is nil when the input is a stream whose size is only known to pass the limit.
    case tooLarge(String, bytes: Int?, limit: Int)
    case emptyFolder(String)
    case emptyFeed(String)
    case webAddress(String)
    case isFolder(String)
    case notAFile(String, what: String)

    public var description: String {
        switch self {
        case .notFound(let path): "\(path): no such file or folder"
        case .unreadable(let path, let reason): "\(path): cannot read (\(reason))"
        case .binary(let path): "\(path): looks like binary data, not an article"
        case .tooLarge(let path, let bytes, let limit):
            "\(path): \(bytes.map(Self.exactSize) ?? "more than \(Self.size(limit))") is over the \(Self.size(limit)) limit "
                + "for one article (--max-mib raises it)"
        case .emptyFolder(let path): "\(path): folder holds no article (.txt, .md, .html, .rss, .atom, .xml, .json)"
        case .emptyFeed(let path): "\(path): feed holds no item with a title or a text"
        case .webAddress(let url):
            "\(VisibleControls.make(url)): Verbatim reads files, not the web; try: curl -sL '\(VisibleControls.make(url).replacingOccurrences(of: "'", with: "%27"))' | verbatim -"
        case .isFolder(let path): "\(path): is a folder, not a file"
        case .notAFile(let path, let what): "\(path): is \(what), not a file"
        }
    }

    /// "65.3 MiB (68471603 bytes)": rounded for reading, exact so it never looks equal to the limit.
    static func exactSize(_ bytes: Int) -> String {
        bytes >= 1024 ? "\(size(bytes)) (\(bytes) bytes)" : size(bytes)
    }

    /// "65.3 MiB" / "812 KiB" / "17 bytes": the size as a person reads it.
    static func size(_ bytes: Int) -> String {
        if bytes >= 1_048_576 {
            let mib = Double(bytes) / 1_048_576
            return bytes % 1_048_576 == 0 ? "\(bytes / 1_048_576) MiB" : String(format: "%.1f MiB", mib)
        }
        if bytes >= 1024 { return "\(bytes / 1024) KiB" }
        return "\(bytes) bytes"
    }
}
