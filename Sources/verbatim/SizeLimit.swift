import ArgumentParser

/// `--max-mib`: the largest article or record accepted, shared by every subcommand that reads.
struct SizeLimit: ParsableArguments {
    @Option(name: .customLong("max-mib"), help: "Largest article or JSON Lines record accepted, in MiB (1–65536).")
    var mebibytes: Int = 64

    var bytes: Int { mebibytes * 1_048_576 }

    func validate() throws {
        guard (1...65_536).contains(mebibytes) else { throw ValidationError("--max-mib must be between 1 and 65536") }
    }
}
