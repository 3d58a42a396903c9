import Foundation

/// The probability that a speaker is right, by what named it (`SpeakerEvidence`): measured on
/// the development sets' tuning parts by `verbatim-train calibrate-speakers` and read from
/// Resources/statements/speaker-confidence.tsv. Without the table, or for evidence it never
/// saw, the confidence is the overall rate it measured (or one half).
public struct SpeakerCalibration: Sendable {
    private let table: [SpeakerEvidence: Double]
    private let overall: Double

    public init(table: [SpeakerEvidence: Double], overall: Double) {
        self.table = table
        self.overall = overall
    }

    /// Lines "evidence<TAB>probability<TAB>count"; "overall<TAB>p<TAB>n"; "#" comments.
    public init(tsv: String) {
        var table: [SpeakerEvidence: Double] = [:]
        var overall = 0.5
        for line in tsv.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t").map(String.init)
            guard fields.count >= 2, let p = Double(fields[1]), (0...1).contains(p) else { continue }
            if fields[0] == "overall" { overall = p } else if let evidence = SpeakerEvidence(rawValue: fields[0]) { table[evidence] = p }
        }
        self.init(table: table, overall: overall)
    }

    public static let shipped: SpeakerCalibration = {
        guard let url = Bundle.module.url(forResource: "speaker-confidence", withExtension: "tsv", subdirectory: "Resources/statements"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return SpeakerCalibration(table: [:], overall: 0.5) }
        return SpeakerCalibration(tsv: text)
    }()

    /// Nobody named (no speaker, or "on"): no speaker to be right.
    public func probability(_ evidence: SpeakerEvidence) -> Double {
        if evidence == .none || evidence == .impersonal { return 0 }
        return table[evidence] ?? overall
    }

    /// The table from counts (right, total) per evidence, each rate drawn towards the overall
    /// one by `prior` pseudo-counts so that rare evidence does not get 0 or 1 from a few quotes.
    public static func fitted(_ counts: [SpeakerEvidence: (right: Int, total: Int)], prior: Double = 2) -> (SpeakerCalibration, overall: Double) {
        let right = counts.values.reduce(0) { $0 + $1.right }, total = counts.values.reduce(0) { $0 + $1.total }
        let overall = total == 0 ? 0.5 : Double(right) / Double(total)
        var table: [SpeakerEvidence: Double] = [:]
        for (evidence, c) in counts { table[evidence] = (Double(c.right) + prior * overall) / (Double(c.total) + prior) }
        return (SpeakerCalibration(table: table, overall: overall), overall)
    }
}
