/// An actor's role in the room a panel row leaves: whole words, then "…"; nothing when not even
/// its first word fits ("représenta…" tells less than no role at all).
enum RoleLabel {
    static func fitting(_ role: String, _ width: Int) -> String? {
        let flat = TextSanitizer.flatten(role)
        guard width > 0, let firstWord = flat.split(whereSeparator: \.isWhitespace).first else { return nil }
        if DisplayWidth.of(flat) <= width { return flat }
        guard DisplayWidth.of(firstWord) + 1 <= width else { return nil }
        return WordTruncate.toWidth(flat, width)
    }
}
