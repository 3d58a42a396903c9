import Foundation
import Testing
@testable import ArticleKit

/// The shared data folder beside the repository (`<repo>/../shared`).
let sharedDirectory: URL = {
    let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    return repo.deletingLastPathComponent().appendingPathComponent("shared")
}()

/// The project's own answer keys (`Tests/Gold/<name>`), offsets and labels only, joined to the
/// texts their `source` names in ../shared; fails with a message when a text is missing.
func projectKeyRecords(_ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [GoldRecord] {
    let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let data = try Data(contentsOf: repo.appendingPathComponent("Tests/Gold/\(name)"))
    var missing: [String] = []
    let load = JSONLinesReader.fileTextLoader(root: sharedDirectory.path)
    let records = try JSONLines.decode(data) { source in
        let text = load(source)
        if text == nil { missing.append(source) }
        return text
    }
    try #require(missing.isEmpty, "../shared/\(missing.first ?? "") is missing: the answer keys in Tests/Gold join to the texts in ../shared",
                 sourceLocation: sourceLocation)
    return records
}

/// A file of the shared data (`relative` to ../shared). When it is missing the test fails
/// with a message naming the path: the tests that need the shared data never skip silently.
func sharedFile(_ relative: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> URL {
    let url = sharedDirectory.appendingPathComponent(relative)
    try #require(FileManager.default.fileExists(atPath: url.path),
                 "../shared/\(relative) is missing: these tests need the shared data beside the repository (\(url.path))",
                 sourceLocation: sourceLocation)
    return url
}

/// The records of a shared JSON Lines file (`gold/seed.jsonl`); fails when it is missing.
func sharedRecords(_ relative: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [GoldRecord] {
    try JSONLines.decode(Data(contentsOf: sharedFile(relative, sourceLocation: sourceLocation)))
}

/// A text for the fast paths' tests: ASCII runs of every length (each run `filler` repeated)
/// around two- to four-byte scalars, NBSP, a curly apostrophe, line ends and a combining mark.
func mixedScriptText(_ count: Int, filler: String) -> String {
    var text = ""
    for k in 0..<count {
        text += String(repeating: filler, count: k % 5) + "é" + String(repeating: "x", count: k % 11)
            + "Дж\u{00A0}\u{2019}€😀\r\n" + (k % 3 == 0 ? "e\u{301}" : "")
    }
    return text
}

/// Token texts of a string.
func tokenTexts(_ text: String) -> [String] {
    let scalars = ScalarText(text)
    return Tokenizer().tokenize(text).map { scalars[$0.span] }
}

func tokenKinds(_ text: String) -> [(String, Token.Kind)] {
    let scalars = ScalarText(text)
    return Tokenizer().tokenize(text).map { (scalars[$0.span], $0.kind) }
}

func sentenceTexts(_ text: String, lang: String? = nil) -> [String] {
    let analysis = TextAnalyzer().analyze(ScalarText(text), languageHint: lang)
    return analysis.sentences.map { analysis.text[$0.span] }
}
