import Foundation

/// The gazetteer's tables as built from its text lists, saved as one binary resource so a process
/// reads them in a few milliseconds instead of normalising, tokenising and hashing some 120,000
/// entries (tens of milliseconds) before its first analysis. The text lists stay the source:
/// `verbatim-train gazetteer-snapshot` rebuilds the file, and a test fails when the file no longer
/// matches what the lists build.
///
/// Format (little endian): "VBGAZ001" · then for each table (stems, organisation starts, the
/// full table, lexicon, prefixes): UInt32 count · count × (UInt64 key, UInt8 value) · then the
/// two bitmaps: UInt32 word count · words × UInt64.
public enum GazetteerSnapshot {
    static let magic = Array("VBGAZ001".utf8)

    public enum FormatError: Error, CustomStringConvertible {
        case badHeader, truncated
        public var description: String {
            switch self {
            case .badHeader: "not a gazetteer snapshot (bad header)"
            case .truncated: "gazetteer snapshot is truncated"
            }
        }
    }

    public static func encode(_ gazetteer: Gazetteer) -> Data {
        var out = Data(magic)
        func append<T: FixedWidthInteger>(_ value: T) {
            withUnsafeBytes(of: value.littleEndian) { out.append(contentsOf: $0) }
        }
        func table(_ t: HashTable<Gazetteer.Classes>) {
            append(UInt32(t.count))
            t.forEach { key, value in append(key); append(value.rawValue) }
        }
        func flags(_ t: HashTable<Bool>) {
            append(UInt32(t.count))
            t.forEach { key, value in append(key); append(UInt8(value ? 1 : 0)) }
        }
        table(gazetteer.stems)
        flags(gazetteer.organisationStarts)
        table(gazetteer.table)
        table(gazetteer.lexicon)
        flags(gazetteer.prefixes)
        for bitmap in [gazetteer.organisationStartShapes, gazetteer.headEnds] {
            append(UInt32(bitmap.count))
            for word in bitmap { append(word) }
        }
        return out
    }

    public static func decode(_ data: Data) throws -> Gazetteer {
        guard data.count >= magic.count, Array(data.prefix(magic.count)) == magic else { throw FormatError.badHeader }
        return try data.withUnsafeBytes { raw -> Gazetteer in
            var offset = magic.count
            func read<T: FixedWidthInteger>(_: T.Type) throws -> T {
                guard offset + MemoryLayout<T>.size <= raw.count else { throw FormatError.truncated }
                defer { offset += MemoryLayout<T>.size }
                return T(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: T.self))
            }
            func entries(_ add: (UInt64, UInt8) -> Void) throws -> Int {
                let count = Int(try read(UInt32.self))
                for _ in 0..<count { add(try read(UInt64.self), try read(UInt8.self)) }
                return count
            }
            var g = Gazetteer()
            _ = try entries { g.stems.set($0, Gazetteer.Classes(rawValue: $1)) }
            _ = try entries { g.organisationStarts.set($0, $1 != 0) }
            _ = try entries { g.table.set($0, Gazetteer.Classes(rawValue: $1)) }
            _ = try entries { g.lexicon.set($0, Gazetteer.Classes(rawValue: $1)) }
            _ = try entries { g.prefixes.set($0, $1 != 0) }
            for index in 0..<2 {
                let count = Int(try read(UInt32.self))
                var words: [UInt64] = []
                words.reserveCapacity(count)
                for _ in 0..<count { words.append(try read(UInt64.self)) }
                if index == 0 { g.organisationStartShapes = words } else { g.headEnds = words }
            }
            return g
        }
    }
}
