import Foundation

/// The cost of some work: the CPU time of the calling thread (other tests running beside it do
/// not count), the least of a few runs (the run least disturbed by a loaded machine).
struct GrowthMeter {
    var runs = 3

    /// CPU seconds this thread spent in `body`.
    static func threadCPUTime(_ body: () -> Void) -> Double {
        var before = timespec(), after = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &before)
        body()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &after)
        return Double(after.tv_sec - before.tv_sec) + Double(after.tv_nsec - before.tv_nsec) / 1e9
    }

    func cost(_ body: () -> Void) -> Double {
        (0..<runs).map { _ in Self.threadCPUTime(body) }.min()!
    }
}
