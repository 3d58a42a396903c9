import Foundation
#if canImport(Glibc)
@preconcurrency import Glibc
#endif


/// The progress line of `archive add`: drawn on stderr, over itself, only when stderr is a
/// terminal (a log file gets no carriage returns), at most ten times a second.
struct ImportProgress {
    let total: Int
    private let shown = isatty(STDERR_FILENO) != 0
    private var lastDraw = Date.distantPast

    init(total: Int) { self.total = total }

    mutating func update(files: Int, counts: ArchiveAdd.Counts, force: Bool = false) {
        guard shown else { return }
        let now = Date()
        guard force || now.timeIntervalSince(lastDraw) >= 0.1 else { return }
        lastDraw = now
        let width = 24
        let filled = total == 0 ? width : min(width, files * width / total)
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        let line = "\r[\(bar)] \(files)/\(total) files  \(counts.added) added, \(counts.replaced) replaced, \(counts.unchanged) unchanged\u{1B}[K"
        FileHandle.standardError.write(Data(line.utf8))
    }

    /// Clears the line, so what follows starts on a clean one.
    func finish() {
        guard shown else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
