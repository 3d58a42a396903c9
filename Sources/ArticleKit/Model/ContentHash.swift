/// An article's identity: FNV-1a over the text's UTF-8 and its length, the key reading positions
/// are filed under and the archive knows an article by, so one text is one article whatever its
/// file is called or which format it came in.
public enum ContentHash {
    public static func of(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var count = 0
        for byte in text.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            count += 1
        }
        return String(hash, radix: 16) + "-" + String(count)
    }
}
