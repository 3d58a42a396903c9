/// A character encoding Verbatim reads: Unicode, and the single-byte encodings of news archives.
public enum TextEncoding: String, Sendable, Hashable, CaseIterable {
    case utf8 = "utf-8"
    case utf16LE = "utf-16le"
    case utf16BE = "utf-16be"
    case windows1251 = "windows-1251"
    case koi8R = "koi8-r"
    case windows1252 = "windows-1252"
    case latin1 = "iso-8859-1"

    /// The single-byte encodings detection chooses among, in the order a tie is broken.
    public static let legacy: [TextEncoding] = [.windows1252, .windows1251, .koi8R]

    /// An encoding from a name a user types (`--encoding cp1251`, `KOI8R`, `latin1`), or nil.
    public init?(name: String) {
        let key = name.lowercased().filter { $0.isLetter || $0.isNumber }
        switch key {
        case "utf8": self = .utf8
        case "utf16", "utf16le": self = .utf16LE
        case "utf16be": self = .utf16BE
        case "windows1251", "cp1251", "win1251": self = .windows1251
        case "koi8r", "koi8": self = .koi8R
        case "windows1252", "cp1252", "win1252": self = .windows1252
        case "iso88591", "latin1", "l1": self = .latin1
        default: return nil
        }
    }

    /// The name glibc's iconv knows the encoding by.
    var iconvName: String {
        switch self {
        case .utf8: "UTF-8"
        case .utf16LE: "UTF-16LE"
        case .utf16BE: "UTF-16BE"
        case .windows1251: "CP1251"
        case .koi8R: "KOI8-R"
        case .windows1252: "CP1252"
        case .latin1: "ISO-8859-1"
        }
    }

    public var isSingleByte: Bool { ![.utf8, .utf16LE, .utf16BE].contains(self) }
}
