import ArgumentParser
import ArticleKit
import Foundation

/// Trains and evaluates the entity tagger of ArticleKit.
@main
struct VerbatimTrain: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verbatim-train",
        abstract: "Train and evaluate the named-entity tagger and the syntax models; rebuild the gazetteer snapshot.",
        subcommands: [Train.self, Evaluate.self, Tokenize.self, TrainSyntax.self, EvaluateSyntax.self, BenchSyntax.self,
                      ParseSyntax.self, GazetteerSnapshotCommand.self, ClustersCommand.self, CalibrateSpeakers.self],
        defaultSubcommand: Train.self)
}

/// Reads a JSONL file, gunzipping it when its name ends in .gz.
func readRecords(_ path: String) throws -> [TrainingRecord] {
    let decoder = JSONDecoder()
    return try readData(path).split(separator: UInt8(ascii: "\n")).map { try decoder.decode(TrainingRecord.self, from: Data($0)) }
}

func readData(_ path: String) throws -> Data {
    let data: Data
    if path.hasSuffix(".gz") {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gzip", "-dc", path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw ValidationError("cannot gunzip \(path)") }
    } else {
        data = try Data(contentsOf: URL(fileURLWithPath: path))
    }
    return data
}

struct Train: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Train on the corpora's *.train.jsonl.gz and write the model.")

    @Option(help: "Folder of the training corpora.") var corpora = "../shared/corpora"
    @Option(help: "Corpus names to train on (comma-separated).")
    var use = "sequoia-fr,enp-fr,romans7-fr,wikigold-en,uner-en-ewt,uner-ru-pud"
    @Option(help: "Use only every n-th record of these corpora (romans7-fr: literary, PER-heavy, large; silver-ru-natasha: machine-tagged, kept from outweighing the hand-made sets).")
    var every = "romans7-fr=10"
    @Option(help: "Where to write the model.") var output = "Sources/ArticleKit/Resources/ner/tagger.bin"
    @Option(help: "log2 of the number of weight rows.") var rowBits = 16
    @Option var epochs = 6
    @Option var seed: UInt64 = 1
    @Option(help: "Train this many models (seeds seed, seed+1, …) and average their weights.") var mixture = 4
    // The gold corpora closest to modern news and Wikipedia, and the smallest Russian one, count twice:
    // +0.007 mean F1 over the nine dev sets, steady over four seeds (sequoia +0.022, uner-ru +0.017).
    @Option(help: "Per-corpus repeat counts (a corpus's records are added that many times); \"\" for none.")
    var repeats = "sequoia-fr=2,wikigold-en=2,uner-ru-pud=2"

    func run() throws {
        var options = Trainer.Options()
        options.rowBits = rowBits
        options.epochs = epochs
        options.seed = seed
        var trainer = Trainer(options: options)
        let started = Date()
        let repeatCount = try Self.counts(repeats, option: "--repeats", minimum: 0)
        let everyCount = try Self.counts(every, option: "--every", minimum: 1)
        for name in use.split(separator: ",").map(String.init) {
            // Silver corpora (machine-tagged, e.g. silver-ru-natasha) have no train/dev split: the whole file trains.
            let silver = "\(corpora)/\(name).jsonl.gz"
            let records = try readRecords(FileManager.default.fileExists(atPath: silver) ? silver : "\(corpora)/\(name).train.jsonl.gz")
            var n = 0
            for _ in 0..<(repeatCount[name] ?? 1) {
                for (i, r) in records.enumerated() {
                    if i % (everyCount[name] ?? 1) != 0 { continue }
                    // romans7 puts titles and determiners inside mentions; news convention leaves them out.
                    trainer.add(r, trimLeadingLowercase: name == "romans7-fr")
                    n += 1
                }
            }
            print("\(name): \(n) records; total \(trainer.sentenceCount) sentences, \(trainer.tokenCount) tokens, \(trainer.entityCount) entities, \(trainer.misaligned) misaligned")
        }
        let model = trainer.trainMixture(seeds: (0..<UInt64(max(mixture, 1))).map { seed &+ $0 }) { epoch, errors in
            print("epoch \(epoch): \(errors) runs wrong (\(String(format: "%.0f", Date().timeIntervalSince(started))) s)")
        }
        let url = URL(fileURLWithPath: output)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try model.data().write(to: url)
        print("wrote \(output)")
    }

    /// "name=n,name=n" as a dictionary; each n at least `minimum`.
    static func counts(_ list: String, option: String, minimum: Int) throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for item in list.split(separator: ",") {
            let parts = item.split(separator: "=")
            guard parts.count == 2, let n = Int(parts[1]), n >= minimum else { throw ValidationError("bad \(option) item \(item)") }
            counts[String(parts[0])] = n
        }
        return counts
    }
}

