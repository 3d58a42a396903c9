import Foundation
import TestSupport
#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// The built `verbatim` run as a child process, as a user runs it.
enum VerbatimProcess {
    /// The test runner sits in the build products folder, next to the `verbatim` it depends on.
    static var path: String {
        let runner = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var folder = URL(fileURLWithPath: runner).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("verbatim").path),
              folder.pathComponents.count > 1 {
            folder.deleteLastPathComponent()
        }
        return folder.appendingPathComponent("verbatim").path
    }

    /// Starts `verbatim arguments` with its output in files of `folder`.
    static func start(_ arguments: [String], in folder: URL) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        _ = FileManager.default.createFile(atPath: folder.appendingPathComponent("stdout").path, contents: nil)
        _ = FileManager.default.createFile(atPath: folder.appendingPathComponent("stderr").path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: folder.appendingPathComponent("stdout"))
        process.standardError = try FileHandle(forWritingTo: folder.appendingPathComponent("stderr"))
        try process.run()
        return process
    }

    /// Runs `verbatim arguments` to its end: exit status, stdout's bytes, stderr.
    static func run(_ arguments: [String]) throws -> (status: Int32, output: Data, error: String) {
        let folder = ScratchFolder.url("run")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let process = try start(arguments, in: folder)
        process.waitUntilExit()
        return (process.terminationStatus,
                FileManager.default.contents(atPath: folder.appendingPathComponent("stdout").path) ?? Data(),
                String(decoding: FileManager.default.contents(atPath: folder.appendingPathComponent("stderr").path) ?? Data(),
                       as: UTF8.self))
    }

    /// A folder of `count` short French articles written for the tests, each quoting one of a
    /// few people (so the same actors recur across articles) about a numbered subject.
    static func articleFolder(count: Int) throws -> URL {
        let folder = ScratchFolder.url("articles")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let people = ["Anne Dupont", "Paul Durand", "Claire Moreau", "Louis Petit"]
        for k in 0..<count {
            let person = people[k % people.count]
            let surname = person.split(separator: " ").last!
            let text = """
                Réforme numéro \(k)

                « La réforme \(k) sera présentée mardi au conseil », a déclaré \(person) devant la presse.

                \(surname) a ajouté que le texte \(k) serait voté avant l'été.
                """
            try Data(text.utf8).write(to: folder.appendingPathComponent(String(format: "article-%05d.txt", k)))
        }
        return folder
    }
}
