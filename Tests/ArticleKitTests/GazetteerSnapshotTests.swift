import Foundation
import Testing
@testable import ArticleKit

/// The shipped gazetteer snapshot is what the text lists build, byte for byte, and reads back to
/// the same tables; a damaged snapshot is an error, never a crash.
@Suite struct GazetteerSnapshotTests {
    func shippedSnapshot() throws -> Data {
        let url = try #require(Bundle.module.url(forResource: "snapshot", withExtension: "bin", subdirectory: "Resources/gazetteers"),
                               "Resources/gazetteers/snapshot.bin is missing: run `swift run verbatim-train gazetteer-snapshot`")
        return try Data(contentsOf: url)
    }

    /// Entries of every table as sets, so two gazetteers built in different insertion orders compare equal.
    func contents(_ g: Gazetteer) -> [Set<String>] {
        func entries<V>(_ t: HashTable<V>) -> Set<String> {
            var out = Set<String>()
            t.forEach { out.insert("\($0)=\($1)") }
            return out
        }
        return [entries(g.stems), entries(g.organisationStarts), entries(g.table), entries(g.lexicon),
                entries(g.prefixes), [g.organisationStartShapes.description], [g.headEnds.description]]
    }

    @Test func shippedSnapshotIsWhatTheListsBuild() throws {
        let built = GazetteerSnapshot.encode(Gazetteer.fromLists())
        #expect(try shippedSnapshot() == built,
                "the gazetteer lists changed: run `swift run verbatim-train gazetteer-snapshot` and commit the file")
    }

    @Test func snapshotReadsBackToTheSameTables() throws {
        let lists = Gazetteer.fromLists()
        let decoded = try GazetteerSnapshot.decode(try shippedSnapshot())
        #expect(contents(decoded) == contents(lists))
        #expect(contents(Gazetteer.shared) == contents(lists))
    }

    @Test func damagedSnapshotsAreErrors() throws {
        let data = try shippedSnapshot()
        #expect(throws: GazetteerSnapshot.FormatError.self) { try GazetteerSnapshot.decode(Data("not a snapshot".utf8)) }
        for length in [8, 12, 1000, data.count / 2, data.count - 1] {
            #expect(throws: GazetteerSnapshot.FormatError.self) { try GazetteerSnapshot.decode(data.prefix(length)) }
        }
    }
}
