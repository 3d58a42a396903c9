import Foundation
@testable import ArticleKit

/// The shared data folder beside the repository (`<repo>/../shared`), if present.
func sharedDirectory() -> URL? {
    let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let shared = repo.deletingLastPathComponent().appendingPathComponent("shared")
    return FileManager.default.fileExists(atPath: shared.appendingPathComponent("gold/seed.jsonl").path) ? shared : nil
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
