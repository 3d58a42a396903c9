import CUtf8proc

/// `FoldedText.fold` as a table for the scalars below U+3000 (Latin, Greek, Cyrillic, the
/// punctuation of news text), so that the search's inner loop neither calls utf8proc nor allocates.
/// An entry is the folded scalar itself, or (top bit set) the count and offset of several (or none)
/// in `expansions`.
struct FoldTable: Sendable {
    static let limit: UInt32 = 0x3000
    static let shared = FoldTable()

    let entries: [UInt32]
    let expansions: [UInt32]

    private init() {
        var entries: [UInt32] = []
        var expansions: [UInt32] = []
        entries.reserveCapacity(Int(Self.limit))
        for v in 0..<Self.limit {
            let folded = Unicode.Scalar(v).map { FoldedText.fold($0) } ?? [v]
            if folded.count == 1 && folded[0] < 0x8000_0000 {
                entries.append(folded[0])
            } else {
                entries.append(0x8000_0000 | UInt32(folded.count) << 24 | UInt32(expansions.count))
                expansions.append(contentsOf: folded)
            }
        }
        self.entries = entries
        self.expansions = expansions
    }
}

/// A query folded like the text, with the failure table of Knuth–Morris–Pratt, so that a scan
/// reads each folded scalar once and can stop and resume anywhere.
public struct FoldedNeedle: Hashable, Sendable {
    public let scalars: [UInt32]
    /// `failure[k]`: length of the longest proper prefix of `scalars[0..<k]` that is also its suffix.
    let failure: [Int]
    /// Bytes whose fold is the needle's first scalar (0xFF when no ASCII byte folds to it).
    let firstBytes: (UInt8, UInt8)

    public init(_ query: String) {
        let scalars = FoldedText.fold(query: query)
        self.scalars = scalars
        var failure = [Int](repeating: 0, count: scalars.count + 1)
        var k = 0
        if scalars.count > 1 {
            for i in 1..<scalars.count {
                while k > 0 && scalars[i] != scalars[k] { k = failure[k] }
                if scalars[i] == scalars[k] { k += 1 }
                failure[i + 1] = k
            }
        }
        self.failure = failure
        var first: [UInt8] = []
        if let head = scalars.first {
            for b in UInt8(0)..<0x80 where FoldScan.foldASCII(b) == head { first.append(b) }
        }
        firstBytes = (first.first ?? 0xFF, first.dropFirst().first ?? first.first ?? 0xFF)
    }

    public var count: Int { scalars.count }
    public var isEmpty: Bool { scalars.isEmpty }

    public static func == (a: FoldedNeedle, b: FoldedNeedle) -> Bool { a.scalars == b.scalars }
    public func hash(into hasher: inout Hasher) { hasher.combine(scalars) }
}

/// Where a scan of the folded text stands: the next scalar to read (its UTF-8 and scalar offsets),
/// how many of its folded scalars were read already (`sub`, non-zero only after a match that ends
/// inside a scalar folding to several, such as ß), and how much of the needle the text just read
/// matches. A scan that starts at a safe point (`FoldScan.safeStart`) with nothing matched finds
/// exactly the matches a scan from the start of the text finds there.
public struct FoldScanner: Hashable, Sendable {
    public var utf8: Int
    public var scalar: Int
    var sub = 0
    var matched = 0

    init(utf8: Int, scalar: Int, sub: Int = 0, matched: Int = 0) {
        self.utf8 = utf8
        self.scalar = scalar
        self.sub = sub
        self.matched = matched
    }

    /// Orders positions in the folded text (and identifies the end of a match).
    var key: UInt64 { UInt64(utf8) << 8 | UInt64(sub) }
}

/// A match found by a scan: its source span (scalar offsets, end exclusive) and the scanner just
/// after it, where the next match is looked for.
public struct FoldMatch: Hashable, Sendable {
    public let range: Range<Int>
    /// Byte offset of the scalar the match starts in.
    let startUTF8: Int
    let after: FoldScanner
}

/// The search over an article's UTF-8 bytes, folded on the fly: the non-overlapping matches of a
/// needle, from left to right, as `FoldedText.matches` finds them, but from any point of the text
/// and in bounded steps, so a keystroke's work follows the distance to the match it shows, not the
/// article's length.
public struct FoldScan {
    let bytes: UnsafeBufferPointer<UInt8>
    let needle: FoldedNeedle
    /// The text's length in scalars (where a scan that reaches the end stands).
    let scalarCount: Int
    private let table: FoldTable
    /// The document's index and what the needle asks of it, when it can answer for this needle.
    let index: SearchIndex?
    let keys: SearchIndex.Keys?

