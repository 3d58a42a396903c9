import ArgumentParser
import ArticleKit

/// `--encoding NAME`: read inputs in this encoding instead of detecting it (shared by every
/// subcommand that reads articles).
struct EncodingOption: ParsableArguments {
    @Option(name: .customLong("encoding"),
            help: "Read inputs in this encoding instead of detecting it: utf-8, utf-16le, utf-16be, windows-1251, koi8-r, windows-1252, iso-8859-1.")
    var name: String?

    var encoding: TextEncoding? { name.flatMap(TextEncoding.init(name:)) }

    func validate() throws {
        if let name, TextEncoding(name: name) == nil {
            throw ValidationError("unknown encoding \(name): use one of "
                + TextEncoding.allCases.map(\.rawValue).joined(separator: ", "))
        }
    }
}
