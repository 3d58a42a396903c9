import Foundation
import TestSupport
import Testing

/// `verbatim parse` on a pathological article at two sizes: what the process holds at its
/// peak, above what a one-line article needs, must grow at most 3× when the article doubles.
@Suite struct PeakMemoryTests {
    func article(_ text: String) throws -> URL {
        let url = ScratchFolder.url("memory", suffix: ".txt")
        try Data(text.utf8).write(to: url)
        return url
    }

    func peak(_ text: String) throws -> Int {
        let url = try article(text)
        defer { try? FileManager.default.removeItem(at: url) }
        let run = try PeakMemory.of([Executable.verbatim, "parse", url.path, "--format", "jsonl"])
        #expect(run.status == 0)
        return run.kilobytes
    }

    func expectLinearMemory(n: Int, _ make: (Int) -> String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let base = try peak("Un mot.")
        let small = try peak(make(n)) - base, large = try peak(make(2 * n)) - base
        // Large enough to measure: the growth is megabytes, not the noise of the allocator.
        #expect(small > 4_000, "n: \(small) kB above \(base) kB", sourceLocation: sourceLocation)
        #expect(large <= 3 * small, "n: \(small) kB, 2n: \(large) kB above \(base) kB", sourceLocation: sourceLocation)
    }

    @Test func repeatedNameMemory() throws {
        try expectLinearMemory(n: 30_000) { String(repeating: "Jean ", count: $0) }
    }

    @Test func singleLineMemory() throws {
        try expectLinearMemory(n: 12_000) { String(repeating: "Le train part à midi et arrive le soir. ", count: $0) }
    }
}
