/// Writes a `GoldRecord` as one line of JSON straight into bytes: the same keys, order (sorted)
/// and escapes as `JSONEncoder` with `.sortedKeys` and `.withoutEscapingSlashes`, without the
/// encoder's intermediate tree of values, which for a long article held several copies of it.
public struct JSONRecordWriter {
    public private(set) var bytes: [UInt8] = []
    /// Where `write(_:to:)` sends the bytes, in pieces of about `chunk`.
    private var sink: ((UnsafeBufferPointer<UInt8>) -> Void)?
    private static let chunk = 1 << 16

    public init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// The record's JSON, without the line break.
    public static func encode(_ record: GoldRecord) -> [UInt8] {
        var writer = JSONRecordWriter(capacity: record.text.utf8.count * 2 + 1024)
        writer.write(record)
        return writer.bytes
    }

    /// The record's JSON, without the line break, handed to `sink` in pieces as it is written:
    /// the bytes of a long article are never all in memory.
    public static func write(_ record: GoldRecord, to sink: (UnsafeBufferPointer<UInt8>) -> Void) {
        withoutActuallyEscaping(sink) { sink in
            var writer = JSONRecordWriter(capacity: chunk + 4096)
            writer.sink = sink
            writer.write(record)
            writer.flush()
        }
    }

    private mutating func flush() {
        guard let sink else { return }
        bytes.withUnsafeBufferPointer(sink)
        bytes.removeAll(keepingCapacity: true)
    }

    @inline(__always) private mutating func flushIfFull() {
        if sink != nil, bytes.count >= Self.chunk { flush() }
    }

