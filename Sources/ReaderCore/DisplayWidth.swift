import CUtf8proc

/// Terminal column widths from Unicode data (utf8proc), independent of the process locale.
public enum DisplayWidth {
    /// Columns a grapheme cluster takes: 0, 1 or 2. Emoji presentation and East Asian wide
    /// characters take 2; combining marks and joiners add nothing to their base.
    public static func of(_ cluster: Character) -> Int {
        var width = 0
        var first = true
        for scalar in cluster.unicodeScalars {
            if first {
                width = scalarWidth(scalar)
                first = false
            } else if scalar.value == 0xFE0F, width == 1 {
                width = 2 // VS16 asks for emoji presentation
            }
        }
        return width
    }

    public static func scalarWidth(_ scalar: Unicode.Scalar) -> Int {
        if scalar.value < 0x7F { return scalar.value >= 0x20 ? 1 : 0 }
        let width = Int(utf8proc_charwidth(Int32(bitPattern: scalar.value)))
        if width == 0, scalar.properties.generalCategory == .otherLetter { return 1 }
        return width
    }

    /// Columns of a whole string, summed per cluster.
    public static func of(_ string: some StringProtocol) -> Int {
        string.reduce(0) { $0 + of($1) }
    }
}