    init(bytes: UnsafeBufferPointer<UInt8>, needle: FoldedNeedle, scalarCount: Int, index: SearchIndex? = nil) {
        self.bytes = bytes
        self.needle = needle
        self.scalarCount = scalarCount
        table = FoldTable.shared
        let keys = index?.keys(for: needle)
        self.index = keys == nil || index?.starts.last.map(Int.init) != bytes.count ? nil : index
        self.keys = self.index == nil ? nil : keys
    }

    /// Runs `body` with a scan of `text` (its UTF-8 bytes, without a copy when it is contiguous).
    static func with<R>(_ text: String, _ needle: FoldedNeedle, scalarCount: Int, index: SearchIndex? = nil,
                        _ body: (FoldScan) -> R) -> R {
        if let result = text.utf8.withContiguousStorageIfAvailable({
            body(FoldScan(bytes: $0, needle: needle, scalarCount: scalarCount, index: index))
        }) {
            return result
        }
        return Array(text.utf8).withUnsafeBufferPointer {
            body(FoldScan(bytes: $0, needle: needle, scalarCount: scalarCount, index: index))
        }
    }

    /// Every match in `text` (a whole pass: for tests and tools).
    static func allMatches(_ needle: FoldedNeedle, in text: String) -> [Range<Int>] {
        guard !needle.isEmpty else { return [] }
        return with(text, needle, scalarCount: 0) { scan in
            var scanner = FoldScanner(utf8: 0, scalar: 0)
            var result: [Range<Int>] = []
            while let match = scan.next(&scanner) { result.append(match.range) }
            return result
        }
    }

    var end: Int { bytes.count }

    @inline(__always) static func foldASCII(_ b: UInt8) -> UInt32 {
        b >= 0x41 && b <= 0x5A ? UInt32(b) + 0x20 : UInt32(b)
    }

    /// The scalar starting at byte `u` and its length in bytes.
    @inline(__always) func decode(_ u: Int) -> (UInt32, Int) {
        let b0 = UInt32(bytes[u])
        if b0 < 0x80 { return (b0, 1) }
        if b0 < 0xE0 { return ((b0 & 0x1F) << 6 | UInt32(bytes[u + 1] & 0x3F), 2) }
        if b0 < 0xF0 {
            return ((b0 & 0x0F) << 12 | UInt32(bytes[u + 1] & 0x3F) << 6 | UInt32(bytes[u + 2] & 0x3F), 3)
        }
        return ((b0 & 0x07) << 18 | UInt32(bytes[u + 1] & 0x3F) << 12 | UInt32(bytes[u + 2] & 0x3F) << 6
                | UInt32(bytes[u + 3] & 0x3F), 4)
    }

    /// Where the scalar before byte `u` starts.
    @inline(__always) func previous(_ u: Int) -> Int {
        var u = u - 1
        while u > 0 && bytes[u] & 0xC0 == 0x80 { u -= 1 }
        return u
    }

    /// Feeds the folded scalars of `v`, from number `from` on, through the automaton (state `s`).
    /// Returns the number of the folded scalar that completed a match (`s` is then 0), else nil.
    @inline(__always) func feed(_ v: UInt32, from: Int, _ s: inout Int) -> Int? {
        let n = needle.count
        if v < FoldTable.limit {
            let entry = v < 0x80 ? Self.foldASCII(UInt8(v)) : table.entries[Int(v)]
            if entry & 0x8000_0000 == 0 {
                guard from == 0 else { return nil }
                s = step(s, entry)
                if s == n { s = 0; return 0 }
                return nil
            }
            let count = Int(entry >> 24 & 0x7F)
            let offset = Int(entry & 0xFF_FFFF)
            var k = from
            while k < count {
                s = step(s, table.expansions[offset + k])
                if s == n { s = 0; return k }
                k += 1
            }
            return nil
        }
        // The rest of Unicode, as `FoldedText.fold` does it, without an allocation.
        var state = s
        let result: Int? = Self.withFolds(v) { buffer in
            var k = from
            while k < buffer.count {
                state = step(state, buffer[k])
                if state == n { state = 0; return k }
                k += 1
            }
            return nil
        }
        s = state
        return result
    }

