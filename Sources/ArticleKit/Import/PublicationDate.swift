import Foundation

/// A publication date as feeds and pages write it (RFC 822 in RSS, ISO 8601 in Atom, JSON Feed
/// and HTML metadata), normalised to ISO 8601 in UTC so that dates sort as strings.
public enum PublicationDate {
    /// "2026-03-04T09:00:00Z", or nil when the text is not a date in a known form.
    public static func normalize(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, trimmed.count < 64 else { return nil }
        for formatter in formatters {
            if let date = formatter.date(from: trimmed) { return output.string(from: date) }
        }
        return nil
    }

    private static func formatter(_ format: String) -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = format
        return formatter
    }

    private static let formatters: [DateFormatter] = [
        "yyyy-MM-dd'T'HH:mm:ssXXXXX", "yyyy-MM-dd'T'HH:mm:ss.SSSXXXXX", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd",
        "EEE, dd MMM yyyy HH:mm:ss zzz", "EEE, dd MMM yyyy HH:mm:ss Z", "dd MMM yyyy HH:mm:ss Z",
        "EEE, dd MMM yyyy HH:mm zzz", "EEE, dd MMM yyyy HH:mm Z",
    ].map(formatter)

    private static let output = formatter("yyyy-MM-dd'T'HH:mm:ss'Z'")
}
