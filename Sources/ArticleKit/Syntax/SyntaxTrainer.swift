/// Trains one language's tagger and parser on treebank sentences. Deterministic: single thread,
/// the sentences in the order given, shuffles from a fixed-seed xorshift, tag and relation
/// lists sorted — the same sentences and options give the same bytes.
public struct SyntaxTrainer {
    public struct Options: Sendable {
        public var taggerRowBits = 17
        public var actionRowBits = 19
        public var labelRowBits = 16
        public var taggerEpochs = 8
        public var parserEpochs = 10
        public var seed: UInt64 = 1
        /// The parser learns from tags the tagger predicts on sentences it was not trained on
        /// (k-fold jackknifing), as it will see them at run time; 0 or 1 uses the gold tags.
        public var folds = 4
        /// Rows whose largest weight is below this fraction of the table's largest are dropped.
        public var dropBelow: Float = 0.015
        /// Train this many models (seeds seed, seed+1, …: different shuffles and explorations) and
        /// average their weights, as the entity tagger does.
        public var mixture = 3
        public init() {}
    }

    public var options: Options
    public init(options: Options = Options()) { self.options = options }

    struct Example {
        var words: [WordHashes]
        var tags: [Int]
        var heads: [Int]   // 0-based, −1 for the root
        var labels: [Int]
        var childCount: [Int]
    }

    public struct Report: Sendable {
        public var sentences = 0, tokens = 0, nonProjective = 0
        public var taggerErrors: [Int] = [], parserErrors: [Int] = []
    }

    /// Trains on `sentences`; `progress` gets one line per epoch.
    public func train(language: String, source: String, sentences: [SurfaceSentence],
                      progress: (String) -> Void = { _ in }) -> (SyntaxModel, Report) {
        let tagNames = Set(sentences.flatMap(\.tags)).sorted()
        let relationNames = Set(sentences.flatMap(\.relations) + ["root"]).sorted()
        let tagIndex = Dictionary(uniqueKeysWithValues: tagNames.enumerated().map { ($1, $0) })
        let relationIndex = Dictionary(uniqueKeysWithValues: relationNames.enumerated().map { ($1, $0) })
        var report = Report()
        var examples: [Example] = []
        for s in sentences where s.count > 0 {
            let heads = s.heads.map { $0 - 1 }
            var childCount = [Int](repeating: 0, count: s.count)
            for h in heads where h >= 0 && h < s.count { childCount[h] += 1 }
            examples.append(Example(words: s.forms.map { WordHashes($0) }, tags: s.tags.map { tagIndex[$0]! },
                                    heads: heads, labels: s.relations.map { relationIndex[$0]! }, childCount: childCount))
            report.tokens += s.count
        }
        report.sentences = examples.count

        let all = Array(examples.indices)
        let seeds = (0..<UInt64(max(options.mixture, 1))).map { options.seed &+ $0 }
        let taggerWeights = Self.mean(seeds.map { seed in
            trainTagger(examples, all, classes: tagNames.count, seed: seed) { epoch, errors in
                report.taggerErrors.append(errors)
                progress("tagger (seed \(seed)) epoch \(epoch): \(errors) tokens wrong")
            }
        })
        let tagger = WeightMatrix(rowBits: options.taggerRowBits, classes: tagNames.count, floatWeights: taggerWeights,
                                  dropBelow: options.dropBelow)
        // Tags for the parser's training: predicted by a tagger that did not see the sentence.
        var parserTags = examples.map(\.tags)
        if options.folds > 1 {
            for fold in 0..<options.folds {
                let trainOn = all.filter { $0 % options.folds != fold }
                let foldTagger = WeightMatrix(rowBits: options.taggerRowBits, classes: tagNames.count,
                                              floatWeights: trainTagger(examples, trainOn, classes: tagNames.count, seed: options.seed) { _, _ in },
                                              dropBelow: options.dropBelow)
                let decoder = PartOfSpeechTagger(rowMask: foldTagger.rowMask)
                var predicted: [Int] = []
                var wrong = 0, total = 0
                for i in all where i % options.folds == fold {
                    decoder.tag(examples[i].words, table: foldTagger, into: &predicted)
                    parserTags[i] = predicted
                    wrong += zip(predicted, examples[i].tags).filter { $0 != $1 }.count
                    total += predicted.count
                }
                progress("jackknife fold \(fold + 1)/\(options.folds): tag accuracy \(String(format: "%.4f", 1 - Double(wrong) / Double(max(total, 1))))")
            }
        }
        let rootLabel = relationIndex["root"]!
        // Trees the transitions cannot build exactly (non-projective) are still learned from: the
        // dynamic oracle names the actions that lose the fewest gold arcs.
        for e in examples {
            var s = ArcHybridState(count: e.words.count)
            while !s.isFinal, let a = Self.cheapest(s, e.heads) { s.apply(a, label: 0) }
            if s.heads != e.heads { report.nonProjective += 1 }
        }
        var actionRuns: [[Float]] = [], labelRuns: [[Float]] = []
        for seed in seeds {
            let (a, l) = trainParser(examples, parserTags, relations: relationNames.count, rootLabel: rootLabel, seed: seed,
                                     report: &report, progress: progress)
            actionRuns.append(a); labelRuns.append(l)
        }
        let actions = WeightMatrix(rowBits: options.actionRowBits, classes: 3, floatWeights: Self.mean(actionRuns),
                                   dropBelow: options.dropBelow)
        let labels = WeightMatrix(rowBits: options.labelRowBits, classes: relationNames.count, floatWeights: Self.mean(labelRuns),
                                  dropBelow: options.dropBelow)
        let model = SyntaxModel(language: language, source: source, tags: tagNames, relations: relationNames,
                                tagger: tagger, actions: actions, labels: labels)
        return (model, report)
    }

