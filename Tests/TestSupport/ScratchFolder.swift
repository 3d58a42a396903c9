import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where tests write their files: one folder per test process under the system's temporary
/// folder, removed when the process exits, so a test run leaves nothing behind (it used to leave
/// about a hundred folders per run).
public enum ScratchFolder {
    /// The process's folder, created on first use; its removal is registered at the same time.
    public static let root: URL = {
        let url = rootURL()
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: ScratchFolder.rootURL()) }
        return url
    }()

    /// A fresh, not yet created path in the process's folder: `name`, a unique part, `suffix`.
    public static func url(_ name: String, suffix: String = "") -> URL {
        root.appendingPathComponent("\(name)-\(UUID().uuidString)\(suffix)")
    }

    private static func rootURL() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-tests-\(getpid())")
    }
}
