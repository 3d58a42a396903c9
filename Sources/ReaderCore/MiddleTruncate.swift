/// Shortens a name in its middle ("Pedro Sánchez Pérez-Castejón" → "Pedro Sán…Castejón"), so that
/// both the first name and the surname, which tells actors apart, stay readable.
enum MiddleTruncate {
    static func toWidth(_ string: String, _ width: Int) -> String {
        guard width > 0 else { return "" }
        let flat = TextSanitizer.flatten(string)
        if DisplayWidth.of(flat) <= width { return flat }
        // Too narrow for both ends: keep the start, as before.
        guard width >= 7 else { return Truncate.toWidth(flat, width) }
        let characters = Array(flat)
        let tailRoom = (width - 1) / 2
        var tail: [Character] = []
        var used = 0
        for c in characters.reversed() {
            let w = DisplayWidth.of(c)
            if used + w > tailRoom { break }
            tail.insert(c, at: 0)
            used += w
        }
        var head = ""
        var headUsed = 0
        for c in characters {
            let w = DisplayWidth.of(c)
            if headUsed + w > width - 1 - used { break }
            head.append(c)
            headUsed += w
        }
        return head + "…" + String(tail)
    }
}
