#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Turns SIGINT, SIGTERM and SIGHUP into a flag the main loop polls, so the terminal is restored
/// by ordinary code (endwin) rather than from inside a signal handler. SIGTSTP (Ctrl-Z) likewise
/// becomes a request the main loop honours: curses' own handler would run on whichever thread
/// the signal lands on, racing the main thread's drawing.
public enum SignalWatcher {
    private static let received = Atomic<Int32>(0)
    private static let suspendRequested = Atomic<Bool>(false)

    public static let watched: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// Installs the handlers; call before the terminal is initialised so curses keeps ours.
    public static func install() {
        for signalNumber in watched {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { number in
                SignalWatcher.received.store(number, ordering: .relaxed)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0 // no SA_RESTART: a pending poll() must wake up
            sigaction(signalNumber, &action, nil)
        }
        installSuspendHandler()
        // A parent may hand us these blocked (test runners, some launchers); we need them delivered.
        var unblock = sigset_t()
        sigemptyset(&unblock)
        for number in watched + [SIGTSTP, SIGCONT, SIGWINCH] { sigaddset(&unblock, number) }
        pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
        // A closed terminal must not kill us with SIGPIPE while we still have to clean up.
        signal(SIGPIPE, SIG_IGN)
    }

    private static func installSuspendHandler() {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in
            SignalWatcher.suspendRequested.store(true, ordering: .relaxed)
        }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGTSTP, &action, nil)
    }

    /// True once per Ctrl-Z.
    public static func takeSuspendRequest() -> Bool {
        suspendRequested.exchange(false, ordering: .relaxed)
    }

    /// Stops the process as the default SIGTSTP would; returns when the shell continues it.
    public static func stopProcess() {
        signal(SIGTSTP, SIG_DFL)
        raise(SIGTSTP)
        installSuspendHandler()
    }

    /// The signal received since start, if any.
    public static var pending: Int32? {
        let value = received.load(ordering: .relaxed)
        return value == 0 ? nil : value
    }
}
