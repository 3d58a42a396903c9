@preconcurrency import Glibc
import ReaderCore

/// Writes to stdout and turns a failed write (full disk, closed pipe) into exit 74.
enum OutputWriter {
    /// Text for people: controls and escape sequences made visible (OutputSanitizer) unless `raw`.
    static func writeText(_ text: String, raw: Bool = false) throws {
        try write(raw ? text : OutputSanitizer.sanitize(text))
    }

    /// Bytes as they are: JSON, whose writer escapes every control itself.
    static func write(bytes: [UInt8]) throws {
        let written = bytes.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, stdout) }
        if written != bytes.count || fflush(stdout) != 0 {
            throw ExitStatus.fail("cannot write the output", code: ExitStatus.ioError)
        }
    }

    /// A line whose bytes `body` hands over piece by piece, then its line break; a failed write
    /// is exit 74 as for `write(bytes:)`.
    static func writeLine(_ body: ((UnsafeBufferPointer<UInt8>) -> Void) -> Void) throws {
        var failed = false
        body { piece in
            if !failed, fwrite(piece.baseAddress, 1, piece.count, stdout) != piece.count { failed = true }
        }
        if failed || fputc(0x0A, stdout) == EOF || fflush(stdout) != 0 {
            throw ExitStatus.fail("cannot write the output", code: ExitStatus.ioError)
        }
    }

    /// Text as it is: JSON, whose encoder escapes every control itself.
    static func write(_ text: String) throws {
        var stream = StandardOutput()
        stream.write(text)
        try stream.finish()
    }
}

/// stdout as a `TextOutputStream`, remembering whether any write failed, so long outputs
/// can be streamed piece by piece and still end with the right exit status.
struct StandardOutput: TextOutputStream {
    private(set) var failed = false

    mutating func write(_ string: String) {
        guard !failed else { return }
        var copy = string
        let count = copy.utf8.count
        let written = copy.withUTF8 { fwrite($0.baseAddress, 1, $0.count, stdout) }
        if written != count { failed = true }
    }

    /// Flushes; throws exit 74 if anything could not be written.
    func finish() throws {
        if failed || fflush(stdout) != 0 {
            throw ExitStatus.fail("cannot write the output", code: ExitStatus.ioError)
        }
    }
}
