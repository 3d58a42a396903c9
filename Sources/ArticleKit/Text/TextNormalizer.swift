/// A working copy of the text for matching, with only 1:1 scalar substitutions so that every
/// offset in it is an offset in the original: no-break and other spaces become U+0020,
/// typographic apostrophes (’ ʼ) become ', and controls become spaces. Composed vs decomposed
/// letters are not merged here (that would change lengths); instead combining marks always
/// continue the word they follow, so "é" and "e\u{301}" tokenise alike.
public struct TextNormalizer: Sendable {
    public init() {}

    public func normalize(_ scalars: [Unicode.Scalar]) -> [UInt32] {
        var out = [UInt32](repeating: 0, count: scalars.count)
        for i in scalars.indices {
            let v = scalars[i].value
            if v < 0x80 {
                out[i] = (v < 0x20 && v != 10) ? 0x20 : v
                continue
            }
            switch v {
            case 0xA0, 0x2007, 0x202F, 0x2000...0x200A, 0x3000, 0x1680, 0x85: out[i] = 0x20
            case 0x2028, 0x2029: out[i] = 10
            case 0x2019, 0x02BC: out[i] = 0x27
            default: out[i] = v
            }
        }
        return out
    }
}
