import Foundation
import ArticleKit

/// Bytes as a JSON Lines file: decoded, then scored against itself and against a shuffled half,
/// as `evaluate` does with a gold and a prediction file.
@_cdecl("LLVMFuzzerTestOneInput")
public func jsonLinesFuzz(_ bytes: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let data = Data(bytes: bytes, count: size)
    guard var records = try? JSONLines.decode(data) else { return 0 }
    // Known crash, fixed on main by record validation: spans far outside the text overflow the
    // evaluator's arithmetic. Such records are left out unless VERBATIM_FUZZ_ALL_SPANS is set,
    // so that the fuzzer can look past it.
    if !FuzzSpans.all { records = records.filter(FuzzSpans.plausible) }
    let evaluator = Evaluator()
    _ = evaluator.evaluate(gold: records, predicted: records)
    let even = records.enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
    let odd = records.enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
    _ = evaluator.evaluate(gold: even, predicted: odd)
    _ = evaluator.evaluate(gold: odd, predicted: even)
    for record in records {
        // What `evaluate` and `parse` write back must read back.
        guard let line = try? JSONLines.encode(record) else { continue }
        FuzzCheck.require((try? JSONLines.decode(Data(line.utf8))) == [record], "record does not read back")
    }
    return 0
}

enum FuzzSpans {
    static let all = ProcessInfo.processInfo.environment["VERBATIM_FUZZ_ALL_SPANS"] != nil

    /// Spans within the text's scalars, start before end: what record validation will accept.
    static func plausible(_ record: GoldRecord) -> Bool {
        let count = record.text.unicodeScalars.count
        func ok(_ start: Int, _ end: Int) -> Bool { start >= 0 && start <= end && end <= count }
        return (record.entities ?? []).allSatisfy { ok($0.start, $0.end) }
            && (record.quotes ?? []).allSatisfy { ok($0.start, $0.end) }
            && (record.foreignFragments ?? []).allSatisfy { ok($0.start, $0.end) }
    }
}