struct Evaluate: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "PER/ORG/LOC scores on the dev splits and the gold files.")

    @Option(help: "Folder of the corpora.") var corpora = "../shared/corpora"
    @Option(help: "Folder of the gold files.") var gold = "../shared/gold"
    @Option(help: "Model to evaluate (default: the shipped one).") var model: String?
    @Flag(help: "Print the errors on the gold files.") var errors = false
    @Option(help: "Score only this part of each split dev set (tuning or untouched, from ArticleKit's dev-split.tsv); the seed is scored whole.")
    var part: String?

    func validate() throws {
        if let part, DevSplit.Part(rawValue: part) == nil { throw ValidationError("--part must be tuning or untouched") }
    }

    func run() throws {
        let recognizer: EntityRecognizer
        if let model {
            recognizer = EntityRecognizer(model: try TaggerModel(data: Data(contentsOf: URL(fileURLWithPath: model))))
        } else {
            recognizer = EntityRecognizer.shared
        }
        func score(_ name: String, _ records: [GoldRecord]) {
            var predicted: [GoldRecord] = []
            for r in records {
                var analysis = TextAnalyzer().analyze(ScalarText(r.text), languageHint: r.lang)
                analysis.entities = recognizer.recognize(in: analysis)
                predicted.append(GoldRecord(article: r.article, analysis: analysis))
                if errors {
                    let g = Set((r.entities ?? []).map { "\($0.start)-\($0.end) \($0.type) \($0.text ?? "")" })
                    let p = Set(analysis.entities.map { "\($0.span.start)-\($0.span.end) \($0.type.rawValue) \($0.text)" })
                    for x in g.subtracting(p).sorted() { print("  FN \(x)") }
                    for x in p.subtracting(g).sorted() { print("  FP \(x)") }
                }
            }
            let report = Evaluator().evaluate(gold: records, predicted: predicted)
            let core = report.entities(types: EvaluationReport.coreTypes)
            var line = name.padding(toLength: max(26, name.count + 1), withPad: " ", startingAt: 0)
                + String(format: "P %.3f  R %.3f  F1 %.3f", core.precision, core.recall, core.f1)
            for t in ["PER", "ORG", "LOC", "MISC"] {
                if let s = report.entitiesByType[t] { line += String(format: "   %@ %.3f", t, s.f1) }
            }
            print(line)
        }
        let split = part.flatMap(DevSplit.Part.init(rawValue:))
        /// The records of the requested part when the set is split, and the label to print.
        func selected(_ set: String, _ records: [GoldRecord], label: String) throws -> (String, [GoldRecord]) {
            guard let split, DevSplit.shipped.sets[set] != nil else { return (label, records) }
            return (label + " " + split.rawValue, try DevSplit.shipped.records(records, of: set, in: split))
        }
        let fm = FileManager.default
        let devs = ((try? fm.contentsOfDirectory(atPath: corpora)) ?? []).filter { $0.hasSuffix(".dev.jsonl.gz") }.sorted()
        for file in devs {
            let (label, records) = try selected(DevSplit.setName(ofFile: file), JSONLines.decode(readData("\(corpora)/\(file)")),
                                                label: String(file.dropLast(".dev.jsonl.gz".count)) + " dev")
            score(label, records)
        }
        for file in ["seed.jsonl", "wikinews-dev-fr.jsonl", "wikinews-dev-en.jsonl", "wikinews-dev-ru.jsonl"] {
            guard let data = fm.contents(atPath: "\(gold)/\(file)") else { continue }
            if errors { print(file) }
            let (label, records) = try selected(DevSplit.setName(ofFile: file), JSONLines.decode(data),
                                                label: split == nil ? file : DevSplit.setName(ofFile: file))
            score(label, records)
        }
    }
}

struct Tokenize: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Show tokens, sentences and entities of a file (debugging).")
    @Argument var file: String
    @Option var lang: String?

    func run() throws {
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let article = Article(id: file, title: file, language: lang, text: text)
        var analysis = TextAnalyzer().analyze(ScalarText(article.text), languageHint: article.language)
        analysis.entities = EntityRecognizer.shared.recognize(in: analysis)
        print("language \(analysis.language); paragraphs \(analysis.paragraphs.map(\.language))")
        for s in analysis.sentences {
            print("[\(s.paragraph)] " + analysis.tokens[s.tokens].map { "\(analysis.text[$0.span])/\($0.kind.rawValue.prefix(2))" }.joined(separator: " "))
        }
        for e in analysis.entities { print("\(e.span) \(e.type.rawValue) \(e.text)") }
        for f in analysis.foreignFragments { print("fragment \(f.span) \(f.script) \(f.lang) \(f.text)") }
    }
}

