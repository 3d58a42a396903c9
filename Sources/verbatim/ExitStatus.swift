import ArgumentParser
import ArticleKit
import ReaderCore
#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// The documented exit codes (sysexits.h values) and the one-line error they come with.
enum ExitStatus {
    static let dataError: Int32 = 65
    static let noInput: Int32 = 66
    static let software: Int32 = 70
    static let ioError: Int32 = 74
    static let config: Int32 = 78

    /// Prints `verbatim: message` on stderr as one line: a file name or a record's text quoted in
    /// the message cannot reach the terminal as escape sequences or fake a second line.
    static func report(_ message: String) {
        var line = "verbatim: \(OutputSanitizer.sanitizeLine(message))\n"
        line.withUTF8 { _ = fwrite($0.baseAddress, 1, $0.count, stderr) }
    }

    /// Reports the message and returns the exit to throw.
    static func fail(_ message: String, code: Int32) -> ExitCode {
        report(message)
        return ExitCode(code)
    }

    static func fail(_ error: ImportError) -> ExitCode {
        ExitCode(report(error))
    }

    /// Reports the error and returns its exit code (66 cannot open, 65 not an article).
    @discardableResult
    static func report(_ error: ImportError) -> Int32 {
        report(error.description)
        switch error {
        case .notFound, .unreadable, .emptyFolder, .isFolder, .notAFile, .webAddress: return noInput
        case .binary, .tooLarge, .emptyFeed: return dataError
        }
    }
}
