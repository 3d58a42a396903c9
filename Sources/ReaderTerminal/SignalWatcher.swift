#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Turns every signal whose default action ends the process without a core (INT, TERM, HUP, QUIT,
/// USR1, USR2, ALRM, PIPE, ...) into a flag the main loop polls, so the terminal is restored by
/// ordinary code (endwin) rather than from inside a signal handler, and the reader exits 128 + N.
/// QUIT is caught too: left to the Swift runtime it would print a crash report over the screen.
/// SIGTSTP (Ctrl-Z) likewise becomes a request the main loop honours: curses' own handler would
/// run on whichever thread the signal lands on, racing the main thread's drawing. SIGCONT asks for
/// a full repaint, since whoever stopped us may have changed the tty modes and the screen.
public enum SignalWatcher {
    private static let received = Atomic<Int32>(0)
    private static let suspendRequested = Atomic<Bool>(false)
    private static let continued = Atomic<Bool>(false)

    public static let watched: [Int32] = [
        SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGPIPE,
        SIGVTALRM, SIGPROF, SIGXCPU, SIGXFSZ,
    ]

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
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in
            SignalWatcher.continued.store(true, ordering: .relaxed)
        }
        sigemptyset(&action.sa_mask)
        action.sa_flags = SA_RESTART
        sigaction(SIGCONT, &action, nil)
        // A parent may hand us these blocked (test runners, some launchers); we need them delivered.
        var unblock = sigset_t()
        sigemptyset(&unblock)
        for number in watched + [SIGTSTP, SIGCONT, SIGWINCH] { sigaddset(&unblock, number) }
        pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
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

    /// True once after each SIGCONT (after `fg`, or `kill -CONT` following a `kill -STOP`).
    public static func takeContinued() -> Bool {
        continued.exchange(false, ordering: .relaxed)
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