/// Rebuilds the gazetteer snapshot from the text lists (run after editing any list).
struct GazetteerSnapshotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gazetteer-snapshot",
        abstract: "Write Resources/gazetteers/snapshot.bin from the gazetteer text lists.")

    @Option(help: "Where to write it.")
    var output = "Sources/ArticleKit/Resources/gazetteers/snapshot.bin"

    func run() throws {
        let data = GazetteerSnapshot.encode(Gazetteer.fromLists())
        try data.write(to: URL(fileURLWithPath: output))
        print("wrote \(output) (\(data.count) bytes)")
    }
}

/// Which UD parts train and test each language (file names in `<corpora>/ud/` without `.conllu.gz`).
/// Russian has no train parts here, so it trains on the dev parts and is tested on the test parts.
enum SyntaxParts {
    static let train = ["fr": "fr_sequoia-ud-train,fr_sequoia-ud-dev,fr_gsd-ud-dev", "en": "en_ewt-ud-train", "ru": "ru_gsd-ud-dev,ru_taiga-ud-dev"]
    static let test = ["fr": "fr_sequoia-ud-test,fr_gsd-ud-test", "en": "en_ewt-ud-test", "ru": "ru_gsd-ud-test,ru_taiga-ud-test"]

    static func sentences(_ corpora: String, _ part: String, caseInTags: Bool = false) throws -> [SurfaceSentence] {
        let text = String(decoding: try readData("\(corpora)/ud/\(part).conllu.gz"), as: UTF8.self)
        return try CoNLLUReader().sentences(in: text).map { SurfaceSentence($0, caseInTags: caseInTags) }
    }

    static func list(_ s: String) -> [String] { s.split(separator: ",").map(String.init) }
}

struct TrainSyntax: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train-syntax",
        abstract: "Train the part-of-speech tagger and dependency parser of each language on the UD treebanks.")

    @Option(help: "Folder holding ud/*.conllu.gz.") var corpora = "../shared/corpora"
    @Option(help: "Languages to train (comma-separated).") var languages = "fr,en,ru"
    @Option(help: "Folder to write <language>.bin to.") var outputDir = "Sources/ArticleKit/Resources/syntax"
    @Option(help: "French training parts.") var trainFr = SyntaxParts.train["fr"]!
    @Option(help: "English training parts.") var trainEn = SyntaxParts.train["en"]!
    @Option(help: "Russian training parts.") var trainRu = SyntaxParts.train["ru"]!
    @Option(help: "Use only the first n sentences of each part (0: all).") var limit = 0
    @Option var taggerRowBits = 17
    @Option var actionRowBits = 19
    @Option var labelRowBits = 16
    @Option var taggerEpochs = 8
    @Option var parserEpochs = 10
    @Option(help: "Jackknife folds for the parser's training tags (1: gold tags).") var folds = 4
    @Option var seed: UInt64 = 1
    @Option(help: "Train this many models (seeds seed, seed+1, …) and average their weights.") var mixture = 3
    @Option(help: "Languages whose tags carry the grammatical case (NOUN|Nom), comma-separated; \"\" for none.")
    var caseInTags = ""
    @Option(help: "Drop weights below this fraction of the table's largest.")
    var dropBelow: Float = 0.015

    func run() throws {
        var options = SyntaxTrainer.Options()
        options.dropBelow = dropBelow
        options.mixture = mixture
        options.taggerRowBits = taggerRowBits; options.actionRowBits = actionRowBits; options.labelRowBits = labelRowBits
        options.taggerEpochs = taggerEpochs; options.parserEpochs = parserEpochs; options.folds = folds; options.seed = seed
        let parts = ["fr": trainFr, "en": trainEn, "ru": trainRu]
        try FileManager.default.createDirectory(atPath: outputDir, withIntermediateDirectories: true)
        for language in SyntaxParts.list(languages) {
            guard let names = parts[language].map(SyntaxParts.list) else { throw ValidationError("no training parts for \(language)") }
            let started = Date()
            var sentences: [SurfaceSentence] = []
            for name in names {
                let s = try SyntaxParts.sentences(corpora, name, caseInTags: SyntaxParts.list(caseInTags).contains(language))
                sentences += limit > 0 ? Array(s.prefix(limit)) : s
            }
            let source = "Universal Dependencies: " + names.joined(separator: ", ") + " (licences: Resources/SOURCES.md)"
            let (model, report) = SyntaxTrainer(options: options).train(language: language, source: source, sentences: sentences) {
                print("  \(language) \($0) (\(String(format: "%.0f", Date().timeIntervalSince(started))) s)")
            }
            let data = model.data()
            let path = "\(outputDir)/\(language).bin"
            try data.write(to: URL(fileURLWithPath: path))
            print("\(language): \(report.sentences) sentences, \(report.tokens) tokens (\(report.nonProjective) trees non-projective: the transitions reach them only in part), \(model.tags.count) tags, \(model.relations.count) relations; wrote \(path), \(data.count) bytes, in \(String(format: "%.1f", Date().timeIntervalSince(started))) s")
        }
    }
}

