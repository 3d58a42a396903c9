import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Opens a path the user named and says plainly what it is when it is not a readable file:
/// missing, a symbolic-link loop, a folder, a device, permission denied, or over the size limit
/// (naming the real size). Regular files are checked against the limit before any byte is read;
/// pipes and FIFOs (`verbatim <(curl …)`) are read as streams up to the limit.
public struct InputFile {
    public enum Kind: Equatable, Sendable {
        case regular(size: Int)
        case stream
        case folder
        case device(String)
    }

    public let path: String
    public let kind: Kind

    /// Classifies the path, following symbolic links.
    public init(path: String) throws {
        self.path = path
        var info = stat()
        guard stat(path, &info) == 0 else {
            // A web address is not a missing file: say which pipe fetches it.
            if Self.isWebAddress(path) { throw ImportError.webAddress(path) }
            throw Self.error(errno, path: path)
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: kind = .regular(size: Int(info.st_size))
        case S_IFDIR: kind = .folder
        case S_IFIFO, S_IFSOCK: kind = .stream
        case S_IFCHR: kind = .device("a character device")
        case S_IFBLK: kind = .device("a block device")
        default: kind = .device("not a regular file")
        }
    }

    static func isWebAddress(_ path: String) -> Bool {
        let lower = path.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("www.")
    }

    /// Throws unless the path is something to read bytes from: a regular file or a stream.
    public func requireReadable() throws {
        switch kind {
        case .folder: throw ImportError.isFolder(path)
        case .device(let what): throw ImportError.notAFile(path, what: what)
        case .regular, .stream: break
        }
    }

    /// The whole content, refusing more than `limit` bytes (the real size is named when known).
    public func read(limit: Int) throws -> Data {
        try requireReadable()
        if case .regular(let size) = kind, size > limit { throw ImportError.tooLarge(path, bytes: size, limit: limit) }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Self.error(errno, path: path) }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        let data: Data
        do {
            data = try handle.read(upToCount: limit + 1) ?? Data()
        } catch {
            throw ImportError.unreadable(path, reason: "read error")
        }
        // A stream (or a file that grew while we read it) is measured by reading one byte past the limit.
        if data.count > limit { throw ImportError.tooLarge(path, bytes: nil, limit: limit) }
        return data
    }

    static func error(_ code: Int32, path: String) -> ImportError {
        switch code {
        case ENOENT: .notFound(path)
        case ELOOP: .unreadable(path, reason: "a loop of symbolic links")
        case EACCES, EPERM: .unreadable(path, reason: "permission denied")
        case ENOTDIR: .notFound(path)
        case ENAMETOOLONG: .unreadable(path, reason: "the name is too long")
        default: .unreadable(path, reason: String(cString: strerror(code)))
        }
    }
}
