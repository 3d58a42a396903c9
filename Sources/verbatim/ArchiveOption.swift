import ArchiveKit
import ArgumentParser

/// `--archive PATH`, shared by every command that reads or fills the archive.
struct ArchiveOption: ParsableArguments {
    @Option(name: .customLong("archive"),
            help: ArgumentHelp("The archive file (default: $XDG_DATA_HOME/verbatim/archive.sqlite, else ~/.local/share/verbatim/).",
                               valueName: "path"))
    var path: String?

    var resolved: String { path ?? ArchiveLocation.defaultPath() }

    /// Opens the archive, or exits with its one-line reason: 66 when there is none (or it cannot
    /// be opened), 65 when the file is not an archive, is damaged, or is from a newer Verbatim.
    func open(create: Bool) throws -> Archive {
        do { return try Archive(path: resolved, create: create) } catch let error as ArchiveError {
            throw ExitStatus.fail(error)
        }
    }
}

extension ExitStatus {
    static func code(of error: ArchiveError) -> Int32 {
        switch error {
        case .missing, .unusable: return noInput
        case .notAnArchive, .newerSchema: return dataError
        }
    }

    static func fail(_ error: ArchiveError) -> ExitCode {
        fail(error.description, code: code(of: error))
    }
}