    /// xorshift64 Fisher–Yates shuffle.
    private static func shuffle(_ a: inout [Int], _ rng: inout UInt64) {
        for i in stride(from: a.count - 1, to: 0, by: -1) {
            rng ^= rng << 13; rng ^= rng >> 7; rng ^= rng << 17
            a.swapAt(i, Int(rng % UInt64(i + 1)))
        }
    }

    /// The element-wise mean of equally long weight vectors.
    static func mean(_ runs: [[Float]]) -> [Float] {
        guard var sum = runs.first else { return [] }
        for run in runs.dropFirst() { for i in sum.indices { sum[i] += run[i] } }
        let k = Float(runs.count)
        return sum.map { $0 / k }
    }

    /// The averaged float weights of one tagger training run.
    func trainTagger(_ examples: [Example], _ indices: [Int], classes: Int, seed: UInt64,
                     progress: (Int, Int) -> Void) -> [Float] {
        let table = AveragedMatrix(rowBits: options.taggerRowBits, classes: classes)
        let tagger = PartOfSpeechTagger(rowMask: table.rowMask)
        var order = indices
        var rng = (seed &+ 1) &* 0x9E37_79B9_7F4A_7C15 | 1
        var f = [Int](repeating: 0, count: PartOfSpeechTagger.featureCount)
        var scores = [Float](repeating: 0, count: classes)
        for epoch in 0..<options.taggerEpochs {
            Self.shuffle(&order, &rng)
            var errors = 0
            for index in order {
                let e = examples[index]
                var p1 = -1, p2 = -1
                for i in 0..<e.words.count {
                    tagger.features(e.words, i, p1, p2, into: &f)
                    table.score(rows: f, into: &scores)
                    var best = 0
                    for k in 1..<classes where scores[k] > scores[best] { best = k }
                    let gold = e.tags[i]
                    if best != gold { table.update(rows: f, good: gold, bad: best); errors += 1 }
                    // The history is the predicted tags, as at run time.
                    p2 = p1; p1 = best
                }
                table.tick()
            }
            progress(epoch + 1, errors)
        }
        return table.averaged()
    }

