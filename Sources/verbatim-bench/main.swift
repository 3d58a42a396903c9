import ArticleKit
import Foundation

// Release-build benchmark of the model layer: load time, throughput against a same-run baseline,
// peak memory. Usage: swift run -c release verbatim-bench [SHARED_DIR] [--mb N]
//   [--stress | --entities-only | --statements-only | --full-only | --end-to-end | --reader | --archive [N]]
//   [--lang fr|en|ru] [--sizes 1,10,50]
// SHARED_DIR defaults to ../shared (the wikinews .txt files and the sample are the corpus; with
// --lang, the wikinews texts of that language only). --sizes: the article sizes of --end-to-end, in MB.

let arguments = CommandLine.arguments.dropFirst()
var sharedDir = "../shared"
var targetMB = 40.0
var stress = false
var entitiesOnly = false // for profiling: run only the recogniser, on texts analysed beforehand
var statementsOnly = false // for profiling: run only quotes, speakers and actors, on texts analysed beforehand
var fullOnly = false // for profiling: run only the whole pipeline
var endToEnd = false // `verbatim parse` as a process on 1, 10 and 50 MB (EndToEndBench)
var readerKeys = false // keystroke work on a 10 MB article (ReaderBench)
var archiveCount: Int? // an archive of N articles (default 10,000): import, who/said latency, size (ArchiveBench)
var onlyLanguage: String? = nil // --lang: the corpus of one language
var endToEndSizes = [1, 10, 50]
var it = arguments.makeIterator()
while let a = it.next() {
    if a == "--mb", let n = it.next(), let x = Double(n) { targetMB = x }
    else if a == "--stress" { stress = true }
    else if a == "--entities-only" { entitiesOnly = true }
    else if a == "--statements-only" { statementsOnly = true }
    else if a == "--full-only" { fullOnly = true }
    else if a == "--end-to-end" { endToEnd = true }
    else if a == "--reader" { readerKeys = true }
    else if a == "--archive" { archiveCount = 10_000 }
    else if archiveCount != nil, let n = Int(a) { archiveCount = n }
    else if a == "--lang", let code = it.next() { onlyLanguage = code }
    else if a == "--sizes", let list = it.next() { endToEndSizes = list.split(separator: ",").compactMap { Int($0) } }
    else { sharedDir = a }
}

func now() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

/// CPU seconds of this (single-threaded) process.
func cpuNow() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

// --stress: pathological inputs at 1 and 4 MB through the whole pipeline; CPU time must grow
// linearly (ratio ≈ 4) and nothing may crash.
if stress {
    func junk(_ count: Int) -> String {
        var rng: UInt64 = 0x9E3779B97F4A7C15
        var view = String.UnicodeScalarView()
        for _ in 0..<count {
            rng ^= rng << 13; rng ^= rng >> 7; rng ^= rng << 17
            if let s = Unicode.Scalar(UInt32(rng % 0x3000)) { view.append(s) }
        }
        return String(view)
    }
    // A name-like word per number: four syllables, distinct up to 70^4.
    func name(_ i: Int) -> String {
        let consonants = Array("bcdfglmnprstvz"), vowels = Array("aeiou")
        var word = ""
        var k = i
        for _ in 0..<4 {
            word.append(consonants[k % 14])
            word.append(vowels[(k / 14) % 5])
            k /= 70
        }
        return word.prefix(1).uppercased() + word.dropFirst()
    }
    // The same in Cyrillic letters.
    func cyrillicName(_ i: Int) -> String {
        let consonants = Array("бвгдклмнпрст"), vowels = Array("аеиоу")
        var word = ""
        var k = i
        for _ in 0..<4 {
            word.append(consonants[k % 12])
            word.append(vowels[(k / 12) % 5])
            k /= 60
        }
        return word.prefix(1).uppercased() + word.dropFirst()
    }
    // `size` bytes of `unit(i)` for i = 0, 1, 2, …
    func units(_ size: Int, _ unit: (Int) -> String) -> String {
        var text = ""
        text.reserveCapacity(size + 100)
        var i = 0
        while text.utf8.count < size { text += unit(i); i += 1 }
        return text
    }
    let kinds: [(String, (Int) -> String)] = [
        ("repeated name", { String(repeating: "Jean ", count: $0 / 5) }),
        ("distinct names", { units($0) { name($0) + " " } }),
        ("one family name", { units($0) { name($0) + " Dupont est venu. " } }),
        ("family name after full", { units($0) { "M. " + name($0) + " Dupont a dit que Dupont viendra. " } }),
        ("shared acronym", { units($0) { "Union " + name($0) + " des travailleurs (UDT). " } }),
        ("distinct speakers", { units($0) { "\"The plan works,\" " + name($0) + " Smith said. He added that it was fine. " } }),
        ("collective quotes", { units($0) { "Le président " + name($0) + " Dupont est venu. « Tout va bien », ont déclaré les deux présidents. " } }),
        ("Russian name forms", { units($0) { "Иван " + cyrillicName($0) + "ов приехал. «Всё хорошо», — сказал " + cyrillicName($0) + "ову журналист. " } }),
        ("pronoun quotes", { "John Smith arrived. " + String(repeating: "\"We are fine,\" he said. ", count: $0 / 26) }),
        ("one line of sentences", { String(repeating: "Le train part à midi et arrive le soir. ", count: $0 / 41) }),
        ("words, no punctuation", { String(repeating: "le vent souffle sur la plaine ", count: $0 / 30) }),
        ("one-word paragraphs", { String(repeating: "Bonjour\n\n", count: $0 / 9) }),
        ("unclosed «", { String(repeating: "« mot ", count: $0 / 7) }),
        ("unclosed \"", { String(repeating: "\"mot ", count: $0 / 5) }),
        ("unclosed “", { String(repeating: "“mot ", count: $0 / 7) }),
        ("nested «", { String(repeating: "« ", count: $0 / 3) + "x" }),
        ("one long word", { String(repeating: "a", count: $0) }),
        ("hyphen chain", { String(repeating: "Ab-", count: $0 / 3) }),
        ("apostrophe chain", { String(repeating: "x'", count: $0 / 2) }),
        ("dotted initials", { String(repeating: "A.", count: $0 / 2) }),
        ("capitals, no punctuation", { String(repeating: "Paris Londres Moscou ", count: $0 / 21) }),
        ("one sentence of names", { String(repeating: "Jean Dupont de la Maison Blanche, ", count: $0 / 34) }),
        ("newlines", { String(repeating: "\n", count: $0) }),
        ("random scalars", junk),
    ]
    for (name, make) in kinds {
        var times: [Double] = []
        for size in [1_000_000, 4_000_000] {
            let text = make(size)
            // The whole pipeline, quotes and actors included: every stage must stay linear.
            // CPU time, the best of 3 runs: the machine is shared.
            var best = Double.infinity
            for _ in 0..<3 {
                let t = cpuNow()
                _ = ArticleAnalyzer().analyze(Article(id: name, title: name, text: text))
                best = min(best, cpuNow() - t)
            }
            times.append(best)
        }
        print(name.padding(toLength: 28, withPad: " ", startingAt: 0)
              + String(format: "1 MB %.3f s   4 MB %.3f s   ratio %.1f", times[0], times[1], times[1] / max(times[0], 1e-9)))
    }
    exit(0)
}

