/// Reads CoNLL-U text (Universal Dependencies) into sentences: comment lines (#) are skipped,
/// a blank line ends a sentence, "1-2" lines are multiword tokens, "8.1" lines (empty nodes of
/// the enhanced graph) are dropped. Only ID, FORM, UPOS, FEATS, HEAD and DEPREL are read.
public struct CoNLLUReader: Sendable {
    public init() {}

    public enum ReadError: Error, CustomStringConvertible {
        case badLine(Int, String)
        public var description: String {
            switch self { case .badLine(let n, let line): "CoNLL-U line \(n): cannot read \"\(line.prefix(80))\"" }
        }
    }

    public func sentences(in text: String) throws -> [CoNLLUSentence] {
        var result: [CoNLLUSentence] = []
        var current = CoNLLUSentence()
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = line.hasSuffix("\r") ? line.dropLast() : line
            if line.isEmpty {
                if !current.words.isEmpty { result.append(current) }
                current = CoNLLUSentence()
                continue
            }
            if line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 8 else { throw ReadError.badLine(lineNumber, String(line)) }
            let id = fields[0]
            if id.contains(".") { continue }
            if let dash = id.firstIndex(of: "-") {
                guard let first = Int(id[..<dash]), let last = Int(id[id.index(after: dash)...]), first <= last else {
                    throw ReadError.badLine(lineNumber, String(line))
                }
                current.multiwordTokens.append(.init(first: first, last: last, form: String(fields[1])))
                continue
            }
            guard let n = Int(id), n == current.words.count + 1, let head = Int(fields[6]) else {
                throw ReadError.badLine(lineNumber, String(line))
            }
            current.words.append(.init(form: String(fields[1]), upos: String(fields[3]), head: head,
                                       relation: String(fields[7]), features: String(fields[5])))
        }
        if !current.words.isEmpty { result.append(current) }
        return result
    }
}