    /// The averaged float weights (transitions, relations) of one parser training run.
    func trainParser(_ examples: [Example], _ tags: [[Int]], relations: Int, rootLabel: Int, seed: UInt64,
                     report: inout Report, progress: (String) -> Void) -> ([Float], [Float]) {
        let actions = AveragedMatrix(rowBits: options.actionRowBits, classes: 3)
        let labels = AveragedMatrix(rowBits: options.labelRowBits, classes: relations)
        let parser = DependencyParser(actionMask: actions.rowMask, labelMask: labels.rowMask)
        var order = Array(examples.indices)
        var rng = (seed &+ 2) &* 0x9E37_79B9_7F4A_7C15 | 1
        var f = [Int](repeating: 0, count: DependencyParser.actionFeatureCount)
        var g = [Int](repeating: 0, count: DependencyParser.labelFeatureCount)
        var scores = [Float](repeating: 0, count: max(relations, 3))
        for epoch in 0..<options.parserEpochs {
            Self.shuffle(&order, &rng)
            var errors = 0, labelErrors = 0
            for index in order {
                let e = examples[index]
                let tokens = zip(e.words, tags[index]).map { DependencyParser.Token(word: $0, tag: $1) }
                var s = ArcHybridState(count: tokens.count)
                while !s.isFinal {
                    parser.actionFeatures(s, tokens, into: &f)
                    actions.score(rows: f, into: &scores)
                    var costs = [Int.max, Int.max, Int.max]
                    for raw in 0..<3 where s.isLegal(ArcHybridState.Action(rawValue: raw)!) {
                        costs[raw] = s.cost(ArcHybridState.Action(rawValue: raw)!, gold: e.heads)
                    }
                    let least = costs.min()!
                    var predicted = -1, best = -1
                    for raw in 0..<3 where costs[raw] != Int.max {
                        if predicted < 0 || scores[raw] > scores[predicted] { predicted = raw }
                        if costs[raw] == least, best < 0 || scores[raw] > scores[best] { best = raw }
                    }
                    if costs[predicted] > least {
                        actions.update(rows: f, good: best, bad: predicted); errors += 1
                    }
                    // Error exploration (after the first epoch): mostly follow the model's own
                    // choice, so it learns to carry on well after a mistake.
                    rng ^= rng << 13; rng ^= rng >> 7; rng ^= rng << 17
                    let explore = epoch > 0 && rng % 10 != 0
                    let action = ArcHybridState.Action(rawValue: explore ? predicted : best)!
                    var label = 0
                    if action != .shift {
                        let (h, d) = s.arc(action)
                        label = e.labels[d]
                        parser.labelFeatures(s, head: h, dependent: d, tokens, into: &g)
                        labels.score(rows: g, into: &scores)
                        var bestLabel = -1
                        for k in 0..<relations where k != rootLabel {
                            if bestLabel < 0 || scores[k] > scores[bestLabel] { bestLabel = k }
                        }
                        if e.heads[d] == h {
                            // Relations are learned on right arcs only: a wrong arc has no gold one.
                            if bestLabel != label {
                                labels.update(rows: g, good: label, bad: bestLabel); labelErrors += 1
                            }
                        } else {
                            label = bestLabel
                        }
                    }
                    s.apply(action, label: label)
                }
                actions.tick(); labels.tick()
            }
            report.parserErrors.append(errors)
            progress("parser epoch \(epoch + 1): \(errors) transitions, \(labelErrors) relations wrong")
        }
        return (actions.averaged(), labels.averaged())
    }

    /// The first legal action of least cost (what the static path through a gold tree takes).
    static func cheapest(_ s: ArcHybridState, _ gold: [Int]) -> ArcHybridState.Action? {
        var best: ArcHybridState.Action? = nil, bestCost = Int.max
        for raw in 0..<3 {
            let a = ArcHybridState.Action(rawValue: raw)!
            guard s.isLegal(a) else { continue }
            let c = s.cost(a, gold: gold)
            if c < bestCost { best = a; bestCost = c }
        }
        return best
    }
}
