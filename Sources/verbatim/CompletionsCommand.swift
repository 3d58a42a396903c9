import ArgumentParser

/// Prints the shell completion script (the same as ArgumentParser's --generate-completion-script,
/// under a documented name).
struct CompletionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "completions",
        abstract: "Print the completion script for bash, zsh or fish.",
        discussion: """
        bash: verbatim completions bash > ~/.local/share/bash-completion/completions/verbatim
        zsh:  verbatim completions zsh > ~/.zfunc/_verbatim  (with fpath+=(~/.zfunc) before compinit)
        fish: verbatim completions fish > ~/.config/fish/completions/verbatim.fish
        """)

    @Argument(help: "bash, zsh or fish.")
    var shell: String

    func run() throws {
        guard let kind = CompletionShell(rawValue: shell) else {
            throw ValidationError("no completions for \"\(shell)\": bash, zsh or fish")
        }
        print(Verbatim.completionScript(for: kind), terminator: "")
    }
}
