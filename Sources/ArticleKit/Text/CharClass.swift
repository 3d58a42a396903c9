/// Character classes of Unicode scalars as bit flags, from a table for the scripts news uses
/// (Latin, Greek, Cyrillic, Hebrew, Arabic, general punctuation), so the hot loops do one
/// memory read instead of a Unicode property lookup per scalar. Loops over many scalars copy
/// `CharClass.table` into a local first (one lazy-initialisation check instead of one per scalar).
enum CharClass {
    static let letter: UInt16 = 1, upper: UInt16 = 2, lower: UInt16 = 4, digit: UInt16 = 8
    static let space: UInt16 = 16, mark: UInt16 = 32, punct: UInt16 = 64, symbol: UInt16 = 128
    static let control: UInt16 = 256, quote: UInt16 = 512, dash: UInt16 = 1024, apostrophe: UInt16 = 2048
    static let wordChar: UInt16 = letter | digit | mark

    /// The classes and lowercase mappings of the scripts news uses, computed once (see `CharClassTable`).
    static let table = CharClassTable()

    @inline(__always) static func of(_ v: UInt32) -> UInt16 { table.of(v) }
    @inline(__always) static func lower(_ v: UInt32) -> UInt32 { table.lower(v) }

    /// Single-scalar lowercase mapping (identity where there is none or it is longer).
    static func computeLower(_ v: UInt32) -> UInt32 {
        guard let s = Unicode.Scalar(v), s.properties.isUppercase else { return v }
        let m = s.properties.lowercaseMapping.unicodeScalars
        return m.count == 1 ? m.first!.value : v
    }

    @inline(__always) static func isWord(_ v: UInt32) -> Bool { of(v) & wordChar != 0 }
    @inline(__always) static func isLetter(_ v: UInt32) -> Bool { of(v) & letter != 0 }
    @inline(__always) static func isUpper(_ v: UInt32) -> Bool { of(v) & upper != 0 }
    @inline(__always) static func isDigit(_ v: UInt32) -> Bool { of(v) & digit != 0 }
    @inline(__always) static func isSpace(_ v: UInt32) -> Bool { of(v) & (space | control) != 0 }

    static func compute(_ v: UInt32) -> UInt16 {
        guard let s = Unicode.Scalar(v) else { return control }
        switch v {
        case 0x22, 0x27, 0x60, 0xAB, 0xBB, 0x2018, 0x2019, 0x201A, 0x201B, 0x201C, 0x201D, 0x201E, 0x201F,
             0x2039, 0x203A, 0x301D, 0x301E, 0xFF02, 0x02BC:
            return quote | punct | ((v == 0x27 || v == 0x2019 || v == 0x02BC) ? apostrophe : 0)
        case 0x2D, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D:
            return dash | punct
        default: break
        }
        let p = s.properties
        switch p.generalCategory {
        case .uppercaseLetter, .titlecaseLetter: return letter | upper
        case .lowercaseLetter: return letter | lower
        case .otherLetter, .modifierLetter: return letter
        case .decimalNumber, .letterNumber, .otherNumber: return digit
        case .nonspacingMark, .spacingMark, .enclosingMark: return mark
        case .spaceSeparator, .lineSeparator, .paragraphSeparator: return space
        case .control: return (v == 9 || v == 10 || v == 11 || v == 12 || v == 13 || v == 0x85) ? space : control
        case .format: return control
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation: return punct
        case .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol: return symbol
        default: return control // unassigned, surrogates, private use: never part of a word
        }
    }
}
