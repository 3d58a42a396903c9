/// Checks a record read from a file before anything uses its offsets: every span inside the
/// text, start ≤ end, no negative offset. Offsets count Unicode scalars, so any in-range integer
/// is on a scalar boundary. Each problem names the field ("quotes[2].end: 90 is past the end of
/// the text (41 scalars)").
extension GoldRecord {
    public func validationProblems() -> [String] {
        let length = text.unicodeScalars.count
        var problems: [String] = []
        func check(_ field: String, _ start: Int, _ end: Int) {
            if start < 0 {
                problems.append("\(field).start: \(start) is negative")
            } else if start > length {
                problems.append("\(field).start: \(start) is past the end of the text (\(length) scalars)")
            }
            if end < 0 {
                problems.append("\(field).end: \(end) is negative")
            } else if end > length {
                problems.append("\(field).end: \(end) is past the end of the text (\(length) scalars)")
            }
            if start > end { problems.append("\(field): start \(start) is after end \(end)") }
        }
        for (index, entity) in (entities ?? []).enumerated() { check("entities[\(index)]", entity.start, entity.end) }
        for (index, quote) in (quotes ?? []).enumerated() {
            check("quotes[\(index)]", quote.start, quote.end)
            if let start = quote.speakerStart, let end = quote.speakerEnd {
                check("quotes[\(index)].speaker", start, end)
            } else if quote.speakerStart != nil || quote.speakerEnd != nil {
                problems.append("quotes[\(index)]: speaker_start and speaker_end go together")
            }
            for (k, part) in (quote.parts ?? []).enumerated() {
                if part.count == 2 { check("quotes[\(index)].parts[\(k)]", part[0], part[1]) } else {
                    problems.append("quotes[\(index)].parts[\(k)]: not a [start, end] pair")
                }
            }
            if let confidence = quote.confidence, !(0...1).contains(confidence) {
                problems.append("quotes[\(index)].confidence: \(confidence) is not between 0 and 1")
            }
        }
        for (index, fragment) in (foreignFragments ?? []).enumerated() {
            check("foreign_fragments[\(index)]", fragment.start, fragment.end)
        }
        return problems
    }
}
