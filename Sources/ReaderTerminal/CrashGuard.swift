#if canImport(Glibc)
import Glibc
#endif

/// Last-resort restoration if the process dies from a fatal signal while the terminal is in
/// curses mode: puts back the saved tty modes and leaves the alternate screen, using only
/// async-signal-safe calls, then lets the signal take its default course.
enum CrashGuard {
    nonisolated(unsafe) private static var saved = termios()
    nonisolated(unsafe) private static var hasSaved = false
    static let fatalSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE]

    static func install() {
        guard isatty(STDOUT_FILENO) != 0, tcgetattr(STDOUT_FILENO, &saved) == 0 else { return }
        hasSaved = true
        for number in fatalSignals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { number in
                CrashGuard.restore()
                signal(number, SIG_DFL)
                raise(number)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0 // the handler itself resets to SIG_DFL before re-raising
            sigaction(number, &action, nil)
        }
    }

    static func uninstall() {
        for number in fatalSignals { signal(number, SIG_DFL) }
    }

    private static func restore() {
        if hasSaved { tcsetattr(STDOUT_FILENO, TCSANOW, &saved) }
        // Normal attributes, cursor visible, mouse reporting off, leave the alternate screen.
        let reset: StaticString = "\u{1B}[0m\u{1B}[?25h\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1006l\u{1B}[?1049l\r\n"
        _ = write(STDOUT_FILENO, reset.utf8Start, reset.utf8CodeUnitCount)
    }
}
