/// The cases of the Unicode line-breaking rules (UAX #14) that matter in news text, applied to the
/// spaces the wrapper may break at: no break before closing punctuation and the French « » : ; ! ? %
/// written with an ordinary space, none after an opening mark. No-break and thin spaces (U+00A0,
/// U+202F, U+2009 in "10 000") are never break opportunities: they are not `.space` clusters.
public enum LineBreakRules {
    /// Characters that must not start a line when a space precedes them (UAX #14 classes CL, CP,
    /// EX, IS, PO, and QU closing quotes).
    static let closing: Set<Unicode.Scalar> = [
        "»", "›", "”", "’", ")", "]", "}", ":", ";", "!", "?", "%", "‰", "‱", ",", ".", "…", "‼", "⁇", "⁈", "⁉",
        "。", "、", "」", "』", "）", "］",
    ]
    /// Characters that must not end a line when a space follows them (UAX #14 OP and opening QU).
    static let opening: Set<Unicode.Scalar> = ["«", "‹", "“", "„", "‘", "(", "[", "{", "¿", "¡", "「", "『", "（", "［"]

    /// Whether the space between `before` and `after` must not become a line break.
    public static func keepsTogether(_ before: DisplayCluster?, _ after: DisplayCluster?) -> Bool {
        if let after, after.kind == .text, let first = after.text.unicodeScalars.first, closing.contains(first) { return true }
        if let before, before.kind == .text, let last = before.text.unicodeScalars.last, opening.contains(last) { return true }
        return false
    }
}
