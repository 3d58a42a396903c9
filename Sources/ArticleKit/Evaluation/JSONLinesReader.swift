import Foundation

/// Reads JSON Lines one line at a time from a file or a stream, so memory holds one record, not
/// the file. Each line gives a record or a problem naming its line (malformed JSON, a missing or
/// mistyped field with its path, an offset outside the text, a text that is binary data, a line
/// over the size limit): a bad line never costs the good ones around it.
public struct JSONLinesReader {
    public struct Problem: Error, Equatable, CustomStringConvertible {
        public var line: Int
        public var message: String
        public var description: String { "line \(line): \(message)" }
    }

    private let handle: FileHandle
    private let lineLimit: Int
    private var buffer = Data()
    private var lineStart = 0
    private var searchFrom = 0
    private var atEnd = false
    private var lineNumber = 0
    private let decoder = JSONDecoder()
    private static let chunk = 1 << 20
    /// Gives the text of an answer key's `source` (a path) for a record without `text`; nil
    /// when it cannot be read. Without a loader such a record is a problem of its line.
    public var textLoader: TextLoader?
    public typealias TextLoader = (String) -> String?

    /// Reads an answer key's `source` as a path under `root`, as UTF-8 exactly as written (the
    /// key's offsets count its scalars: no decoding guesses); nil when missing, unreadable or
    /// over `limit` bytes.
    public static func fileTextLoader(root: String, limit: Int = Int.max) -> TextLoader {
        { source in
            let url = URL(fileURLWithPath: source, relativeTo: URL(fileURLWithPath: root, isDirectory: true))
            guard let size = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? Int,
                  size <= limit else { return nil }
            return try? String(contentsOf: url, encoding: .utf8)
        }
    }

    /// `lineLimit`: the largest line, in bytes, that is decoded (the article size limit).
    public init(handle: FileHandle, lineLimit: Int) {
        self.handle = handle
        self.lineLimit = lineLimit
    }

    /// Every record of in-memory JSON Lines, or the first problem (tests, training data).
    public static func decodeAll(_ data: Data, textLoader: TextLoader? = nil) throws -> [GoldRecord] {
        var records: [GoldRecord] = []
        for line in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            if isBlank(line.element) { continue }
            records.append(try record(from: Data(line.element), line: line.offset + 1, decoder: JSONDecoder(),
                                      textLoader: textLoader))
        }
        return records
    }

    /// The next non-blank line as a record or a problem; nil at the end of the input.
    public mutating func next() -> Result<GoldRecord, Problem>? {
        while let line = nextLine() {
            lineNumber += 1
            switch line {
            case .tooLong(let bytes):
                return .failure(Problem(line: lineNumber, message: "\(ImportError.exactSize(bytes)) is over the "
                    + "\(ImportError.size(lineLimit)) limit for one record (--max-mib raises it)"))
            case .bytes(let bytes):
                if Self.isBlank(bytes) { continue }
                do {
                    return .success(try Self.record(from: bytes, line: lineNumber, decoder: decoder,
                                                    textLoader: textLoader))
                } catch let problem as Problem {
                    return .failure(problem)
                } catch {
                    return .failure(Problem(line: lineNumber, message: "\(error)"))
                }
            }
        }
        return nil
    }

    private enum Line {
        case bytes(Data)
        case tooLong(Int)
    }

    /// Splits the input at newlines, reading a chunk at a time; a line past the limit is skipped
    /// to its end without being kept. Consumed lines are dropped once per chunk, not once per
    /// line, so many short lines cost no more than a few long ones.
    private mutating func nextLine() -> Line? {
        var skipped = 0
        while true {
            let from = buffer.startIndex + max(lineStart, searchFrom)
            if let newline = buffer[from...].firstIndex(of: UInt8(ascii: "\n")) {
                let line = buffer[(buffer.startIndex + lineStart)..<newline]
                let length = skipped + line.count
                lineStart = newline - buffer.startIndex + 1
                searchFrom = lineStart
                return length > lineLimit ? .tooLong(length) : .bytes(Data(line))
            }
            if buffer.count - lineStart > lineLimit {
                skipped += buffer.count - lineStart
                buffer.removeAll(keepingCapacity: true)
                lineStart = 0
            } else if lineStart > 0 {
                buffer.removeSubrange(buffer.startIndex..<(buffer.startIndex + lineStart))
                lineStart = 0
            }
            searchFrom = buffer.count
            if atEnd {
                guard skipped > 0 || !buffer.isEmpty else { return nil }
                let length = skipped + buffer.count
                let result: Line = length > lineLimit ? .tooLong(length) : .bytes(buffer)
                buffer = Data()
                searchFrom = 0
                return result
            }
            let data = (try? handle.read(upToCount: Self.chunk)) ?? nil
            if let data, !data.isEmpty { buffer.append(data) } else { atEnd = true }
        }
    }

    private static func isBlank(_ bytes: some Collection<UInt8>) -> Bool {
        bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
    }

    private static func record(from bytes: Data, line: Int, decoder: JSONDecoder,
                               textLoader: TextLoader?) throws -> GoldRecord {
        var record: GoldRecord
        do {
            record = try decoder.decode(GoldRecord.self, from: bytes)
        } catch DecodingError.dataCorrupted(let context) where context.codingPath.isEmpty
                    && (try? JSONSerialization.jsonObject(with: bytes)) != nil {
            // Well-formed JSON the decoder still refused without saying where: a number.
            throw Problem(line: line, message: "an offset or count that is not a whole number in range")
        } catch {
            throw Problem(line: line, message: describe(error))
        }
        if record.textIsAbsent, let source = record.source {
            guard let textLoader else {
                throw Problem(line: line, message: "text: missing (an answer key without text is read where its source can be found)")
            }
            guard let text = textLoader(source) else {
                throw Problem(line: line, message: "text: missing, and its source \(source) cannot be read")
            }
            record.text = text
            record.textIsAbsent = false
        }
        let problems = record.validationProblems()
        if !problems.isEmpty {
            let shown = problems.prefix(3).joined(separator: "; ")
            throw Problem(line: line, message: problems.count > 3 ? "\(shown); and \(problems.count - 3) more" : shown)
        }
        if TextDecoder.looksBinary(text: record.text) {
            throw Problem(line: line, message: "text: looks like binary data, not an article")
        }
        return record
    }

    /// A decoding error as a person reads it: the field's path and what was wrong with it.
    static func describe(_ error: Error) -> String {
        func path(_ keys: [CodingKey]) -> String {
            var out = ""
            for key in keys {
                if let index = key.intValue { out += "[\(index)]" } else { out += (out.isEmpty ? "" : ".") + key.stringValue }
            }
            return out
        }
        switch error {
        case DecodingError.keyNotFound(let key, let context):
            return "missing field \"\(path(context.codingPath + [key]))\""
        case DecodingError.typeMismatch(let type, let context):
            return "\(path(context.codingPath)): expected \(describe(type))"
        case DecodingError.valueNotFound(let type, let context):
            return "\(path(context.codingPath)): null where \(describe(type)) is expected"
        case DecodingError.dataCorrupted(let context):
            if context.codingPath.isEmpty { return "not valid JSON" }
            return "\(path(context.codingPath)): not a valid value (a whole number out of range?)"
        default:
            return "not a valid record"
        }
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is Int.Type: "a whole number"
        case is Double.Type: "a number"
        case is String.Type: "a string"
        case is [Any].Type: "a list"
        default: "an object"
        }
    }
}
