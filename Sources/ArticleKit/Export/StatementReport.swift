/// The readable `text` format of `verbatim parse`: each actor with its statements and cues,
/// then the statements whose speaker is not an actor (a place, a description, unknown).
/// `isUncertain` says which speakers are guesses (the reader's threshold, which ArticleKit does not
/// own); their statements say "speaker (?)".
public enum StatementReport {
    public static func format(_ analysis: Analysis, title: String, isUncertain: (Quote) -> Bool = { _ in false }) -> String {
        var lines: [String] = [title, String(repeating: "=", count: max(3, min(title.count, 78))), ""]
        func statement(_ quote: Quote) -> String {
            let mark = quote.kind == .direct ? "«\(quote.text)»" : quote.text
            var line = "  - [\(quote.kind.rawValue)] \(mark)"
            var details: [String] = []
            if isUncertain(quote) { details.append("speaker (?)") }
            if !quote.cue.isEmpty { details.append("cue: \(quote.cue)") }
            if let mention = quote.speakerMentionText, mention != quote.speaker { details.append("as: \(mention)") }
            if !quote.speakerAlternatives.isEmpty { details.append("or: \(quote.speakerAlternatives.joined(separator: ", "))") }
            if !details.isEmpty { line += "  (" + details.joined(separator: "; ") + ")" }
            return line
        }
        for actor in analysis.actors {
            var header = "\(actor.name) [\(actor.type.rawValue)]"
            if let role = actor.role { header += ", \(role)" }
            lines.append(header)
            if !actor.aliases.isEmpty { lines.append("  also: \(actor.aliases.joined(separator: ", "))") }
            let said = actor.quotes.filter { analysis.quotes.indices.contains($0) }
            if said.isEmpty {
                lines.append("  (no statement)")
            } else {
                for index in said { lines.append(statement(analysis.quotes[index])) }
            }
            lines.append("")
        }
        let others = analysis.quotes.filter { $0.actor == nil }
        if !others.isEmpty {
            var bySpeaker: [(String, [Quote])] = []
            for quote in others {
                let name = quote.speaker ?? "(unknown speaker)"
                if let i = bySpeaker.firstIndex(where: { $0.0 == name }) { bySpeaker[i].1.append(quote) } else { bySpeaker.append((name, [quote])) }
            }
            for (name, quotes) in bySpeaker {
                lines.append(name)
                for quote in quotes { lines.append(statement(quote)) }
                lines.append("")
            }
        }
        if analysis.quotes.isEmpty { lines.append("(no statements found)") }
        return lines.joined(separator: "\n")
    }
}
