/// Shortens a name or a line at its end, after the last whole word that fits, with "…"
/// ("Conseil de Sécurité des Nations unies" → "Conseil de Sécurité…"), as pagers and feed readers
/// do: the start of a name is what a reader scans for, and a word cut in its middle
/// ("Vladim…outine") reads as another name. A first word wider than the room is cut between
/// clusters, as nothing shorter could show.
enum WordTruncate {
    static func toWidth(_ string: String, _ width: Int) -> String {
        guard width > 0 else { return "" }
        let flat = TextSanitizer.flatten(string)
        if DisplayWidth.of(flat) <= width { return flat }
        let room = width - 1 // the "…"
        var used = 0
        var kept = flat.startIndex // end of the last whole word that fits
        var index = flat.startIndex
        while index < flat.endIndex {
            let c = flat[index]
            if c.isWhitespace {
                // The words before this space fit: they can end the line.
                if index > flat.startIndex, !flat[flat.index(before: index)].isWhitespace { kept = index }
            }
            used += DisplayWidth.of(c)
            if used > room { break }
            index = flat.index(after: index)
        }
        if kept == flat.startIndex { return Truncate.toWidth(flat, width) }
        return String(flat[..<kept]) + "…"
    }
}
