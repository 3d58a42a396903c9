import Foundation
@testable import ArticleKit

/// The shared data folder beside the repository (`<repo>/../shared`), if present.
func sharedDirectory() -> URL? {
    let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let shared = repo.deletingLastPathComponent().appendingPathComponent("shared")
    return FileManager.default.fileExists(atPath: shared.appendingPathComponent("gold/seed.jsonl").path) ? shared : nil
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
