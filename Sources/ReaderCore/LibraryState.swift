import ArticleKit

/// The library: one row per open article, sorted and filtered; the cursor stays on its article
/// while the reader is inside one, so going back finds the same row.
public struct LibraryState: Sendable, Hashable {
    public enum Sort: String, Sendable, Hashable, CaseIterable {
        case input = "input order", title, date = "date, newest first", quotes = "quote count"

        var next: Sort {
            let all = Sort.allCases
            return all[(all.firstIndex(of: self)! + 1) % all.count]
        }
    }

    public internal(set) var sort: Sort = .input
    /// Text every shown row's title or source contains (case insensitive).
    public internal(set) var filter = ""
    public internal(set) var editingFilter = false
    /// The document under the cursor (an index into `documents`), kept across sorts and filters.
    public internal(set) var selected = 0
    public internal(set) var top = 0

    /// Document indices in display order.
    public func rows(_ documents: [Document]) -> [Int] {
        var indices = Array(documents.indices)
        if !filter.isEmpty {
            let wanted = filter.lowercased()
            indices = indices.filter {
                let article = documents[$0].article
                return article.title.lowercased().contains(wanted) || (article.source ?? "").lowercased().contains(wanted)
            }
        }
        switch sort {
        case .input: break
        case .title:
            indices.sort {
                let (a, b) = (documents[$0].article.title.lowercased(), documents[$1].article.title.lowercased())
                return a == b ? $0 < $1 : a < b
            }
        case .date:
            // Undated articles last, in input order.
            indices.sort {
                let (a, b) = (documents[$0].article.published ?? "", documents[$1].article.published ?? "")
                return a == b ? $0 < $1 : a > b
            }
        case .quotes:
            indices.sort {
                let (a, b) = (documents[$0].analysis?.quotes.count ?? -1, documents[$1].analysis?.quotes.count ?? -1)
                return a == b ? $0 < $1 : a > b
            }
        }
        return indices
    }
}
