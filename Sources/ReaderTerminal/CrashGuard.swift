#if canImport(Glibc)
import Glibc
#endif

/// Last-resort restoration if the process dies from a fatal signal while the terminal is in
/// curses mode: puts back the tty modes saved before curses changed them and leaves the alternate
/// screen, using only async-signal-safe calls, then hands the signal to whoever held it before
/// (the Swift runtime's crash reporter, or the default action), so a crash report lands on the
/// restored terminal and never over the reader's screen.
enum CrashGuard {
    /// On the heap, like `previous`: Swift 6.3 emits a statically initialised global of an
    /// imported C struct without its inner padding (57 bytes for termios' 60), and tcgetattr
    /// then wrote past it (AddressSanitizer: global-buffer-overflow).
    nonisolated(unsafe) private static let saved: UnsafeMutablePointer<termios> = {
        let pointer = UnsafeMutablePointer<termios>.allocate(capacity: 1)
        pointer.initialize(to: termios())
        return pointer
    }()
    nonisolated(unsafe) private static var hasSaved = false
    /// The handlers found at install, indexed by signal number; allocated once, read in handlers.
    nonisolated(unsafe) private static let previous = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)
    static let fatalSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE, SIGSYS]

    /// Call before curses touches the terminal, so the modes saved are the shell's.
    static func install() {
        guard isatty(STDOUT_FILENO) != 0, tcgetattr(STDOUT_FILENO, saved) == 0 else { return }
        hasSaved = true
        for number in fatalSignals {
            var action = sigaction()
            action.__sigaction_handler.sa_sigaction = { number, info, _ in
                CrashGuard.restore()
                CrashGuard.handOn(number, sentByProcess: (info?.pointee.si_code ?? 0) <= 0)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = SA_SIGINFO | SA_ONSTACK
            sigaction(number, &action, previous + Int(number))
        }
    }

    static func uninstall() {
        guard hasSaved else { return }
        for number in fatalSignals { sigaction(number, previous + Int(number), nil) }
        hasSaved = false
    }

    /// A real fault goes to the earlier handler (the crash reporter), which runs when the faulting
    /// instruction re-executes. A signal sent by kill() or raise() takes the default action at
    /// once: there is no crash to report, and the Swift reporter returns from such a signal and
    /// leaves the process running.
    private static func handOn(_ number: Int32, sentByProcess: Bool) {
        if sentByProcess {
            signal(number, SIG_DFL)
            raise(number)
        } else {
            sigaction(number, previous + Int(number), nil)
        }
    }

    private static func restore() {
        if hasSaved { tcsetattr(STDOUT_FILENO, TCSANOW, saved) }
        // Normal attributes, cursor visible, mouse reporting off, leave the alternate screen.
        let reset: StaticString = "\u{1B}[0m\u{1B}[?25h\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1003l\u{1B}[?1006l\u{1B}[?1049l\r\n"
        _ = write(STDOUT_FILENO, reset.utf8Start, reset.utf8CodeUnitCount)
    }
}
