import ArgumentParser
import ArticleKit
import Foundation

/// Scores the analysis against a gold file, as shared/gold/README.md defines it.
struct Evaluate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score entities, quotes, speakers, actors and fragments against a gold file.")

    @Argument(help: "Gold JSON Lines file.")
    var gold: String

    @Option(help: "Predictions to score (JSON Lines, matched on id). Default: analyse the gold texts now.")
    var predicted: String?

    @Option(help: "Share of the longer span two quotes must overlap to match.")
    var overlap: Double = 0.5

    @Flag(help: "Print the scores as JSON.")
    var json = false

    @Flag(help: "After the scores, list each matched quote whose speaker is wrong, with its context.")
    var errors = false

    @Flag(help: "Stop at the first bad record (by default each is reported and skipped, and the exit status is 65).")
    var strict = false

    @OptionGroup var limit: SizeLimit

    @Option(help: ArgumentHelp(
        "Where the `source` paths of an answer key without texts start (default: $VERBATIM_SHARED, else ../shared).",
        valueName: "dir"))
    var texts: String?

    private var textRoot: String {
        if let texts { return texts }
        if let shared = ProcessInfo.processInfo.environment["VERBATIM_SHARED"], !shared.isEmpty { return shared }
        return "../shared"
    }

    @Option(help: ArgumentHelp(
        "Score only this part of a development set: tuning or untouched (the fixed split of ArticleKit's dev-split.tsv, looked up by the gold file's name).",
        valueName: "tuning|untouched"))
    var part: DevSplit.Part?

    func validate() throws {
        guard overlap > 0, overlap <= 1 else { throw ValidationError("--overlap must be in (0, 1]") }
    }

    func run() throws {
        var goldRecords: [GoldRecord]
        let predictions: [GoldRecord]
        var bad = 0
        do {
            let read = try RecordFile(path: gold, lineLimit: limit.bytes, strict: strict, textRoot: textRoot).readAll()
            goldRecords = read.records
            bad += read.bad
            if let part {
                do {
                    goldRecords = try DevSplit.shipped.records(goldRecords, of: DevSplit.setName(ofFile: gold), in: part)
                } catch let error as DevSplit.SplitError {
                    throw ExitStatus.fail("\(gold): \(error)", code: ExitStatus.dataError)
                }
            }
            if let predicted {
                let readPredicted = try RecordFile(path: predicted, lineLimit: limit.bytes, strict: strict, textRoot: textRoot).readAll()
                predictions = readPredicted.records
                bad += readPredicted.bad
            } else {
                predictions = ArticleAnalyzer().predictions(for: goldRecords)
            }
        } catch let error as ImportError {
            throw ExitStatus.fail(error)
        }
        let report = Evaluator(quoteOverlap: overlap, collectErrors: errors).evaluate(gold: goldRecords, predicted: predictions)
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
            var text = String(decoding: try encoder.encode(report), as: UTF8.self)
            if let part, text.hasPrefix("{") {
                // The part scored, as the first key of the object.
                text = "{\n  \"part\" : \"\(part.rawValue)\"," + text.dropFirst()
            }
            try OutputWriter.write(text + "\n")
        } else {
            let heading = part.map { "part: \($0.rawValue) (\(DevSplit.setName(ofFile: gold)), dev-split.tsv)\n" } ?? ""
            try OutputWriter.writeText(heading + report.table() + "\n")
            if errors { try OutputWriter.writeText(Self.errorList(report.speakerErrors)) }
        }
        if bad > 0 {
            throw ExitStatus.fail("\(bad) bad record\(bad == 1 ? "" : "s") skipped; the scores cover the others",
                                  code: ExitStatus.dataError)
        }
    }
}

extension DevSplit.Part: ExpressibleByArgument {}

extension Evaluate {
    /// One block per wrong speaker: where, the quote, the gold and the predicted speaker, the context.
    static func errorList(_ errors: [EvaluationReport.SpeakerError]) -> String {
        var out = "\nwrong speakers: \(errors.count)\n"
        for error in errors {
            func named(_ speaker: String?, _ mention: String?) -> String {
                let name = speaker ?? "(none)"
                guard let mention, !mention.isEmpty, mention != name else { return name }
                return "\(name) (mention: \(mention))"
            }
            out += "\n\(error.id) @\(error.quoteStart): “\(error.quote)”\n"
            out += "  gold:      \(named(error.goldSpeaker, error.goldMention))\n"
            out += "  predicted: \(named(error.predictedSpeaker, error.predictedMention))\n"
            out += "  context:   \(error.context)\n"
        }
        return out
    }
}