    /// `FoldedText.fold` into a buffer on the stack (scalars at and above `FoldTable.limit`).
    @inline(__always) static func withFolds<R>(_ v: UInt32, _ body: (UnsafeBufferPointer<UInt32>) -> R) -> R {
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: 8) { buffer in
            var boundClass: Int32 = 0
            let options = utf8proc_option_t(rawValue: UTF8PROC_DECOMPOSE.rawValue | UTF8PROC_CASEFOLD.rawValue
                                            | UTF8PROC_STRIPMARK.rawValue | UTF8PROC_COMPAT.rawValue)
            var n = Int(utf8proc_decompose_char(Int32(bitPattern: v), buffer.baseAddress, 8, options, &boundClass))
            if n < 0 || n > 8 {
                buffer[0] = Int32(bitPattern: v)
                n = 1
            }
            return buffer.withMemoryRebound(to: UInt32.self) { body(UnsafeBufferPointer(rebasing: $0.prefix(n))) }
        }
    }

    /// Calls `body` with each folded scalar of `v`; returns how many there are.
    @inline(__always) func forEachFold(_ v: UInt32, _ body: (UInt32) -> Void) -> Int {
        if v < 0x80 {
            body(Self.foldASCII(UInt8(v)))
            return 1
        }
        if v < FoldTable.limit {
            let entry = table.entries[Int(v)]
            if entry & 0x8000_0000 == 0 {
                body(entry)
                return 1
            }
            let count = Int(entry >> 24 & 0x7F)
            let offset = Int(entry & 0xFF_FFFF)
            for k in 0..<count { body(table.expansions[offset + k]) }
            return count
        }
        return Self.withFolds(v) { buffer in
            for c in buffer { body(c) }
            return buffer.count
        }
    }

    /// How many scalars `v` folds to.
    @inline(__always) func foldCount(_ v: UInt32) -> Int {
        if v < 0x80 { return 1 }
        if v < FoldTable.limit {
            let entry = table.entries[Int(v)]
            return entry & 0x8000_0000 == 0 ? 1 : Int(entry >> 24 & 0x7F)
        }
        return Self.withFolds(v) { $0.count }
    }

    /// One folded scalar through the automaton.
    @inline(__always) func step(_ matched: Int, _ c: UInt32) -> Int {
        var s = matched
        while s > 0 && needle.scalars[s] != c { s = needle.failure[s] }
        return needle.scalars[s] == c ? s + 1 : s
    }

    /// The match whose last folded scalar is number `k` of the scalar at (`u`, `scalar`).
    func match(endingAt u: Int, scalar: Int, sub k: Int, length: Int, foldCount count: Int) -> FoldMatch {
        var remaining = needle.count - (k + 1)
        var start = scalar
        var v = u
        while remaining > 0 && v > 0 {
            v = previous(v)
            start -= 1
            remaining -= foldCount(decode(v).0)
        }
        let after = k + 1 < count ? FoldScanner(utf8: u, scalar: scalar, sub: k + 1)
            : FoldScanner(utf8: u + length, scalar: scalar + 1)
        return FoldMatch(range: start..<(scalar + 1), startUTF8: v, after: after)
    }

    /// Reads on from `scanner` until a match ends (returned; the scanner is then just after it) or
    /// the scanner reaches byte `limit` (nil; continuing from where it stopped is exact).
    func next(_ scanner: inout FoldScanner, limit: Int? = nil) -> FoldMatch? {
        let n = needle.count
        guard n > 0 else { return nil }
        let stop = min(limit ?? bytes.count, bytes.count)
        var u = scanner.utf8
        var sc = scanner.scalar
        var s = scanner.matched
        if scanner.sub > 0 {
            // The rest of a scalar a match ended inside.
            let (v, length) = decode(u)
            if let k = feed(v, from: scanner.sub, &s) {
                let found = match(endingAt: u, scalar: sc, sub: k, length: length, foldCount: foldCount(v))
                scanner = found.after
                return found
            }
            u += length
            sc += 1
        }
        let (first0, first1) = needle.firstBytes
        // With an index: where the next block starts, to skip the blocks that cannot hold a match.
        var blockEnd = index == nil ? Int.max : u
        while u < stop {
            if u >= blockEnd, let index, let keys {
                let block = index.block(containing: u)
                blockEnd = Int(index.starts[block + 1])
                // Nothing pending: no match crosses into this block, so skipping it is exact.
                if s == 0 && !index.admits(block, keys) {
                    var next = block + 1
                    while next < index.blockCount && !index.admits(next, keys) { next += 1 }
                    if Int(index.starts[next]) <= stop {
                        u = Int(index.starts[next])
                        sc = Int(index.scalars[next])
                        blockEnd = u
                        continue
                    }
                    // The stop falls in a skipped block: from its start, read on to the stop.
                    let last = index.block(containing: stop)
                    if Int(index.starts[last]) > u {
                        u = Int(index.starts[last])
                        sc = Int(index.scalars[last])
                    }
                    blockEnd = Int.max
                    if u >= stop { break }
                }
            }
            var b = bytes[u]
            if b < 0x80 {
                if s == 0 {
                    // Nothing matched yet: skip to a byte that can start a match.
                    while b != first0 && b != first1 && b < 0x80 {
                        u += 1
                        sc += 1
                        if u >= stop { break }
                        b = bytes[u]
                    }
                    if u >= stop || b >= 0x80 { continue }
                }
                s = step(s, Self.foldASCII(b))
                u += 1
                sc += 1
                if s == n {
                    let found = match(endingAt: u - 1, scalar: sc - 1, sub: 0, length: 1, foldCount: 1)
                    scanner = found.after
                    return found
                }
                continue
            }
            let (v, length) = decode(u)
            if let k = feed(v, from: 0, &s) {
                let found = match(endingAt: u, scalar: sc, sub: k, length: length, foldCount: foldCount(v))
                scanner = found.after
                return found
            }
            u += length
            sc += 1
        }
        scanner = FoldScanner(utf8: u, scalar: sc, sub: 0, matched: s)
        return nil
    }
}

