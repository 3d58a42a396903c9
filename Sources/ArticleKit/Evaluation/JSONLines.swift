import Foundation

/// Reading and writing `GoldRecord`s as JSON Lines.
public enum JSONLines {
    /// Every record, or the first bad line as a `JSONLinesReader.Problem` (for data the project
    /// controls: tests, training corpora). Files from users go through `JSONLinesReader`.
    public static func decode(_ data: Data, textLoader: JSONLinesReader.TextLoader? = nil) throws -> [GoldRecord] {
        try JSONLinesReader.decodeAll(data, textLoader: textLoader)
    }

    /// One record as one line of JSON (without the line break).
    public static func encode(_ record: GoldRecord) -> String {
        String(decoding: JSONRecordWriter.encode(record), as: UTF8.self)
    }
}
