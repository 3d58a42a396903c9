import Foundation
import Testing

/// Paths of the built `verbatim` and of the shared data beside the repository.
enum Executable {
    /// The test runner sits in the build products folder, next to the `verbatim` it depends on.
    static var verbatim: String {
        let runner = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0]
        var folder = URL(fileURLWithPath: runner).deletingLastPathComponent()
        // On some layouts the runner is inside a .xctest bundle folder.
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("verbatim").path),
              folder.pathComponents.count > 1 {
            folder.deleteLastPathComponent()
        }
        return folder.appendingPathComponent("verbatim").path
    }

    static var repository: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    static var shared: URL { repository.deletingLastPathComponent().appendingPathComponent("shared") }

    /// A file of the shared data (`relative` to ../shared); the test fails, naming the path,
    /// when it is missing: the tests that need the shared data never skip silently.
    static func sharedFile(_ relative: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> URL {
        let url = shared.appendingPathComponent(relative)
        try #require(FileManager.default.fileExists(atPath: url.path),
                     "../shared/\(relative) is missing: these tests need the shared data beside the repository (\(url.path))",
                     sourceLocation: sourceLocation)
        return url
    }

    /// Single-quotes a string for sh.
    static func quoted(_ string: String) -> String {
        "'" + string.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
