/// Character classes of Unicode scalars as bit flags, from a table for the scripts news uses
/// (Latin, Greek, Cyrillic, Hebrew, Arabic, general punctuation), so the hot loops do one
/// array read instead of a Unicode property lookup per scalar.
enum CharClass {
    static let letter: UInt16 = 1, upper: UInt16 = 2, lower: UInt16 = 4, digit: UInt16 = 8
    static let space: UInt16 = 16, mark: UInt16 = 32, punct: UInt16 = 64, symbol: UInt16 = 128
    static let control: UInt16 = 256, quote: UInt16 = 512, dash: UInt16 = 1024, apostrophe: UInt16 = 2048
    static let wordChar: UInt16 = letter | digit | mark

    static let tableSize = 0x3100
    static let table: [UInt16] = (0..<tableSize).map { compute(UInt32($0)) }
    /// Single-scalar lowercase mapping for the same range (identity elsewhere).
    static let lowerTable: [UInt32] = (0..<tableSize).map { v in
        guard let s = Unicode.Scalar(UInt32(v)), s.properties.isUppercase else { return UInt32(v) }
        let m = s.properties.lowercaseMapping.unicodeScalars
        return m.count == 1 ? m.first!.value : UInt32(v)
    }

    // Fast paths for ASCII, Latin-1 and basic Cyrillic letters by arithmetic: they never touch the
    // lazily initialised tables (each access to a static pays a swift_once check on Linux).
    @inline(__always) static func of(_ v: UInt32) -> UInt16 {
        if v < 0x80 {
            if v >= 97 && v <= 122 { return letter | lower }
            if v >= 65 && v <= 90 { return letter | upper }
            if v >= 48 && v <= 57 { return digit }
            if v == 32 || (v >= 9 && v <= 13) { return space }
            if v < 32 || v == 127 { return control }
            if v == 39 { return quote | punct | apostrophe }
            if v == 34 || v == 96 { return quote | punct }
            if v == 45 { return dash | punct }
            if v == 36 || v == 43 || v == 60 || v == 61 || v == 62 || v == 94 || v == 124 || v == 126 { return symbol }
            return punct
        }
        if v >= 0x430 && v <= 0x44F { return letter | lower }
        if v >= 0x410 && v <= 0x42F { return letter | upper }
        if v >= 0xDF && v <= 0xFF && v != 0xF7 { return letter | lower }
        if v >= 0xC0 && v <= 0xDE && v != 0xD7 { return letter | upper }
        return v < UInt32(tableSize) ? table[Int(v)] : compute(v)
    }

    @inline(__always) static func lower(_ v: UInt32) -> UInt32 {
        if v < 0x80 { return (v >= 65 && v <= 90) ? v + 32 : v }
        if v >= 0x410 && v <= 0x42F { return v + 0x20 }
        if v >= 0x430 && v <= 0x44F { return v }
        if v >= 0xC0 && v <= 0xDE && v != 0xD7 { return v + 0x20 }
        if v >= 0xDF && v <= 0xFF { return v }
        if v < UInt32(tableSize) { return lowerTable[Int(v)] }
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
