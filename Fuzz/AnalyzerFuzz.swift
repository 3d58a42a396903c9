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
    // Every offset `parse` writes passes the validation `evaluate` applies to records.
    FuzzCheck.require(record.validationProblems().isEmpty, "record: \(record.validationProblems())")
    let line = JSONLines.encode(record)
    FuzzCheck.require(!line.contains("\n"), "record spans lines")
    // Read back as JSON (the binary-text refusal of JSONLinesReader is for files, and this text
    // never went through the importer).
    let decoded = try? JSONDecoder().decode(GoldRecord.self, from: Data(line.utf8))
    FuzzCheck.require(decoded == record, "record does not read back")
    return 0
}
