import PropertyBased

/// Random article-like text for the property tests: French, English and Russian words, names,
/// quotation marks of every style, dashes, line breaks, controls and escape sequences,
/// invalid-looking scalars, combining marks, emoji and wide characters, and arbitrary scalars.
/// Each piece is an (kind, value) pair of integers, so that the shrinker reduces a failing text
/// to fewer and simpler pieces (kind 0, value 0 is a plain French word).
enum ArticleTextGen {
    static let french = ["le", "président", "a déclaré", "selon", "l'État", "mardi", "qu'il", "aujourd'hui",
                         "élèves", "ministre", "affirme", "des", "négociations", "Ça", "œuvre"]
    static let english = ["said", "the", "according to", "told", "minister", "on Monday", "that", "he",
                          "she", "added", "talks", "U.S.", "Mr.", "don't"]
    static let russian = ["заявил", "президент", "по словам", "сказал", "Москва", "в", "что", "он", "Ещё",
                          "переговоры", "МИД", "ёлка"]
    static let names = ["Emmanuel Macron", "Vladimir Poutine", "Владимир Путин", "Angela Merkel", "Kremlin",
                        "Nations unies", "Paris", "Jean-Luc Mélenchon", "O'Brien", "McDonald", "Anna",
                        "Сергей Лавров", "Élisabeth Borne", "UNESCO", "New York", "Ivanov"]
    static let quoteMarks = ["«", "»", "« ", " »", "«\u{00A0}", "\u{00A0}»", "\u{202F}»", "“", "”", "\"", "„",
                             "‹", "›", "‘", "’", "'", "「", "」", "‚"]
    static let punctuation = ["—", "–", "-", "―", ".", ",", ":", ";", "…", "?!", "(", ")", "...", " — ", "!",
                              "?", "[", "]", "/", "%", "&", "@", "#"]
    static let spaces = [" ", "  ", "\n", "\n\n", "\t", "\r\n", "\r", "\u{00A0}", "\u{2028}", "\u{2029}",
                         "\u{202F}", "", "\u{3000}", "\u{0B}"]
    static let controls = ["\u{1B}[31m", "\u{1B}]0;title\u{07}", "\u{9B}2J", "\u{00}", "\u{7F}", "\u{85}",
                           "\u{202E}", "\u{2066}", "\u{2069}", "\u{200F}", "\u{1B}P+q\u{1B}\\", "\u{08}",
                           "\u{0C}", "\u{1B}", "\u{9D}8;;x\u{9C}", "\u{061C}", "\u{202A}", "\u{1F}"]
    static let oddScalars = ["\u{301}", "e\u{301}", "\u{300}\u{301}", "\u{FFFD}", "\u{FEFF}", "\u{200B}",
                             "\u{AD}", "\u{E000}", "\u{0488}", "\u{2060}", "и\u{306}", "\u{0336}\u{0336}"]
        // Noncharacters, which a Swift literal refuses but a decoded file can hold.
        + [0xFFFF, 0xFFFE, 0xFDD0, 0x10FFFF, 0x1FFFE].map { String(Unicode.Scalar($0)!) }
    static let wide = ["😀", "👩‍👩‍👧", "🇫🇷", "❤️", "中文", "한국", "👍🏽", "\u{200D}", "🇷", "ｆｕｌｌ",
                       "🏳️‍🌈", "漢"]
    static let numbers = ["2024", "3,5", "12 %", "1er", "0", "9223372036854775807", "-1", "1.5", "XXe"]
    /// Sentences that make the finders work (quotes with cues and speakers), written for these tests.
    static let sentences = [
        "« Nous ne céderons pas », a déclaré Emmanuel Macron mardi.",
        "\"We will not give up,\" said Angela Merkel.",
        "«Мы не отступим», — заявил Владимир Путин.",
        "Selon le Kremlin, les négociations continueront.",
        "According to the minister, the talks failed.",
        "“Nested ‘inner’ words,” she told reporters.",
        "Le ministre a affirmé que « la réforme » était « juste ».",
        "— Нет, — сказал он.",
        "„Wir schaffen das“, sagte Anna.",
        "He said that the vote would be held on Monday.",
    ]

    static let kinds = 16

    /// One piece of text for a (kind, value) pair.
    static func piece(kind: Int, value: Int) -> String {
        // Words are mostly followed by a space; sometimes they run into the next piece.
        func word(_ list: [String]) -> String { list[value % list.count] + (value % 5 == 0 ? "" : " ") }
        switch kind {
        case 0: return word(french)
        case 1: return word(english)
        case 2: return word(russian)
        case 3, 4: return word(names)
        case 5, 6: return quoteMarks[value % quoteMarks.count]
        case 7: return punctuation[value % punctuation.count]
        case 8: return spaces[value % spaces.count]
        case 9: return controls[value % controls.count]
        case 10: return oddScalars[value % oddScalars.count]
        case 11: return wide[value % wide.count]
        case 12: return word(numbers)
        case 13, 14: return sentences[value % sentences.count] + (value % 3 == 0 ? "\n\n" : " ")
        default: return String(anyScalar(value))
        }
    }

    /// Any valid scalar (surrogate code points, which a String cannot hold, move below them).
    static func anyScalar(_ value: Int) -> Unicode.Scalar {
        let v = UInt32(value % 0x110000)
        return Unicode.Scalar(v) ?? Unicode.Scalar(v - 0x800)!
    }

    static func text(_ pieces: [(Int, Int)]) -> String {
        pieces.map { piece(kind: $0.0, value: $0.1) }.joined()
    }

    /// Texts of up to `pieces` pieces.
    static func texts(pieces: ClosedRange<Int> = 0...60) -> Generator<String, some Sequence & SendableMetatype> {
        zip(Gen.int(in: 0...(kinds - 1)), Gen.int(in: 0...0x10FFFF)).array(of: pieces).map { text($0) }
    }
}
