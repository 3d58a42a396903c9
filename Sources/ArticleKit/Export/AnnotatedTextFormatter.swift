/// The analysis as text a person reads: the article with entities bracketed and typed,
/// untranslated fragments marked, then the actors and their statements.
public enum AnnotatedTextFormatter {
    public static func format(_ article: Article, _ analysis: Analysis) -> String {
        var out = "# \(article.title)\n"
        out += "language: \(analysis.language)   entities: \(analysis.entities.count)   quotes: \(analysis.quotes.count)   actors: \(analysis.actors.count)\n\n"
        out += annotatedText(analysis)
        out += "\n"
        if !analysis.actors.isEmpty || !analysis.quotes.isEmpty {
            out += "\n" + statements(analysis)
        }
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

    /// Each actor, then its statements with the cue; then unattributed statements.
    static func statements(_ analysis: Analysis) -> String {
        var out = ""
        let order = analysis.actors.indices.sorted {
            let a = analysis.actors[$0], b = analysis.actors[$1]
            return a.quotes.count != b.quotes.count ? a.quotes.count > b.quotes.count : $0 < $1
        }
        for index in order {
            let actor = analysis.actors[index]
            out += "\(actor.name) (\(actor.type.rawValue))"
            if let role = actor.role { out += ", \(role)" }
            out += " — \(actor.mentions.count) mentions\n"
            for quoteIndex in actor.quotes where analysis.quotes.indices.contains(quoteIndex) {
                out += statementLine(analysis.quotes[quoteIndex])
            }
        }
        let orphans = analysis.quotes.filter { $0.actor == nil }
        if !orphans.isEmpty {
            out += "Unattributed\n"
            for quote in orphans { out += statementLine(quote) }
        }
        return out
    }

    static func statementLine(_ quote: Quote) -> String {
        let mark = quote.kind == .direct ? "«\(quote.text)»" : quote.text
        let cue = quote.cue.isEmpty ? "" : " [\(quote.cue)]"
        let mention = quote.speakerMentionText.map { " (as \"\($0)\")" } ?? ""
        return "  - \(quote.kind.rawValue)\(cue)\(mention): \(mark)\n"
    }
}
