/// The analysis as text a person reads: the article with entities bracketed and typed,
/// untranslated fragments marked, then the actors and their statements (`StatementReport`).
public enum AnnotatedTextFormatter {
    public static func format(_ article: Article, _ analysis: Analysis, isUncertain: (Quote) -> Bool = { _ in false }) -> String {
        // One header line even when the title comes from a file name holding a line break.
        var out = "# \(article.title.split(whereSeparator: \.isNewline).joined(separator: " "))\n"
        out += "language: \(analysis.language)   entities: \(analysis.entities.count)   quotes: \(analysis.quotes.count)   actors: \(analysis.actors.count)\n\n"
        out += annotatedText(analysis)
        out += "\n"
        out += "\n" + StatementReport.format(analysis, title: "Who said what", isUncertain: isUncertain)
        return out
    }

    /// The text with `[name]TYPE` around entities and `{fragment}script` around foreign fragments.
    static func annotatedText(_ analysis: Analysis) -> String {
        struct Mark { var offset: Int; var isOpen: Bool; var label: String }
        var marks: [Mark] = []
        for entity in analysis.entities {
            marks.append(Mark(offset: entity.span.start, isOpen: true, label: "["))
            marks.append(Mark(offset: entity.span.end, isOpen: false, label: "]" + entity.type.rawValue))
        }
        for fragment in analysis.foreignFragments {
            marks.append(Mark(offset: fragment.span.start, isOpen: true, label: "{"))
            marks.append(Mark(offset: fragment.span.end, isOpen: false, label: "}" + fragment.lang))
        }
        // Closings before openings at the same offset, so adjacent spans do not interleave.
        marks.sort { $0.offset != $1.offset ? $0.offset < $1.offset : (!$0.isOpen && $1.isOpen) }
        var out = ""
        var position = 0
        for mark in marks {
            out += analysis.text[TextSpan(position, mark.offset)]
            out += mark.label
            position = max(position, mark.offset)
        }
        out += analysis.text[TextSpan(position, analysis.text.count)]
        return out
    }
}
