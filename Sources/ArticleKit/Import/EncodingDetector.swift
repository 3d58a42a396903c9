/// Chooses the encoding of bytes that are not valid UTF-8, from statistics of the decoded
/// letters: each candidate decoding is read word by word, and the one whose words look like
/// words (one script, lower or Capitalised, Latin words holding ASCII letters) wins. A wrong
/// Cyrillic table swaps case (KOI8-R read as Windows-1251 is all capitals), a Cyrillic text read
/// as Windows-1252 gives Latin words without a single ASCII letter, and a French text read as
/// Cyrillic gives words mixing two scripts.
public enum EncodingDetector {
    /// Enough text to decide; the rest of a large file does not change the answer.
    static let sampleBytes = 262_144

    /// The legacy encoding the bytes read best in, or nil when none reads clearly better than
    /// UTF-8 with a few replaced bytes.
    public static func legacyEncoding(of bytes: some Collection<UInt8>) -> TextEncoding? {
        let sample = Array(bytes.prefix(sampleBytes))
        let (valid, invalid) = utf8Counts(sample)
        guard invalid > valid else { return nil }
        var best: (encoding: TextEncoding, score: Int)?
        for encoding in TextEncoding.legacy {
            guard let table = SingleByteTable.table(for: encoding) else { continue }
            let value = score(table.decode(sample))
            if value > (best?.score ?? Int.min) { best = (encoding, value) }
        }
        guard let best, best.score >= 2 else { return nil }
        return best.encoding
    }

    /// Valid multi-byte UTF-8 sequences and invalid ones.
    static func utf8Counts(_ bytes: [UInt8]) -> (valid: Int, invalid: Int) {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var valid = 0, invalid = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): if scalar.value > 0x7F { valid += 1 }
            case .error: invalid += 1
            case .emptyInput: return (valid, invalid)
            }
        }
    }

    /// Plausible words minus implausible ones, counting only words with a non-ASCII letter
    /// (the only ones the candidates disagree on) and longer than one letter.
    static func score(_ text: String) -> Int {
        var total = 0
        var word: [Unicode.Scalar] = []
        func finish() {
            defer { word.removeAll(keepingCapacity: true) }
            guard word.count > 1, word.contains(where: { $0.value > 0x7F }) else { return }
            total += plausibility(word)
        }
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic { word.append(scalar) } else { finish() }
        }
        finish()
        return total
    }

    /// +1 for a word that reads as a word, 0 for one in capitals (headlines, acronyms, but also
    /// a case-swapped Cyrillic word), -1 for one no text holds.
    static func plausibility(_ word: [Unicode.Scalar]) -> Int {
        let scripts = Set(word.map(script))
        guard scripts.count == 1, let script = scripts.first, script != .other else { return -1 }
        if script == .latin && !word.contains(where: { $0.isASCII }) { return -1 }
        let upper = word.map { $0.properties.isUppercase }
        if !upper.dropFirst().contains(true) { return 1 }
        if !upper.contains(false) { return 0 }
        return -1
    }

    enum Script { case latin, cyrillic, other }

    static func script(_ scalar: Unicode.Scalar) -> Script {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F: .latin
        case 0x400...0x4FF: .cyrillic
        default: .other
        }
    }
}
