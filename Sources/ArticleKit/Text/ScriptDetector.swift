/// The writing system of a letter, by Unicode block (enough for news: ISO 15924 names as the
/// gold format spells them).
public enum Script: String, Sendable, CaseIterable {
    case latin = "Latin", cyrillic = "Cyrillic", greek = "Greek", arabic = "Arabic", hebrew = "Hebrew"
    case han = "Han", hiragana = "Hiragana", katakana = "Katakana", hangul = "Hangul"
    case devanagari = "Devanagari", thai = "Thai", georgian = "Georgian", armenian = "Armenian"
    case other = "Zyyy"

    /// Script of a letter scalar (call only for letters). Inlined: the language statistics and the
    /// foreign-fragment finder ask it for every non-ASCII letter.
    @inline(__always) public static func of(_ v: UInt32) -> Script {
        switch v {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x1E00...0x1EFF, 0x2C60...0x2C7F, 0xA720...0xA7FF, 0xFF21...0xFF5A:
            return .latin
        case 0x400...0x52F, 0x1C80...0x1C8F, 0x2DE0...0x2DFF, 0xA640...0xA69F: return .cyrillic
        case 0x370...0x3FF, 0x1F00...0x1FFF: return .greek
        case 0x530...0x58F: return .armenian
        case 0x590...0x5FF: return .hebrew
        case 0x600...0x6FF, 0x750...0x77F, 0x8A0...0x8FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF: return .arabic
        case 0x900...0x97F: return .devanagari
        case 0xE00...0xE7F: return .thai
        case 0x10A0...0x10FF: return .georgian
        case 0x1100...0x11FF, 0xAC00...0xD7AF, 0x3130...0x318F: return .hangul
        case 0x3040...0x309F: return .hiragana
        case 0x30A0...0x30FF: return .katakana
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x20000...0x2FFFF, 0xF900...0xFAFF: return .han
        default: return .other
        }
    }

    /// The script a language is normally written in.
    public static func forLanguage(_ lang: String) -> Script? {
        switch lang {
        case "fr", "en", "de", "es", "it", "pt", "nl", "pl": return .latin
        case "ru", "uk", "bg", "sr": return .cyrillic
        default: return nil
        }
    }

    /// Best guess of the language of a fragment in this script.
    public var likelyLanguage: String {
        switch self {
        case .cyrillic: return "ru"
        case .greek: return "el"
        case .arabic: return "ar"
        case .hebrew: return "he"
        case .han: return "zh"
        case .hiragana, .katakana: return "ja"
        case .hangul: return "ko"
        case .georgian: return "ka"
        case .armenian: return "hy"
        case .thai: return "th"
        case .devanagari: return "hi"
        default: return "und"
        }
    }
}
