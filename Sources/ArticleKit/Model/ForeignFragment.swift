/// A run of text in a script other than its paragraph's language (untranslated words).
public struct ForeignFragment: Hashable, Sendable {
    public var span: TextSpan
    public var text: String
    /// ISO 15924 name as the gold format spells it: "Cyrillic", "Latin", "Arabic", "Han", …
    public var script: String
    /// Best guess of the fragment's language ("ru"), or "und".
    public var lang: String

    public init(span: TextSpan, text: String, script: String, lang: String) {
        self.span = span
        self.text = text
        self.script = script
        self.lang = lang
    }
}
