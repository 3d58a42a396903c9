/// Text decoded from bytes, with the encoding it was read in (reported by `parse`).
public struct DecodedText: Sendable, Hashable {
    public var text: String
    public var encoding: TextEncoding

    public init(text: String, encoding: TextEncoding) {
        self.text = text
        self.encoding = encoding
    }
}
