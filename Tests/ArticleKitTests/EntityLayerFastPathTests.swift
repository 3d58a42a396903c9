import Foundation
import Testing
@testable import ArticleKit

/// The entity layer's fast paths must agree with the plain definitions they replace.
@Suite struct EntityLayerFastPathTests {
    @Test func hashTableAgreesWithDictionary() {
        var table = HashTable<Int>(capacity: 4, empty: -1)   // grows several times
        var merged = HashTable<Int>(capacity: 4, empty: 0)
        var reference: [UInt64: Int] = [:], sums: [UInt64: Int] = [:]
        var x: UInt64 = 0x9E3779B97F4A7C15
        for i in 0..<5000 {
            x = x &* 6364136223846793005 &+ 1442695040888963407
            let key = i % 3 == 0 ? UInt64(i % 97) : x   // repeated keys, and keys that collide in the low bits
            table.set(key, i)
            reference[key] = i
            merged.set(key, 1) { $0 + $1 }
            sums[key, default: 0] += 1
        }
        #expect(table.count == reference.count)
        #expect(merged.count == sums.count)
        for (k, value) in reference { #expect(table.get(k) == value) }
        for (k, value) in sums { #expect(merged.get(k) == value) }
        #expect(table.get(0xDEAD_BEEF_0000_0001) == nil)
        #expect(!table.contains(12345))
    }
}
