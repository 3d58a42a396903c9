import Foundation

/// Reading and writing `GoldRecord`s as JSON Lines.
public enum JSONLines {
    /// Every record, or the first bad line as a `JSONLinesReader.Problem` (for data the project
    /// controls: tests, training corpora). Files from users go through `JSONLinesReader`.
    public static func decode(_ data: Data) throws -> [GoldRecord] {
        try JSONLinesReader.decodeAll(data)
    }

    public static func encode(_ record: GoldRecord) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(record)
        return String(decoding: data, as: UTF8.self)
    }
}
