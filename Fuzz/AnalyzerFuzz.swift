import Foundation
import ArticleKit

/// Any text through the whole pipeline, with the span invariants checked, and the record `parse`
/// writes for it read back.
@_cdecl("LLVMFuzzerTestOneInput")
public func analyzerFuzz(_ bytes: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    _ = FuzzCheck.resourcesLoaded
    let text = String(decoding: UnsafeBufferPointer(start: bytes, count: size), as: UTF8.self)
    // The first byte picks the language hint, as a record's "lang" would.
    let hints: [String?] = [nil, "fr", "en", "ru", "und", "de"]
    let hint = size > 0 ? hints[Int(bytes[0]) % hints.count] : nil
    let article = Article(id: "fuzz", title: "fuzz", language: hint, text: text)
    let analysis = ArticleAnalyzer().analyze(article)
    FuzzCheck.checkAnalysis(analysis, of: text)
    let record = GoldRecord(article: article, analysis: analysis)
    do {
        let line = try JSONLines.encode(record)
        FuzzCheck.require(!line.contains("\n"), "record spans lines")
        let decoded = try JSONLines.decode(Data(line.utf8))
        FuzzCheck.require(decoded == [record], "record does not read back")
    } catch {
        FuzzCheck.require(false, "record: \(error)")
    }
    return 0
}
