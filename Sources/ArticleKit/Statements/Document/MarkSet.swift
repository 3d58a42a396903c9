/// A few punctuation marks written as a literal (",;:", ".!?;\u{2026}"): the ASCII marks as a
/// 128-bit mask and up to three others, so that a test is a shift and a compare. The finders
/// test marks on almost every token they walk.
struct MarkSet: ExpressibleByStringLiteral {
    private var low: UInt64 = 0
    private var high: UInt64 = 0
    /// Marks outside ASCII; 0 for none (NUL is never a mark).
    private var other0: UInt32 = 0
    private var other1: UInt32 = 0
    private var other2: UInt32 = 0

    /// A literal's UTF-8 decoded once; inlined, the compiler folds a constant literal away.
    @inline(__always) init(stringLiteral value: StaticString) {
        value.withUTF8Buffer { bytes in
            var i = 0
            while i < bytes.count {
                let b0 = UInt32(bytes[i])
                if b0 < 0x80 { insert(b0); i += 1; continue }
                if b0 < 0xE0 {
                    insert((b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)); i += 2
                } else if b0 < 0xF0 {
                    insert((b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)); i += 3
                } else {
                    insert((b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                           | UInt32(bytes[i + 3] & 0x3F)); i += 4
                }
            }
        }
    }

    @inline(__always) init(low: UInt64, high: UInt64, others: (UInt32, UInt32, UInt32) = (0, 0, 0)) {
        self.low = low
        self.high = high
        (other0, other1, other2) = others
    }

    @inline(__always) init(unicodeScalarLiteral value: Unicode.Scalar) { insert(value.value) }

    @inline(__always) private mutating func insert(_ v: UInt32) {
        if v < 64 { low |= 1 << UInt64(v) } else if v < 128 { high |= 1 << UInt64(v - 64) }
        else if other0 == 0 { other0 = v } else if other1 == 0 { other1 = v } else {
            assert(other2 == 0, "MarkSet holds at most three marks outside ASCII")
            other2 = v
        }
    }

    // The sets the finders test, as constants: neither decoded from a literal per call nor behind a
    // `static let`'s `swift_once`. (`MarkSetTests` checks each against its literal.)
    static var apostrophe: MarkSet { MarkSet(low: 0x8000000000, high: 0x0) }   // "'"
    static var apostrophes: MarkSet { MarkSet(low: 0x8000000000, high: 0x0, others: (0x2019, 0x0, 0x0)) }   // "'\u{2019}"
    static var openParenthesis: MarkSet { MarkSet(low: 0x10000000000, high: 0x0) }   // "("
    static var openers: MarkSet { MarkSet(low: 0xA10000000000, high: 0x800000008000000, others: (0x2014, 0x2013, 0x0)) }   // "([{—–-/"
    static var closeParenthesis: MarkSet { MarkSet(low: 0x20000000000, high: 0x0) }   // ")"
    static var comma: MarkSet { MarkSet(low: 0x100000000000, high: 0x0) }   // ","
    static var commaColon: MarkSet { MarkSet(low: 0x400100000000000, high: 0x0) }   // ",:"
    static var commaColonSemicolon: MarkSet { MarkSet(low: 0xC00100000000000, high: 0x0) }   // ",:;"
    static var clauseEnds: MarkSet { MarkSet(low: 0x8800500200000000, high: 0x0) }   // ",;.!?"
    static var sentenceEnds: MarkSet { MarkSet(low: 0x8000400200000000, high: 0x0) }   // ".!?"
    static var statementEnds: MarkSet { MarkSet(low: 0x8C00400200000000, high: 0x0) }   // ".!?;:"
    static var sentencePunctuation: MarkSet { MarkSet(low: 0x8800400200000000, high: 0x0, others: (0x2026, 0x0, 0x0)) }   // ".!?;\u{2026}"
    static var sentenceEndRun: MarkSet { MarkSet(low: 0x8000420200000000, high: 0x0, others: (0x2026, 0x0, 0x0)) }   // ".!?\u{2026})"
    static var period: MarkSet { MarkSet(low: 0x400000000000, high: 0x0) }   // "."
    static var trailing: MarkSet { MarkSet(low: 0xC00500000000000, high: 0x0, others: (0x2026, 0x0, 0x0)) }   // ".,;:\u{2026}"
    static var colon: MarkSet { MarkSet(low: 0x400000000000000, high: 0x0) }   // ":"
    static var colonSemicolon: MarkSet { MarkSet(low: 0xC00000000000000, high: 0x0) }   // ":;"

    @inline(__always) func contains(_ mark: Unicode.Scalar) -> Bool {
        let v = mark.value
        if v < 64 { return low & (1 << UInt64(v)) != 0 }
        if v < 128 { return high & (1 << UInt64(v - 64)) != 0 }
        return v == other0 || v == other1 || v == other2
    }
}
