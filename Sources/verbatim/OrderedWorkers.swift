import Dispatch
import Foundation

/// Runs work items on up to `jobs` threads and hands their results to the caller's thread in the
/// order they were submitted, so `parse --jobs N` writes exactly what `--jobs 1` writes. At most
/// `window` items are in flight or waiting to be written, which bounds memory whatever the input.
final class OrderedWorkers<Output: Sendable>: @unchecked Sendable {
    private let jobs: Int
    private let window: Int
    private let condition = NSCondition()
    private var finished: [Int: Output] = [:]
    private var submitted = 0
    private var delivered = 0
    private let queue = DispatchQueue(label: "verbatim.workers", attributes: .concurrent)
    private let slots: DispatchSemaphore

    init(jobs: Int) {
        self.jobs = max(1, jobs)
        window = 2 * self.jobs
        slots = DispatchSemaphore(value: self.jobs)
    }

    /// Queues `work`; meanwhile delivers, in order, every result that is ready (and waits for the
    /// oldest while the window is full).
    func submit(_ work: @escaping @Sendable () -> Output, deliver: (Output) throws -> Void) throws {
        if jobs == 1 {
            try deliver(work())
            return
        }
        let index = submitted
        submitted += 1
        slots.wait()
        queue.async { [self] in
            let output = work()
            condition.lock()
            finished[index] = output
            condition.broadcast()
            condition.unlock()
            slots.signal()
        }
        try deliverReady(deliver, waitWhileAtLeast: window)
    }

    /// Delivers everything still outstanding, in order.
    func finish(deliver: (Output) throws -> Void) throws {
        try deliverReady(deliver, waitWhileAtLeast: 1)
    }

    /// Delivers ready results in order; blocks for the next one while `submitted - delivered`
    /// is at least `limit`.
    private func deliverReady(_ deliver: (Output) throws -> Void, waitWhileAtLeast limit: Int) throws {
        while true {
            condition.lock()
            while submitted - delivered >= limit, finished[delivered] == nil { condition.wait() }
            guard let output = finished.removeValue(forKey: delivered) else {
                condition.unlock()
                return
            }
            delivered += 1
            condition.unlock()
            try deliver(output)
        }
    }
}
