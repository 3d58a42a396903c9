import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `--end-to-end`: `verbatim parse --format jsonl --jobs 1` as a user runs it, process start to
/// exit, on one article of 1, 10 and 50 MB (`--sizes`) built from the corpus; its CPU time (user
/// and system: on a shared machine the wall time also counts the others' work) and peak memory
/// (the child's ru_maxrss); against `wc -w` over the same file in the same minutes as the baseline process.
enum EndToEndBench {
    struct Run {
        var seconds: Double
        var cpuSeconds: Double
        var peakKB: Int
    }

    static func run(texts: [String], sizesMB: [Int] = [1, 10, 50]) {
        let verbatim = siblingExecutable("verbatim")
        guard FileManager.default.isExecutableFile(atPath: verbatim) else {
            print("end-to-end: no verbatim next to verbatim-bench (build it: swift build -c release --product verbatim)")
            return
        }
        print("end to end: verbatim parse --format jsonl --jobs 1 FILE > /dev/null, best of 3; baseline wc -w FILE")
        print("size      verbatim        MB/s     CPU s    peak RSS   RSS/size    wc -w MB/s   ratio")
        for size in sizesMB {
            let path = "/tmp/verbatim-bench-\(getpid())-\(size)mb.txt"
            defer { unlink(path) }
            write(article(of: size * 1_000_000, from: texts), to: path)
            let parse = best { spawn([verbatim, "parse", "--format", "jsonl", "--jobs", "1", path]) }
            let baseline = best { spawn(["/usr/bin/wc", "-w", path]) }
            let mb = Double(size)
            print(String(format: "%3d MB %9.2f s %9.2f %9.2f %9.0f MB %8.1fx %12.1f %8.3f",
                         size, parse.seconds, mb / parse.seconds, parse.cpuSeconds, Double(parse.peakKB) / 1024,
                         Double(parse.peakKB) / 1024 / mb, mb / baseline.seconds, baseline.seconds / parse.seconds))
        }
    }

    /// Paragraphs of the corpus repeated up to `bytes`: one long article, as a saved dossier is.
    static func article(of bytes: Int, from texts: [String]) -> String {
        var out = ""
        out.reserveCapacity(bytes + 100_000)
        var index = 0
        while out.utf8.count < bytes {
            out += texts[index % texts.count]
            out += "\n\n"
            index += 1
        }
        return out
    }

    static func write(_ text: String, to path: String) {
        _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
    }

    static func best(_ body: () -> Run) -> Run {
        var result = Run(seconds: .infinity, cpuSeconds: .infinity, peakKB: 0)
        for _ in 0..<3 {
            let run = body()
            result.seconds = min(result.seconds, run.seconds)
            result.cpuSeconds = min(result.cpuSeconds, run.cpuSeconds)
            result.peakKB = max(result.peakKB, run.peakKB)
        }
        return result
    }

    /// Runs a command with stdout to /dev/null; wall time and the child's peak resident memory.
    static func spawn(_ arguments: [String]) -> Run {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let start = now()
        guard posix_spawn(&pid, arguments[0], &actions, nil, argv, environ) == 0 else { return Run(seconds: .infinity, cpuSeconds: .infinity, peakKB: 0) }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) == -1 && errno == EINTR {}
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return Run(seconds: now() - start, cpuSeconds: seconds(usage.ru_utime) + seconds(usage.ru_stime), peakKB: usage.ru_maxrss)
    }

    static func siblingExecutable(_ name: String) -> String {
        let me = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: me).deletingLastPathComponent().appendingPathComponent(name).path
    }
}
