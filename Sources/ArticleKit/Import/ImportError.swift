/// Why an article could not be opened; each case reads as one line for stderr.
public enum ImportError: Error, Equatable, CustomStringConvertible {
    case notFound(String)
    case unreadable(String, reason: String)
    case binary(String)
    case tooLarge(String, bytes: Int, limit: Int)
    case emptyFolder(String)

    public var description: String {
        switch self {
        case .notFound(let path): "\(path): no such file or folder"
        case .unreadable(let path, let reason): "\(path): cannot read (\(reason))"
        case .binary(let path): "\(path): looks like binary data, not an article"
        case .tooLarge(let path, let bytes, let limit):
            "\(path): \(bytes / 1_048_576) MiB is over the \(limit / 1_048_576) MiB limit for one article"
        case .emptyFolder(let path): "\(path): folder holds no .txt or .md article"
        }
    }
}