struct EvaluateSyntax: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate-syntax",
        abstract: "UPOS accuracy and UAS/LAS (without and with punctuation) on each UD test part.")

    @Option(help: "Folder holding ud/*.conllu.gz.") var corpora = "../shared/corpora"
    @Option(help: "Languages to evaluate (comma-separated).") var languages = "fr,en,ru"
    @Option(help: "Folder of <language>.bin models (default: the shipped ones).") var modelDir: String?
    @Option(help: "Parts to score, overriding the test parts (comma-separated).") var parts: String?

    func run() throws {
        print("part                   tokens   UPOS    UAS    LAS  | UAS+p  LAS+p   (UAS/LAS without punctuation; relations as the model reduces them)")
        for language in SyntaxParts.list(languages) {
            let model: SyntaxModel
            if let modelDir {
                model = try SyntaxModel(data: Data(contentsOf: URL(fileURLWithPath: "\(modelDir)/\(language).bin")))
            } else {
                model = try SyntaxModel.loadShipped(language: language)
            }
            let analyzer = SyntaxAnalyzer(model: model)
            let names = parts.map(SyntaxParts.list)?.filter { $0.hasPrefix(language + "_") } ?? SyntaxParts.list(SyntaxParts.test[language] ?? "")
            for name in names {
                let score = SyntaxScore(analyzer, on: try SyntaxParts.sentences(corpora, name))
                print(name.padding(toLength: 22, withPad: " ", startingAt: 0)
                      + String(format: "%7d  %.4f %.4f %.4f | %.4f %.4f", score.tokens, score.tagAccuracy, score.uas, score.las,
                               score.uasWithPunctuation, score.lasWithPunctuation))
            }
        }
    }
}

struct BenchSyntax: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-syntax",
        abstract: "Tokens per second of the shipped tagger and tagger+parser on the UD test parts (one core).")

    @Option(help: "Folder holding ud/*.conllu.gz.") var corpora = "../shared/corpora"
    @Option(help: "Languages (comma-separated).") var languages = "fr,en,ru"
    @Option(help: "Seconds to run each measurement.") var seconds = 2.0

    func run() throws {
        for language in SyntaxParts.list(languages) {
            let loadStart = Date()
            let model = try SyntaxModel.loadShipped(language: language)
            let loadTime = Date().timeIntervalSince(loadStart)
            let analyzer = SyntaxAnalyzer(model: model)
            var sentences: [[String]] = []
            for name in SyntaxParts.list(SyntaxParts.test[language] ?? "") {
                sentences += try SyntaxParts.sentences(corpora, name).map(\.forms)
            }
            let tokens = sentences.reduce(0) { $0 + $1.count }
            var passes = 0, checksum = 0
            let start = Date(), cpuStart = threadCPUTime()
            repeat {
                for s in sentences { checksum &+= analyzer.analyze(words: s).reduce(0) { $0 &+ ($1.head ?? -1) } }
                passes += 1
            } while Date().timeIntervalSince(start) < seconds
            let elapsed = Date().timeIntervalSince(start), cpu = threadCPUTime() - cpuStart
            // CPU time of this thread as well as wall time: the machine may be shared.
            print(String(format: "%@: model load %.1f ms; tagger+parser %.0f tokens per CPU second (%.0f per wall second; %d tokens × %d passes, checksum %d)",
                         language, loadTime * 1000, Double(tokens * passes) / cpu, Double(tokens * passes) / elapsed, tokens, passes, checksum))
        }
    }
}

struct ParseSyntax: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse-syntax",
        abstract: "Tokenise one sentence as articles are, then print each word's tag, head and relation (debugging).")

    @Option var lang = "en"
    @Argument var sentence: String

    func run() throws {
        let model = try SyntaxModel.loadShipped(language: lang)
        let scalars = ScalarText(sentence)
        let words = Tokenizer().tokenize(sentence).map { scalars[$0.span] }
        for (i, w) in SyntaxAnalyzer(model: model).analyze(words: words).enumerated() {
            let head = w.head.map { "\($0) \(words[$0])" } ?? "-"
            print("\(i)\t\(words[i])\t\(w.upos)\t\(head)\t\(w.relation)")
        }
    }
}

/// CPU seconds used by the calling thread.
func threadCPUTime() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}
