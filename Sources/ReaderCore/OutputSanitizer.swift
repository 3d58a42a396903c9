/// The one gate for text bound for a terminal outside the reader's screen: `parse` text output,
/// file-name headers, `evaluate` tables, `keys`, and every message on stderr. Each control scalar
/// (C0 but newline and tab, DEL, C1 including the one-byte CSI U+009B, ESC, and the bidi
/// overrides, embeddings and isolates) becomes the visible picture the reader shows for it, so no
/// escape sequence (CSI, OSC, DCS, APC) can retitle the terminal, write the clipboard or switch
/// screens: without its ESC or C1 introducer the rest of a sequence is plain printable text.
public enum OutputSanitizer {
    /// Keeps newlines and tabs; every other control becomes its picture (`␛`, `<9B>`, `<RLO>`).
    public static func sanitize(_ text: some StringProtocol) -> String {
        clean(text, keepingLineBreaks: true)
    }

    /// For one-line messages (stderr, a name in a header): newlines and tabs become pictures too,
    /// so a file name cannot fake a second message line.
    public static func sanitizeLine(_ text: some StringProtocol) -> String {
        clean(text, keepingLineBreaks: false)
    }

    /// True when the text holds nothing `sanitize` would change.
    public static func isSafe(_ text: some StringProtocol, keepingLineBreaks: Bool = true) -> Bool {
        text.unicodeScalars.allSatisfy { picture(for: $0, keepingLineBreaks: keepingLineBreaks) == nil }
    }

    private static func clean(_ text: some StringProtocol, keepingLineBreaks: Bool) -> String {
        // Most text holds no control at all: return it untouched without rebuilding it.
        guard let first = text.unicodeScalars.firstIndex(where: { picture(for: $0, keepingLineBreaks: keepingLineBreaks) != nil })
        else { return String(text) }
        var out = String(String.UnicodeScalarView(text.unicodeScalars[..<first]))
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars[first...] {
            if let picture = picture(for: scalar, keepingLineBreaks: keepingLineBreaks) {
                out += picture
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func picture(for scalar: Unicode.Scalar, keepingLineBreaks: Bool) -> String? {
        if keepingLineBreaks, scalar == "\n" || scalar == "\t" { return nil }
        // Printable ASCII is by far the common case.
        if scalar.value >= 0x20, scalar.value < 0x7F { return nil }
        return TextSanitizer.controlPicture(scalar)
    }
}