/// Finding matches from a point of the text (forward, backward, in a window) exactly as a scan from
/// the start finds them.
extension FoldScan {
    /// The folded scalars of `v`.
    func foldArray(_ v: UInt32) -> [UInt32] {
        if v < 0x80 { return [Self.foldASCII(UInt8(v))] }
        if v < FoldTable.limit {
            let entry = table.entries[Int(v)]
            if entry & 0x8000_0000 == 0 { return [entry] }
            let offset = Int(entry & 0xFF_FFFF)
            return Array(table.expansions[offset..<(offset + Int(entry >> 24 & 0x7F))])
        }
        return Self.withFolds(v) { Array($0) }
    }

    /// A point at or before (`u`, `sc`) where a fresh scan finds what a scan from the start finds:
    /// no occurrence of the needle crosses it (so no match of the left-to-right scan does, and that
    /// scan has nothing pending there). Found by stepping back over the occurrences that cross;
    /// after `walkLimit` bytes of that (text like "aaaa…" for "aa") the start of the text.
    func safeStart(utf8 u0: Int, scalar sc0: Int, walkLimit: Int = 1 << 16) -> FoldScanner {
        let n = needle.count
        var u = u0
        var sc = sc0
        guard n > 1 else { return FoldScanner(utf8: u, scalar: sc) }
        while u > 0 {
            if u0 - u > walkLimit { return FoldScanner(utf8: 0, scalar: 0) }
            // The folded scalars just before the point (at least n - 1), with the scalar each comes from.
            var left: [UInt32] = []
            var origins: [(utf8: Int, scalar: Int)] = []
            var lu = u
            var lsc = sc
            while left.count < n - 1 && lu > 0 {
                lu = previous(lu)
                lsc -= 1
                let folded = foldArray(decode(lu).0)
                left.insert(contentsOf: folded, at: 0)
                origins.insert(contentsOf: repeatElement((utf8: lu, scalar: lsc), count: folded.count), at: 0)
            }
            // And the n - 1 just after it.
            var right: [UInt32] = []
            var ru = u
            while right.count < n - 1 && ru < end {
                let (v, length) = decode(ru)
                right.append(contentsOf: foldArray(v))
                ru += length
            }
            let joined = left + right
            var crossing: Int? = nil
            for j in max(0, left.count - n + 1)..<left.count where j + n <= joined.count {
                if joined[j..<(j + n)].elementsEqual(needle.scalars) {
                    crossing = j
                    break
                }
            }
            guard let j = crossing else { break }
            (u, sc) = origins[j]
        }
        return FoldScanner(utf8: u, scalar: sc)
    }

    /// The scalar boundary about `count` bytes before byte `u` (scalar `sc`), and its scalar offset.
    func back(from u: Int, scalar sc: Int, bytes count: Int) -> (utf8: Int, scalar: Int) {
        if let index {
            let block = index.block(containing: max(0, u - count))
            return (Int(index.starts[block]), Int(index.scalars[block]))
        }
        var target = max(0, u - count)
        while target > 0 && bytes[target] & 0xC0 == 0x80 { target -= 1 }
        var scalars = 0
        for i in target..<u where bytes[i] & 0xC0 != 0x80 { scalars += 1 }
        return (target, sc - scalars)
    }

    /// The byte offset of scalar `target`, walking from a known scalar boundary at or before it.
    func utf8(ofScalar target: Int, from start: (utf8: Int, scalar: Int)) -> Int {
        var u = start.utf8
        var sc = start.scalar
        while sc < target && u < end {
            u += decode(u).1
            sc += 1
        }
        return u
    }

