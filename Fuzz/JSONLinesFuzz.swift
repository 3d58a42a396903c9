import Foundation
import ArticleKit

/// Bytes as a JSON Lines file: read as `evaluate` and `parse --from-jsonl` read it (validated,
/// line by line), and also decoded without validation and scored against itself and a shuffled
/// half, so the evaluator meets any numbers a caller of the library could hand it.
@_cdecl("LLVMFuzzerTestOneInput")
public func jsonLinesFuzz(_ bytes: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let data = Data(bytes: bytes, count: size)
    let validated = (try? JSONLines.decode(data)) ?? []
    let decoder = JSONDecoder()
    let unvalidated = data.split(separator: UInt8(ascii: "\n")).compactMap { try? decoder.decode(GoldRecord.self, from: Data($0)) }
    for records in [validated, unvalidated] {
        let evaluator = Evaluator()
        _ = evaluator.evaluate(gold: records, predicted: records)
        let even = records.enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
        let odd = records.enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
        _ = evaluator.evaluate(gold: even, predicted: odd)
        _ = evaluator.evaluate(gold: odd, predicted: even)
    }
    for record in validated {
        // What `evaluate` and `parse` write back must read back.
        let line = JSONLines.encode(record)
        FuzzCheck.require((try? JSONLines.decode(Data(line.utf8))) == [record], "record does not read back")
    }
    return 0
}
