/// Text bound for the clipboard, with every control character removed (C0, C1, DEL, bidi
/// overrides and isolates): pasted elsewhere it must not carry escape sequences or reorder text.
public enum ClipboardText {
    static let bidiControls: ClosedRange<UInt32> = 0x202A...0x202E
    static let bidiIsolates: ClosedRange<UInt32> = 0x2066...0x2069

    public static func sanitize(_ text: some StringProtocol) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\n" || scalar == "\t" || scalar == "\r" {
                if out.last != " " { out.append(" ") }
                continue
            }
            if scalar.properties.generalCategory == .control { continue }
            if bidiControls.contains(scalar.value) || bidiIsolates.contains(scalar.value) || scalar.value == 0x200E
                || scalar.value == 0x200F || scalar.value == 0x061C { continue }
            out.append(scalar)
        }
        return String(out)
    }
}
