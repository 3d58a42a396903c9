#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// Writes to stdout and turns a failed write (full disk, closed pipe) into exit 74.
enum OutputWriter {
    static func write(_ text: String) throws {
        var copy = text
        let written = copy.withUTF8 { fwrite($0.baseAddress, 1, $0.count, stdout) }
        if written != copy.utf8.count || fflush(stdout) != 0 {
            throw ExitStatus.fail("cannot write the output", code: ExitStatus.ioError)
        }
    }
}
