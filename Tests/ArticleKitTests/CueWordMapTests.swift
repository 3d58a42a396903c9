import Testing
@testable import ArticleKit

/// The lexicon's open-addressing maps answer as the dictionaries and sets they are built from.
@Suite struct CueWordMapTests {
    @Test func answersAsItsDictionary() {
        var entries: [CueWordKey: String] = [:]
        for word in ["déclarer", "dire", "say", "заявить", "porte-parole", "qu'"] { entries[CueWordKey(word)] = word.uppercased() }
        let map = CueWordMap(entries, empty: "")
        for (key, value) in entries { #expect(map[key] == value) }
        #expect(map[CueWordKey("absent")] == nil)
        #expect(!map.contains(CueWordKey("Dires")))
        #expect(map[CueWordKey("DIRE")] == "DIRE")   // keys are case-folded
        #expect(!map.isEmpty)
    }

    @Test func setsAndEmptyMaps() {
        let set = CueWordMap(Set(["l'", "qu’"].map { CueWordKey($0) }))
        #expect(set.contains(CueWordKey("qu'")))   // typographic apostrophe folded
        #expect(!set.contains(CueWordKey("d'")))
        let empty = CueWordMap<Bool>(Set<CueWordKey>())
        #expect(empty.isEmpty)
        #expect(!empty.contains(CueWordKey("l'")))
    }

    @Test func manyKeysGrowTheTable() {
        var entries: [CueWordKey: Int] = [:]
        for i in 0..<5000 { entries[CueWordKey("w\(i)")] = i }
        let map = CueWordMap(entries, empty: -1)
        for i in stride(from: 0, to: 5000, by: 7) { #expect(map[CueWordKey("w\(i)")] == i) }
        #expect(map[CueWordKey("w5000")] == nil)
    }
}