    /// Appends bytes of a string, in pieces when they go to a sink.
    private mutating func append(_ run: UnsafeBufferPointer<UInt8>) {
        guard sink != nil else { bytes.append(contentsOf: run); return }
        var start = 0
        repeat {
            let end = min(run.count, start + Self.chunk)
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: run[start..<end]))
            flushIfFull()
            start = end
        } while start < run.count
    }

    public mutating func write(_ record: GoldRecord) {
        var object = ObjectWriter(start: &self)
        if let actors = record.actors {
            object.key("actors", &self)
            list(actors) { w, actor in
                var o = ObjectWriter(start: &w)
                if let aliases = actor.aliases { o.key("aliases", &w); w.list(aliases) { $0.string($1) } }
                o.key("name", &w); w.string(actor.name)
                if let role = actor.role { o.key("role", &w); w.string(role) }
                o.key("type", &w); w.string(actor.type)
                w.raw("}")
            }
        }
        if let encoding = record.encoding { object.key("encoding", &self); string(encoding) }
        if let entities = record.entities {
            object.key("entities", &self)
            list(entities) { w, entity in
                var o = ObjectWriter(start: &w)
                o.key("end", &w); w.integer(entity.end)
                o.key("start", &w); w.integer(entity.start)
                if let text = entity.text { o.key("text", &w); w.string(text) }
                o.key("type", &w); w.string(entity.type)
                w.raw("}")
            }
        }
        if let fragments = record.foreignFragments {
            object.key("foreign_fragments", &self)
            list(fragments) { w, fragment in
                var o = ObjectWriter(start: &w)
                o.key("end", &w); w.integer(fragment.end)
                if let lang = fragment.lang { o.key("lang", &w); w.string(lang) }
                if let script = fragment.script { o.key("script", &w); w.string(script) }
                o.key("start", &w); w.integer(fragment.start)
                if let text = fragment.text { o.key("text", &w); w.string(text) }
                w.raw("}")
            }
        }
        if let format = record.format { object.key("format", &self); string(format) }
        object.key("id", &self); string(record.id)
        if let lang = record.lang { object.key("lang", &self); string(lang) }
        if let quotes = record.quotes {
            object.key("quotes", &self)
            list(quotes) { w, quote in
                var o = ObjectWriter(start: &w)
                if let confidence = quote.confidence { o.key("confidence", &w); w.number(confidence) }
                if let cue = quote.cue { o.key("cue", &w); w.string(cue) }
                o.key("end", &w); w.integer(quote.end)
                if let parts = quote.parts { o.key("parts", &w); w.list(parts) { w, part in w.list(part) { $0.integer($1) } } }
                if let speaker = quote.speaker { o.key("speaker", &w); w.string(speaker) }
                if let alternatives = quote.speakerAlternatives {
                    o.key("speaker_alternatives", &w); w.list(alternatives) { $0.string($1) }
                }
                if let end = quote.speakerEnd { o.key("speaker_end", &w); w.integer(end) }
                if let evidence = quote.speakerEvidence { o.key("speaker_evidence", &w); w.string(evidence) }
                if let mention = quote.speakerMention { o.key("speaker_mention", &w); w.string(mention) }
                if let start = quote.speakerStart { o.key("speaker_start", &w); w.integer(start) }
                o.key("start", &w); w.integer(quote.start)
                if let text = quote.text { o.key("text", &w); w.string(text) }
                o.key("type", &w); w.string(quote.type)
                w.raw("}")
            }
        }
        if let source = record.source { object.key("source", &self); string(source) }
        object.key("text", &self); string(record.text)
        raw("}")
    }

    /// Commas between the keys of one object.
    private struct ObjectWriter {
        private var first = true
        init(start writer: inout JSONRecordWriter) { writer.raw("{") }
        mutating func key(_ name: StaticString, _ writer: inout JSONRecordWriter) {
            if !first { writer.bytes.append(UInt8(ascii: ",")) }
            first = false
            writer.bytes.append(UInt8(ascii: "\""))
            writer.bytes.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
            writer.bytes.append(UInt8(ascii: "\""))
            writer.bytes.append(UInt8(ascii: ":"))
        }
    }

    private mutating func list<T>(_ items: [T], _ item: (inout JSONRecordWriter, T) -> Void) {
        raw("[")
        for (index, element) in items.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            item(&self, element)
            flushIfFull()
        }
        raw("]")
    }

    private mutating func raw(_ text: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// The decimal digits, as `String(value)` writes them, without making the String (a record
    /// of a long article has hundreds of thousands of offsets).
    private mutating func integer(_ value: Int) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var rest = value.magnitude
            var start = 20
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            } while rest > 0
            if value < 0 {
                start -= 1
                digits[start] = UInt8(ascii: "-")
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[start...]))
        }
    }

    /// Shortest round-trip digits, as JSONEncoder writes them; whole numbers without ".0";
    /// a value JSON cannot hold (NaN, infinity) as null.
    private mutating func number(_ value: Double) {
        guard value.isFinite else { raw("null"); return }
        if value == value.rounded(), abs(value) < 1e15 {
            integer(Int(value))
        } else {
            bytes.append(contentsOf: value.description.utf8)
        }
    }

    private static let hex = Array("0123456789abcdef".utf8)

    /// Quotes and escapes a string: `"` and `\`, the named controls, other C0 controls as \u00XX.
    private mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var copy = text
        copy.withUTF8 { utf8 in
            var runStart = 0
            var index = 0
            let count = utf8.count
            while index < count {
                // Eight bytes at a time while none of them needs an escape: most of a text.
                if index + 8 <= count,
                   !Self.mayNeedEscape(UInt64(littleEndian: UnsafeRawPointer(utf8.baseAddress! + index).loadUnaligned(as: UInt64.self))) {
                    index += 8
                    continue
                }
                let byte = utf8[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { index += 1; continue }
                append(UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                runStart = index + 1
                index += 1
                switch byte {
                case UInt8(ascii: "\""): bytes.append(contentsOf: [0x5C, 0x22])
                case UInt8(ascii: "\\"): bytes.append(contentsOf: [0x5C, 0x5C])
                case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
                case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
                case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
                case 0x08: bytes.append(contentsOf: [0x5C, UInt8(ascii: "b")])
                case 0x0C: bytes.append(contentsOf: [0x5C, UInt8(ascii: "f")])
                default:
                    bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                              Self.hex[Int(byte >> 4)], Self.hex[Int(byte & 0xF)]])
                }
            }
            append(UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Whether one of eight bytes may need an escape (a control, `"` or `\`): never false when
    /// one does. (A byte below 0x20, or equal to 0x22 or 0x5C, sets its high bit in the tests.)
    @inline(__always) private static func mayNeedEscape(_ w: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
        let control = (w &- ones &* 0x20) & ~w
        let q = w ^ (ones &* 0x22), b = w ^ (ones &* 0x5C)
        return (control | ((q &- ones) & ~q) | ((b &- ones) & ~b)) & high != 0
    }
}
