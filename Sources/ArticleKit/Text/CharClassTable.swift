/// `CharClass`'s tables in memory allocated once and never freed, read through raw pointers.
/// Reading a `static let` array costs a swift_once call and a bounds check per scalar, which the
/// per-scalar loops (tokeniser, hashes, feature shapes) cannot afford: they copy
/// `CharClass.table` into a local once and read through it.
struct CharClassTable: @unchecked Sendable { // immutable after init: safe to share
    static let size = 0x3100
    let classes: UnsafePointer<UInt16>
    let lowers: UnsafePointer<UInt32>

    init() {
        let c = UnsafeMutablePointer<UInt16>.allocate(capacity: Self.size)
        let l = UnsafeMutablePointer<UInt32>.allocate(capacity: Self.size)
        for v in 0..<UInt32(Self.size) {
            c[Int(v)] = CharClass.compute(v)
            l[Int(v)] = CharClass.computeLower(v)
        }
        classes = UnsafePointer(c)
        lowers = UnsafePointer(l)
    }

    // The fallback past the table (Unicode properties) is called, not inlined: inlined at every
    // call site, its code made the per-scalar loops spill their running values to the stack.
    @inline(__always) func of(_ v: UInt32) -> UInt16 {
        v < UInt32(Self.size) ? classes[Int(v)] : Self.classPastTable(v)
    }

    @inline(__always) func lower(_ v: UInt32) -> UInt32 {
        v < UInt32(Self.size) ? lowers[Int(v)] : Self.lowerPastTable(v)
    }

    @inline(never) static func classPastTable(_ v: UInt32) -> UInt16 { CharClass.compute(v) }
    @inline(never) static func lowerPastTable(_ v: UInt32) -> UInt32 { CharClass.computeLower(v) }

    @inline(__always) func isWord(_ v: UInt32) -> Bool { of(v) & CharClass.wordChar != 0 }
    @inline(__always) func isLetter(_ v: UInt32) -> Bool { of(v) & CharClass.letter != 0 }
    @inline(__always) func isUpper(_ v: UInt32) -> Bool { of(v) & CharClass.upper != 0 }
    @inline(__always) func isDigit(_ v: UInt32) -> Bool { of(v) & CharClass.digit != 0 }
    @inline(__always) func isSpace(_ v: UInt32) -> Bool { of(v) & (CharClass.space | CharClass.control) != 0 }
}
