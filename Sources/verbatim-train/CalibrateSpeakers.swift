import ArgumentParser
import ArticleKit
import Foundation

/// Measures how often the speaker is right for each kind of evidence on the tuning parts of the
/// development sets, and writes the table that turns a quote's evidence into its confidence.
struct CalibrateSpeakers: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calibrate-speakers",
        abstract: "Fit the speaker confidence (probability right, by evidence) on the dev sets' tuning parts.")

    @Argument(help: "Gold files or answer keys (keys without text are joined to --texts).")
    var gold: [String] = ["../shared/gold/wikinews-dev-fr.jsonl", "../shared/gold/wikinews-dev-en.jsonl",
                          "../shared/gold/wikinews-dev-ru.jsonl", "Tests/Gold/wikinews-extra-fr.jsonl",
                          "Tests/Gold/wikinews-extra-ru.jsonl"]
    @Option(help: "Where the `source` paths of answer keys start.") var texts = "../shared"
    @Option(help: "Pseudo-counts drawing each rate towards the overall one.") var prior = 2.0
    @Option(help: "Where to write the table.") var output = "Sources/ArticleKit/Resources/statements/speaker-confidence.tsv"

    func run() throws {
        var counts: [SpeakerEvidence: (right: Int, total: Int)] = [:]
        var used: [String] = []
        for path in gold {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            let records = try JSONLines.decode(data, textLoader: JSONLinesReader.fileTextLoader(root: texts))
            let tuning = try DevSplit.shipped.records(records, of: DevSplit.setName(ofFile: path), in: .tuning)
            let report = Evaluator().evaluate(gold: tuning, predicted: ArticleAnalyzer().predictions(for: tuning))
            for (name, accuracy) in report.speakersByEvidence {
                guard let evidence = SpeakerEvidence(rawValue: name) else { continue }
                counts[evidence, default: (0, 0)].right += accuracy.correct
                counts[evidence, default: (0, 0)].total += accuracy.total
            }
            used.append("\(DevSplit.setName(ofFile: path)) (\(tuning.count) articles)")
        }
        let (_, overall) = SpeakerCalibration.fitted(counts, prior: prior)
        let total = counts.values.reduce(0) { $0 + $1.total }
        var lines = [
            "# Speaker confidence: the probability that a quote's speaker is right, by what named it.",
            "# Fitted by `verbatim-train calibrate-speakers` on the tuning parts of: \(used.joined(separator: ", ")).",
            "# Each rate is drawn towards the overall one by \(prior) pseudo-counts. Columns: evidence, probability, quotes.",
            String(format: "overall\t%.3f\t%d", overall, total),
        ]
        // No speaker (none, impersonal) has no probability of being right: not in the table.
        for evidence in SpeakerEvidence.allCases where evidence != .none && evidence != .impersonal {
            guard let c = counts[evidence] else { continue }
            let p = (Double(c.right) + prior * overall) / (Double(c.total) + prior)
            lines.append(String(format: "%@\t%.3f\t%d", evidence.rawValue, p, c.total))
        }
        try (lines.joined(separator: "\n") + "\n").write(toFile: output, atomically: true, encoding: .utf8)
        print(lines.joined(separator: "\n"))
    }
}
