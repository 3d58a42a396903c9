import ArticleKit

/// The statements of the current document as JSON Lines (one object per quote) or Markdown; a
/// guessed speaker is "Name (?)" in Markdown and `"speaker_uncertain":true` in JSON Lines.
public enum StatementExport {
    public enum Format: String, Sendable, Hashable {
        case jsonl, markdown

        public var fileExtension: String { self == .jsonl ? "jsonl" : "md" }
    }

    public static func contents(_ state: ReaderState, format: Format) -> String {
        guard let analysis = state.analysis, let article = state.document?.article else { return "" }
        var out = format == .markdown ? "# Statements: \(ClipboardText.sanitize(article.title))\n\n" : ""
        for index in analysis.quotes.indices {
            let quote = analysis.quotes[index]
            let words = ClipboardText.sanitize(quote.text.isEmpty ? analysis.text[quote.span] : quote.text)
            let speaker = ClipboardText.sanitize(state.speakerName(ofQuote: index))
            let uncertain = state.speakerCertainty(ofQuote: index) == .uncertain
            switch format {
            case .markdown:
                let label = markdownEscaped(speaker) + (uncertain ? SpeakerCertainty.exportMark : "")
                out += "- **\(label)** (\(quote.kind == .direct ? "direct" : "reported")): \(markdownEscaped(words))\n"
            case .jsonl:
                let fields: [(String, String)] = [
                    ("article", article.id), ("title", article.title), ("speaker", speaker),
                    ("kind", quote.kind.rawValue), ("text", words),
                ]
                // The name stays the name (for grouping by speaker); the doubt is its own field.
                out += "{" + fields.map { "\(json($0.0)):\(json($0.1))" }.joined(separator: ",")
                    + ",\"speaker_uncertain\":\(uncertain),\"start\":\(quote.span.start),\"end\":\(quote.span.end)}\n"
            }
        }
        return out
    }

    /// A file name for the export: the article's id, made safe for a path.
    public static func fileName(_ state: ReaderState, format: Format) -> String {
        let id = state.document?.article.id ?? "article"
        let base = id.split(separator: "/").last.map(String.init) ?? id
        let safe = String(base.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." ? $0 : "-" }.prefix(80))
        let stem = safe.isEmpty || safe.allSatisfy({ $0 == "." }) ? "article" : safe
        return "\(stem).statements.\(format.fileExtension)"
    }

    static func json(_ string: String) -> String {
        var out = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) {
                    out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    static func markdownEscaped(_ text: String) -> String {
        var out = ""
        for c in text {
            if "\\`*_[]<>#|".contains(c) { out.append("\\") }
            out.append(c)
        }
        return out
    }
}