    /// The first match starting at or after scalar `top` (byte `topUTF8`); failing that, the first
    /// match of the text (`wrapped`); nil when the text has none.
    func firstMatch(atOrAfter top: Int, utf8 topUTF8: Int) -> (match: FoldMatch, wrapped: Bool)? {
        let start = safeStart(utf8: topUTF8, scalar: top)
        var scanner = start
        var earliest: FoldMatch? = nil
        while let match = next(&scanner) {
            if match.range.lowerBound >= top { return (match, false) }
            if earliest == nil { earliest = match }
        }
        // None at or after the top: the first of the text is before the safe start or, failing
        // that, the first seen after it.
        var fromStart = FoldScanner(utf8: 0, scalar: 0)
        if let first = next(&fromStart, limit: start.utf8) { return (first, true) }
        return earliest.map { ($0, true) }
    }

    /// The first match after `match` or, failing that, the first of the text (`wrapped`).
    func match(after match: FoldMatch) -> (match: FoldMatch, wrapped: Bool)? {
        var scanner = match.after
        if let next = next(&scanner) { return (next, false) }
        var fromStart = FoldScanner(utf8: 0, scalar: 0)
        return next(&fromStart).map { ($0, true) }
    }

    /// The last match for which `before` holds, looking back from byte `u` (scalar `sc`) in chunks
    /// that double. The first chunk reads on past the point until a match for which `before` fails,
    /// or until `passed` says no match `before` accepts can still end.
    func lastMatch(lookingBackFrom u: Int, scalar sc: Int, before: (FoldMatch) -> Bool,
                   passed: (FoldScanner) -> Bool) -> FoldMatch? {
        var chunk = 1 << 16
        var upper: FoldScanner? = nil
        var from = (utf8: u, scalar: sc)
        while true {
            let back = self.back(from: from.utf8, scalar: from.scalar, bytes: chunk)
            let start = safeStart(utf8: back.utf8, scalar: back.scalar)
            var scanner = start
            var last: FoldMatch? = nil
            if let upper {
                // The safe start of the chunk after this one: no match crosses it.
                while let match = next(&scanner, limit: upper.utf8) { last = match }
            } else {
                var limit = u
                while true {
                    if let match = next(&scanner, limit: limit) {
                        if !before(match) { break }
                        last = match
                        continue
                    }
                    if scanner.utf8 >= end || (scanner.utf8 >= u && passed(scanner)) { break }
                    limit = max(scanner.utf8, u) + 4096
                }
            }
            if let last { return last }
            if start.utf8 == 0 { return nil }
            upper = start
            from = (start.utf8, start.scalar)
            chunk *= 2
        }
    }

    /// The last match starting before scalar `top` (byte `topUTF8`); failing that, the last of the
    /// text (`wrapped`); nil when the text has none.
    func lastMatch(before top: Int, utf8 topUTF8: Int) -> (match: FoldMatch, wrapped: Bool)? {
        if let match = lastMatch(lookingBackFrom: topUTF8, scalar: top, before: { $0.range.lowerBound < top },
                                 passed: { $0.matched == 0 }) {
            return (match, false)
        }
        return lastOfText().map { ($0, true) }
    }

    /// The match before `match` or, failing that, the last of the text (`wrapped`).
    func match(before match: FoldMatch) -> (match: FoldMatch, wrapped: Bool)? {
        let key = match.after.key
        if let previous = lastMatch(lookingBackFrom: match.startUTF8, scalar: match.range.lowerBound,
                                    before: { $0.after.key < key }, passed: { _ in false }) {
            return (previous, false)
        }
        return lastOfText().map { ($0, true) }
    }

    func lastOfText() -> FoldMatch? {
        lastMatch(lookingBackFrom: end, scalar: scalarCount, before: { _ in true }, passed: { _ in true })
    }

    /// The matches overlapping scalars `window` (its start at byte `startUTF8`), in order.
    func matches(overlapping window: Range<Int>, startUTF8: Int) -> [FoldMatch] {
        var scanner = safeStart(utf8: startUTF8, scalar: window.lowerBound)
        var result: [FoldMatch] = []
        var limit = startUTF8 + 4096
        while true {
            if let match = next(&scanner, limit: limit) {
                if match.range.lowerBound >= window.upperBound { break }
                if match.range.upperBound > window.lowerBound { result.append(match) }
                continue
            }
            if scanner.utf8 >= end || (scanner.scalar >= window.upperBound && scanner.matched == 0) { break }
            limit = scanner.utf8 + 4096
        }
        return result
    }
}
