#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Turns SIGINT, SIGTERM and SIGHUP into a flag the main loop polls, so the terminal is restored
/// by ordinary code (endwin) rather than from inside a signal handler.
public enum SignalWatcher {
    private static let received = Atomic<Int32>(0)

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
        // A closed terminal must not kill us with SIGPIPE while we still have to clean up.
        signal(SIGPIPE, SIG_IGN)
    }

    /// The signal received since start, if any.
    public static var pending: Int32? {
        let value = received.load(ordering: .relaxed)
        return value == 0 ? nil : value
    }
}