// Corpus: every .txt under SHARED/corpora/wikinews and SHARED/samples (--lang: one language's).
var texts: [String] = []
let fm = FileManager.default
let corpusDirs = onlyLanguage.map { ["\(sharedDir)/corpora/wikinews/\($0)"] }
    ?? ["\(sharedDir)/corpora/wikinews/fr", "\(sharedDir)/corpora/wikinews/en", "\(sharedDir)/corpora/wikinews/ru", "\(sharedDir)/samples"]
for dir in corpusDirs {
    for name in ((try? fm.contentsOfDirectory(atPath: dir)) ?? []).sorted() where name.hasSuffix(".txt") {
        if let s = try? String(contentsOfFile: "\(dir)/\(name)", encoding: .utf8) { texts.append(s) }
    }
}
if texts.isEmpty {
    FileHandle.standardError.write("verbatim-bench: no texts under \(sharedDir); using a built-in paragraph\n".data(using: .utf8)!)
    texts = [String(repeating: "Le président de la Russie Vladimir Poutine a parlé avec Barack Obama, selon le Kremlin. ", count: 40)]
}
if endToEnd {
    EndToEndBench.run(texts: texts, sizesMB: endToEndSizes)
    exit(0)
}
if let archiveCount {
    ArchiveBench.run(texts: texts, count: archiveCount)
    exit(0)
}
if readerKeys {
    ReaderBench.run(texts: texts)
    exit(0)
}
let corpusBytes = texts.reduce(0) { $0 + $1.utf8.count }
let repeats = max(1, Int((targetMB * 1_000_000) / Double(corpusBytes)))
let totalMB = Double(corpusBytes * repeats) / 1_000_000

// Load times: the model file read and decoded afresh; then the first analysis, which builds every
// shared resource (model, gazetteers, abbreviations, character tables).
var t0 = now()
let model = try? TaggerModel.loadShipped()
let modelLoadMs = (now() - t0) * 1000
t0 = now()
var warm = TextAnalyzer().analyze(ScalarText("Le président Vladimir Poutine."), languageHint: nil)
warm.entities = EntityRecognizer.shared.recognize(in: warm)
let firstUseMs = (now() - t0) * 1000

// Each measurement is the best of `rounds` runs: the machine is shared, and the minimum is the
// run least disturbed by other processes.
let rounds = 3
func best(_ body: () -> Void) -> Double {
    var result = Double.infinity
    for _ in 0..<rounds {
        let t = now()
        body()
        result = min(result, now() - t)
    }
    return result
}

