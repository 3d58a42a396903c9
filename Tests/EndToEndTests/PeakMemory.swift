import Foundation

/// The peak resident memory of a command run to its end, its output thrown away: its `VmHWM`
/// (the high-water mark of its own memory), read until it exits. (Not `ru_maxrss` from `wait4`:
/// a child spawned by this test process starts with this process's high-water mark, which
/// other tests running beside it move.)
enum PeakMemory {
    /// Kilobytes at the peak, and the exit status.
    static func of(_ arguments: [String]) throws -> (kilobytes: Int, status: Int32) {
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, arguments[0], &actions, nil, &argv, environ)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }
        var peak = 0
        while true {
            var status: Int32 = 0
            let done = waitpid(pid, &status, WNOHANG)
            if done == pid { return (peak, status) }
            if done < 0, errno != EINTR { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            peak = max(peak, highWaterMark(of: pid) ?? 0)
            usleep(1_000)
        }
    }

    /// `VmHWM` of a running process, in kilobytes.
    static func highWaterMark(of pid: pid_t) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return nil }
        return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
    }
}
