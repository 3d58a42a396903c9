/// Which stretches of an article can hold a search's match, built once per document in the
/// background: the text is cut into blocks of about `blockBytes` bytes, and each block records,
/// hashed into a bit set, the folded scalars, pairs and triples of consecutive folded scalars that
/// start in it. A match that starts in a block has its first triple (pair, scalar for shorter
/// queries) there and its others there or in the next block; a search skips every block where
/// that cannot hold, so finding, stepping and counting read the few blocks that can match rather
/// than the whole text.
///
/// A match can reach past the next block only through a long run of scalars that fold to
/// nothing (combining marks); a block touched by such a run admits every query, and queries too
/// long for two blocks do not use the index.
public struct SearchIndex: Sendable, Hashable {
    let blockBytes: Int
    let wordsPerBlock: Int
    /// Byte and scalar offset where each block starts (a scalar boundary), and the text's end.
    let starts: [UInt32]
    let scalars: [UInt32]
    let bits: [UInt64]
    /// Zero-fold runs this long (in bytes) make their blocks admit everything.
    let longRun: Int

    /// 2 KB of bits per 8 KB of text: with the few thousand distinct triples of a block of news
    /// text about a fifth of the bits are set, so a query of six letters passes about one block
    /// in a hundred that does not hold it.
    public init(_ text: String, blockBytes: Int = 8 * 1024, bitsPerBlock: Int = 16 * 1024) {
        var text = text
        text.makeContiguousUTF8()
        self = text.utf8.withContiguousStorageIfAvailable { Self(bytes: $0, blockBytes: blockBytes, bitsPerBlock: bitsPerBlock) }!
    }

    init(bytes: UnsafeBufferPointer<UInt8>, blockBytes: Int, bitsPerBlock: Int) {
        let blockBytes = max(16, blockBytes)
        precondition(bitsPerBlock >= 64 && bitsPerBlock.nonzeroBitCount == 1, "bits per block: a power of two")
        let wordsPerBlock = bitsPerBlock / 64
        let longRun = max(4, blockBytes / 256)
        self.blockBytes = blockBytes
        self.wordsPerBlock = wordsPerBlock
        self.longRun = longRun
        let scan = FoldScan(bytes: bytes, needle: FoldedNeedle(""), scalarCount: 0)
        var starts: [UInt32] = [0]
        var scalars: [UInt32] = [0]
        let blockCount = max(1, (bytes.count + blockBytes - 1) / blockBytes)
        var bits = [UInt64](repeating: 0, count: blockCount * wordsPerBlock)
        var open = Set<Int>() // blocks touched by a long zero-fold run
        let mask = UInt32(wordsPerBlock * 64 - 1)
        // The two folded scalars before, and the blocks they are in.
        var previous: (value: UInt32, block: Int)? = nil
        var beforePrevious: (value: UInt32, block: Int)? = nil
        var lastFolded = 0 // byte just after the last scalar that folded to something
        var u = 0
        var sc = 0
        var block = 0
        bits.withUnsafeMutableBufferPointer { bits in
            while u < bytes.count {
                if u >= (block + 1) * blockBytes, block + 1 < blockCount {
                    block += 1
                    starts.append(UInt32(u))
                    scalars.append(UInt32(sc))
                }
                let (v, length) = scan.decode(u)
                let count = scan.forEachFold(v) { c in
                    func set(_ hash: UInt32, in block: Int) {
                        let bit = hash & mask
                        bits[block * wordsPerBlock + Int(bit >> 6)] |= 1 << UInt64(bit & 63)
                    }
                    set(Self.hash(c), in: block)
                    if let p = previous {
                        set(Self.hash(p.value, c), in: p.block)
                        if let q = beforePrevious { set(Self.hash(q.value, p.value, c), in: q.block) }
                    }
                    beforePrevious = previous
                    previous = (c, block)
                }
                if count > 0 {
                    if u - lastFolded >= longRun {
                        // Nominal blocks, one more before: a block starts at the first scalar past its cut.
                        for b in max(0, lastFolded / blockBytes - 1)...min(blockCount - 1, u / blockBytes) { open.insert(b) }
                    }
                    lastFolded = u + length
                }
                u += length
                sc += 1
            }
            if u - lastFolded >= longRun {
                for b in max(0, lastFolded / blockBytes - 1)...min(blockCount - 1, max(0, u - 1) / blockBytes) { open.insert(b) }
            }
            for b in open where b < starts.count {
                for w in 0..<wordsPerBlock { bits[b * wordsPerBlock + w] = .max }
            }
        }
        // A last block whose cut fell inside the text's final scalar never started: drop it.
        let blocks = starts.count
        self.bits = Array(bits.prefix(blocks * wordsPerBlock))
        starts.append(UInt32(bytes.count))
        scalars.append(UInt32(sc))
        self.starts = starts
        self.scalars = scalars
    }

    var blockCount: Int { starts.count - 1 }

    @inline(__always) static func hash(_ c: UInt32) -> UInt32 {
        (c &* 0x9E37_79B1) >> 8
    }

    @inline(__always) static func hash(_ a: UInt32, _ b: UInt32) -> UInt32 {
        ((a &* 0x85EB_CA6B) ^ (b &* 0xC2B2_AE35) ^ 0x27D4_EB2F) &* 0x1656_67B1 >> 7
    }

    @inline(__always) static func hash(_ a: UInt32, _ b: UInt32, _ c: UInt32) -> UInt32 {
        ((a &* 0x85EB_CA6B) ^ (b &* 0xC2B2_AE35) ^ (c &* 0x2545_F491) ^ 0x9E37_79B9) &* 0x1656_67B1 >> 9
    }

    /// The block holding byte `u`.
    func block(containing u: Int) -> Int {
        var b = min(blockCount - 1, u / blockBytes)
        while b > 0 && Int(starts[b]) > u { b -= 1 }
        while b + 1 < blockCount && Int(starts[b + 1]) <= u { b += 1 }
        return b
    }

    /// The bits a query needs (its first triple, pair or scalar, then its other triples), or nil
    /// when the index cannot answer for it.
    func keys(for needle: FoldedNeedle) -> Keys? {
        let n = needle.count
        guard n > 0, n * (4 + longRun) <= blockBytes else { return nil }
        let mask = UInt32(wordsPerBlock * 64 - 1)
        let v = needle.scalars
        switch n {
        case 1: return Keys(first: Self.hash(v[0]) & mask, rest: [])
        case 2: return Keys(first: Self.hash(v[0], v[1]) & mask, rest: [])
        default: return Keys(first: Self.hash(v[0], v[1], v[2]) & mask,
                             rest: (1..<(n - 2)).map { Self.hash(v[$0], v[$0 + 1], v[$0 + 2]) & mask })
        }
    }

    struct Keys {
        let first: UInt32
        let rest: [UInt32]
    }

    /// Whether a match can start in block `b`.
    func admits(_ b: Int, _ keys: Keys) -> Bool {
        let base = b * wordsPerBlock
        guard bits[base + Int(keys.first >> 6)] & (1 << UInt64(keys.first & 63)) != 0 else { return false }
        let next = b + 1 < blockCount ? base + wordsPerBlock : base
        for bit in keys.rest {
            let word = Int(bit >> 6)
            if (bits[base + word] | bits[next + word]) & (1 << UInt64(bit & 63)) == 0 { return false }
        }
        return true
    }
}
