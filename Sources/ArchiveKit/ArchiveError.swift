/// Why an archive cannot be used, each with the exit code the command line gives it.
public enum ArchiveError: Error, Equatable, CustomStringConvertible {
    /// No archive at the path (a query before anything was archived).
    case missing(String)
    /// The file is not an SQLite database, or a damaged one.
    case notAnArchive(String, reason: String)
    /// Written by a later Verbatim: it has migrations this one does not know.
    case newerSchema(String)
    /// The file or its folder cannot be opened or written.
    case unusable(String, reason: String)

    public var description: String {
        switch self {
        case .missing(let path):
            return "\(path): no archive here yet; fill one with `verbatim archive add FILE|DIR`"
        case .notAnArchive(let path, let reason):
            return "\(path): not a Verbatim archive or damaged (\(reason))"
        case .newerSchema(let path):
            return "\(path): written by a newer Verbatim (unknown schema migrations); not changed"
        case .unusable(let path, let reason):
            return "\(path): cannot open the archive (\(reason))"
        }
    }
}
