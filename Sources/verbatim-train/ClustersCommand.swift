import ArgumentParser
import ArticleKit
import Foundation

/// Turns the TSV of Tools/word-clusters/build.py into the tagger's binary word-class table: the keys
/// are the tagger's own lowercase hashes, made here so that normalisation and tokenisation stay in Swift.
struct ClustersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clusters",
        abstract: "Write Resources/clusters/<language>.bin from the word-cluster TSVs of Tools/word-clusters.")

    @Option(help: "Folder holding <language>.tsv (build.py's --out).") var input: String
    @Option(help: "Languages to convert (comma-separated).") var languages = "fr,en,ru"
    @Option(help: "Folder to write <language>.bin into.") var output = "Sources/ArticleKit/Resources/clusters"

    func run() throws {
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        for language in languages.split(separator: ",").map(String.init) {
            let tsv = try String(contentsOfFile: "\(input)/\(language).tsv", encoding: .utf8)
            let (data, words) = try WordClusters.encode(tsv: tsv)
            let path = "\(output)/\(language).bin"
            try data.write(to: URL(fileURLWithPath: path))
            print("wrote \(path): \(words) words, \(data.count) bytes")
        }
    }
}
