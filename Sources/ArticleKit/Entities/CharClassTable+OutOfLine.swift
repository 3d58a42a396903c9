/// `CharClassTable`'s lookups with their fallback (scalars past the table, computed from Unicode
/// properties) called rather than inlined: the same values, but inlined at every call site the
/// fallback's code made the recogniser's loops spill their values to the stack.
extension CharClassTable {
    @inline(__always) func fastLower(_ v: UInt32) -> UInt32 {
        v < UInt32(Self.size) ? lowers[Int(v)] : Self.lowerPastTable(v)
    }

    @inline(__always) func fastClass(_ v: UInt32) -> UInt16 {
        v < UInt32(Self.size) ? classes[Int(v)] : Self.classPastTable(v)
    }

    @inline(__always) func fastIsUpper(_ v: UInt32) -> Bool { fastClass(v) & CharClass.upper != 0 }

    @inline(never) static func lowerPastTable(_ v: UInt32) -> UInt32 { CharClass.computeLower(v) }
    @inline(never) static func classPastTable(_ v: UInt32) -> UInt16 { CharClass.compute(v) }
}