if entitiesOnly {
    let analyses = texts.map { TextAnalyzer().analyze(ScalarText($0), languageHint: nil) }
    var count = 0
    let s = best {
        for _ in 0..<repeats { for a in analyses { count += EntityRecognizer.shared.recognize(in: a).count } }
    }
    print(String(format: "entities alone: %.1f MB/s (%d entities)", totalMB / s, count))
    exit(0)
}
if statementsOnly {
    let analyses: [Analysis] = texts.map {
        var a = TextAnalyzer().analyze(ScalarText($0), languageHint: nil)
        a.entities = EntityRecognizer.shared.recognize(in: a)
        return a
    }
    var count = 0
    let s = best {
        for _ in 0..<repeats {
            for a in analyses {
                var copy = a
                StatementAnalyzer().analyze(&copy)
                count += copy.quotes.count
            }
        }
    }
    print(String(format: "statements alone: %.1f MB/s (%d quotes)", totalMB / s, count))
    exit(0)
}

if fullOnly {
    var count = 0
    let s = best {
        for _ in 0..<repeats {
            for (i, text) in texts.enumerated() {
                count += ArticleAnalyzer().analyze(Article(id: "\(i)", title: "", text: text)).quotes.count
            }
        }
    }
    print(String(format: "whole pipeline alone: %.1f MB/s (%d quotes)", totalMB / s, count))
    exit(0)
}

// Baseline: count whitespace-separated words over the same UTF-8 bytes.
var words = 0
let baselineS = best {
for _ in 0..<repeats {
    for text in texts {
        var inWord = false
        var utf8 = text.utf8
        utf8.withContiguousStorageIfAvailable { bytes in
            for b in bytes {
                let space = b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D
                if !space && !inWord { words += 1 }
                inWord = !space
            }
        }
        _ = utf8.count
        utf8 = text.utf8
    }
}
}

// Model layer: text analysis (paragraphs, tokens, sentences, language, fragments) + entities.
var entities = 0, tokens = 0
let modelS = best {
    for _ in 0..<repeats {
        for text in texts {
            var analysis = TextAnalyzer().analyze(ScalarText(text), languageHint: nil)
            analysis.entities = EntityRecognizer.shared.recognize(in: analysis)
            entities += analysis.entities.count
            tokens += analysis.tokens.count
        }
    }
}

// Text layer alone.
let textS = best {
    for _ in 0..<repeats {
        for text in texts { tokens &+= TextAnalyzer().analyze(ScalarText(text), languageHint: nil).tokens.count }
    }
}

// Full pipeline, including quotes and speakers.
let fullRepeats = max(1, repeats / 4)
var quotes = 0
let fullS = best {
    for _ in 0..<fullRepeats {
        for (i, text) in texts.enumerated() {
            quotes += ArticleAnalyzer().analyze(Article(id: "\(i)", title: "", text: text)).quotes.count
        }
    }
}
let fullMB = Double(corpusBytes * fullRepeats) / 1_000_000

var usage = rusage()
#if os(Linux)
getrusage(RUSAGE_SELF.rawValue, &usage)
#else
getrusage(RUSAGE_SELF, &usage)
#endif
#if os(Linux)
let maxRSSMB = Double(usage.ru_maxrss) / 1024          // kilobytes on Linux
#else
let maxRSSMB = Double(usage.ru_maxrss) / 1_048_576     // bytes on macOS
#endif

let baselineMBs = totalMB / baselineS
func row(_ name: String, _ value: String, _ note: String = "") {
    print(name.padding(toLength: 44, withPad: " ", startingAt: 0) + value.padding(toLength: 14, withPad: " ", startingAt: 0) + note)
}
print("corpus: \(texts.count) texts, \(corpusBytes) bytes, × \(repeats) = \(String(format: "%.1f", totalMB)) MB; one core; best of \(rounds) runs")
row("model file load + decode", String(format: "%.1f ms", modelLoadMs), model == nil ? "(no model shipped!)" : "")
row("first analysis (all resources load)", String(format: "%.1f ms", firstUseMs))
row("baseline: whitespace word count", String(format: "%.1f MB/s", baselineMBs), "ratio 1.000")
row("text layer (TextAnalyzer)", String(format: "%.1f MB/s", totalMB / textS), String(format: "ratio %.3f", (totalMB / textS) / baselineMBs))
row("text + entities (TextAnalyzer+Entity…)", String(format: "%.1f MB/s", totalMB / modelS), String(format: "ratio %.3f", (totalMB / modelS) / baselineMBs))
row("full ArticleAnalyzer().analyze", String(format: "%.1f MB/s", fullMB / fullS), String(format: "ratio %.3f", (fullMB / fullS) / baselineMBs))
row("peak memory (maxrss)", String(format: "%.1f MB", maxRSSMB))
print("(\(words) words, \(tokens) tokens, \(entities) entities, \(quotes) quotes; keeps the optimiser honest)")
